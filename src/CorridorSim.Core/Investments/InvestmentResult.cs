namespace CorridorSim.Investments;

/// <summary>An investment set run and ranked: the options, every paired replication's KPIs and the rankings made of them.</summary>
/// <param name="Name">The set's name.</param>
/// <param name="BaseScenario">The base scenario's display name.</param>
/// <param name="Seed">Seed of replication 1; replication r of the base and of every option ran with the same seed.</param>
/// <param name="Options">Every option ranked, candidates alone first.</param>
/// <param name="Samples">The base's replications (option null) then each option's, replication 1 first.</param>
/// <param name="Rankings">One ranking per criterion, in the order of <see cref="InvestmentCriteria.All"/>.</param>
public sealed record InvestmentResult(string Name, string BaseScenario, ulong Seed, IReadOnlyList<InvestmentOption> Options, IReadOnlyList<InvestmentSample> Samples, IReadOnlyList<InvestmentRanking> Rankings)
{
    /// <summary>What the set is for.</summary>
    public string? Description { get; init; }

    /// <summary>The transit KPI ranked, <c>component/measure</c>.</summary>
    public string TransitKpi { get; init; } = InvestmentSpec.DefaultTransitKpi;

    /// <summary>The throughput KPI ranked, <c>component/measure</c>.</summary>
    public string ThroughputKpi { get; init; } = InvestmentSpec.DefaultThroughputKpi;

    private readonly int _firstStage;

    /// <summary>Replications of the first stage, when the indifference zones made a second; otherwise all of them.</summary>
    public int FirstStageReplications { get => _firstStage > 0 ? _firstStage : Replications; init => _firstStage = value; }

    /// <summary>The indifference zone of each criterion that selected its best in two stages; empty when none did.</summary>
    public IReadOnlyDictionary<InvestmentCriterion, double> Indifference { get; init; } = new Dictionary<InvestmentCriterion, double>();

    /// <summary>Replications of the base and of each option.</summary>
    public int Replications => Samples.Count(s => s.Option is null);

    /// <summary>Confidence level of the selection and of every interval.</summary>
    public double ConfidenceLevel => Rankings.Count > 0 ? Rankings[0].ConfidenceLevel : 0.95;

    /// <summary>What the runs noticed: the base's warnings, then the options' other than saturated components (see <see cref="Saturated"/>), e.g. a too-short warm-up or a KPI not measured in a run.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>
    /// The components saturated in at least half of the replications, most often first, of the
    /// base (key <see cref="Output.InvestmentFiles.BaseOption"/>) and of each option (its id):
    /// where the bottleneck moves. The options' own warnings about saturated components are
    /// left out of <see cref="Warnings"/> for these.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Saturated { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>What <paramref name="option"/> changes of where the corridor jams: the base's saturated components it relieves, and those it saturates that the base does not.</summary>
    public (IReadOnlyList<string> Relieved, IReadOnlyList<string> Added) SaturationChange(string option)
    {
        var none = Saturated.GetValueOrDefault(Output.InvestmentFiles.BaseOption) ?? [];
        var own = Saturated.GetValueOrDefault(option) ?? [];
        return ([.. none.Except(own, StringComparer.Ordinal)], [.. own.Except(none, StringComparer.Ordinal)]);
    }

    /// <summary>The ranking by <paramref name="criterion"/>.</summary>
    public InvestmentRanking Ranking(InvestmentCriterion criterion) => Rankings.First(r => r.Criterion == criterion);

    /// <summary>The option with id <paramref name="id"/>.</summary>
    public InvestmentOption Option(string id) => Options.First(o => o.Id == id);
}
