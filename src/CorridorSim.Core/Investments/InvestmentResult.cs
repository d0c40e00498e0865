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

    /// <summary>Replications of the base and of each option.</summary>
    public int Replications => Samples.Count(s => s.Option is null);

    /// <summary>Confidence level of the selection and of every interval.</summary>
    public double ConfidenceLevel => Rankings.Count > 0 ? Rankings[0].ConfidenceLevel : 0.95;

    /// <summary>What the runs noticed: saturated components, a too-short warm-up, a KPI not measured in a run.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The ranking by <paramref name="criterion"/>.</summary>
    public InvestmentRanking Ranking(InvestmentCriterion criterion) => Rankings.First(r => r.Criterion == criterion);

    /// <summary>The option with id <paramref name="id"/>.</summary>
    public InvestmentOption Option(string id) => Options.First(o => o.Id == id);
}
