namespace CorridorSim.Experiments;

/// <summary>A paired comparison: the replications of every scenario and each what-if's differences from the base (the first).</summary>
/// <param name="Experiments">The base's replications first, then each what-if's.</param>
/// <param name="Differences">For each what-if in order: every KPI both measured in at least one pair of replications, in the base's KPI order (a KPI only the base has — a stream the what-if removed — with the base's mean alone), then those only the what-if has (a stream it added), with its mean alone.</param>
/// <param name="ConfidenceLevel">Level of every interval.</param>
public sealed record ComparisonResult(IReadOnlyList<ExperimentResult> Experiments, IReadOnlyList<KpiDifference> Differences, double ConfidenceLevel)
{
    private readonly double? _medianHeadlineVarianceReduction;

    /// <summary>The base scenario's replications.</summary>
    public ExperimentResult Base => Experiments[0];

    /// <summary>What the comparison noticed, e.g. scenarios of different lengths.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Replications per scenario.</summary>
    public int Replications => Base.Replications;

    /// <summary>Median variance reduction over the headline KPIs of every what-if that vary (NaN when none does); computed from the differences unless given, as it is when read back from a file.</summary>
    public double MedianHeadlineVarianceReduction
    {
        get
        {
            if (_medianHeadlineVarianceReduction is double given)
            {
                return given;
            }

            var ratios = Differences
                .Where(d => Results.RunKpis.IsHeadline(new Results.Kpi(d.Component, d.Measure, d.Unit, d.Difference)) && !double.IsNaN(d.VarianceReduction))
                .Select(d => d.VarianceReduction)
                .Order()
                .ToArray();
            return ratios.Length == 0 ? double.NaN : ratios.Length % 2 == 1 ? ratios[ratios.Length / 2] : (ratios[(ratios.Length / 2) - 1] + ratios[ratios.Length / 2]) / 2.0;
        }

        init => _medianHeadlineVarianceReduction = value;
    }
}
