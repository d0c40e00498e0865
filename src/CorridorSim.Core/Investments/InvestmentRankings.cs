using CorridorSim.Statistics;

namespace CorridorSim.Investments;

/// <summary>
/// The rankings of options from their paired replications: for each criterion, every option's
/// mean with its own confidence interval against doing nothing, and Hsu's multiple comparisons
/// with the best (<see cref="BestSelection"/>) across the options, so that "the best" is claimed
/// only at the stated joint confidence.
/// </summary>
public static class InvestmentRankings
{
    /// <summary>
    /// One ranking per criterion of <paramref name="options"/> from <paramref name="samples"/> (the
    /// base's and each option's replications, paired by replication); a criterion with an
    /// indifference zone in <paramref name="indifference"/> selects the option of the largest mean
    /// with intervals ± δ (<see cref="BestSelection.WithinIndifference"/>).
    /// </summary>
    public static IReadOnlyList<InvestmentRanking> Of(IReadOnlyList<InvestmentOption> options, IReadOnlyList<InvestmentSample> samples, double level, IReadOnlyDictionary<InvestmentCriterion, double>? indifference = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(samples);
        var baseline = samples.Where(s => s.Option is null).OrderBy(s => s.Replication).ToList();
        var byOption = options.Select(o => samples.Where(s => s.Option == o.Id).OrderBy(s => s.Replication).ToList()).ToList();
        if (byOption.Any(s => s.Count != baseline.Count) || baseline.Count < 2)
        {
            throw new ArgumentException("Every option and the base need the same replications, at least 2.", nameof(samples));
        }

        return [.. InvestmentCriteria.All.Select(criterion =>
        {
            var values = Values(options, samples, baseline, criterion);
            double? delta = indifference?.TryGetValue(criterion, out double d) == true ? d : null;
            var best = delta is double zone ? BestSelection.WithinIndifference(values, zone) : BestSelection.Of(values, level);
            var ranks = options.Select((o, i) =>
            {
                var own = ConfidenceInterval.FromSamples(values[i], level);
                double half = double.IsNaN(own.HalfWidth) ? double.NaN : own.HalfWidth;
                return (o.Id, own.Mean, Lower: own.Mean - half, Upper: own.Mean + half, best[i]);
            })
            // Equal means (a member that adds nothing to a combination) rank the cheaper option first.
            .OrderByDescending(x => x.Mean)
            .ThenBy(x => options.First(o => o.Id == x.Id).CostMillionUsd)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Select((x, r) => new InvestmentRank(x.Id, r + 1, x.Mean, x.Lower, x.Upper, x.Item5.Lower, x.Item5.Upper, delta is null ? x.Item5.Best : r == 0, x.Item5.Contender))
            .ToList();
            return new InvestmentRanking(criterion, ranks, level) { Indifference = delta };
        })];
    }

    /// <summary>
    /// The replications of every option and of the base the two-stage selection needs, from
    /// first-stage <paramref name="samples"/>: the most that any criterion with an indifference
    /// zone needs (<see cref="BestSelection.SecondStageSize"/>), at least as many as there are.
    /// </summary>
    public static int SecondStage(IReadOnlyList<InvestmentOption> options, IReadOnlyList<InvestmentSample> samples, double level, IReadOnlyDictionary<InvestmentCriterion, double> indifference)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(indifference);
        var baseline = samples.Where(s => s.Option is null).OrderBy(s => s.Replication).ToList();
        int needed = baseline.Count;
        foreach (var (criterion, delta) in indifference)
        {
            var values = Values(options, samples, baseline, criterion);
            needed = Math.Max(needed, BestSelection.SecondStageSize(values, level, delta));
        }

        return needed;
    }

    private static List<IReadOnlyList<double>> Values(IReadOnlyList<InvestmentOption> options, IReadOnlyList<InvestmentSample> samples, List<InvestmentSample> baseline, InvestmentCriterion criterion) =>
        [.. options.Select(o => (IReadOnlyList<double>)[.. samples.Where(s => s.Option == o.Id).OrderBy(s => s.Replication).Select((s, r) =>
            InvestmentCriteria.Value(criterion, baseline[r].TransitDays, s.TransitDays, baseline[r].ThroughputTeuPerYear, s.ThroughputTeuPerYear, o.CostMillionUsd))])];
}
