namespace CorridorSim.Experiments;

/// <summary>
/// One KPI of a what-if against the base, over paired replications (replication i of both with
/// the same seed): the mean difference with its paired Student-t interval, and the interval the
/// same replications would give unpaired, to show what common random numbers bought.
/// </summary>
/// <param name="Scenario">The what-if's display name.</param>
/// <param name="Component">What is measured.</param>
/// <param name="Measure">The measure.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Count">Pairs in which both scenarios measured it.</param>
/// <param name="BaseMean">Mean in the base over those pairs.</param>
/// <param name="WhatIfMean">Mean in the what-if over those pairs.</param>
/// <param name="Difference">Mean of what-if − base.</param>
/// <param name="HalfWidth">Half-width of the paired interval of <paramref name="Difference"/> (0 when every pair differs by the same amount).</param>
/// <param name="UnpairedHalfWidth">Half-width of Welch's interval from the same runs taken as independent samples.</param>
public sealed record KpiDifference(string Scenario, string Component, string Measure, string Unit, int Count, double BaseMean, double WhatIfMean, double Difference, double HalfWidth, double UnpairedHalfWidth)
{
    private readonly double? _relativeDifference;
    private readonly bool? _significant;

    /// <summary>"base" or "what-if" for a KPI only one side has (a removed or an added stream), null when both do.</summary>
    public string? OnlyIn => Count > 0 ? null : double.IsNaN(WhatIfMean) ? "base" : double.IsNaN(BaseMean) ? "what-if" : null;

    /// <summary>"component/measure".</summary>
    public string Key => $"{Component}/{Measure}";

    /// <summary>Difference over the base mean (NaN for a zero base); computed from them unless given, as it is when read back from a file (where the means are rounded and it is not).</summary>
    public double RelativeDifference
    {
        get => _relativeDifference ?? (BaseMean == 0.0 ? double.NaN : Difference / Math.Abs(BaseMean));
        init => _relativeDifference = value;
    }

    /// <summary>Whether the paired interval excludes zero: the what-if differs from the base at the comparison's level; computed unless given, as it is when read back from a file.</summary>
    public bool Significant
    {
        get => _significant ?? (Count >= 2 && double.IsFinite(HalfWidth) && Math.Abs(Difference) > HalfWidth);
        init => _significant = value;
    }

    /// <summary>
    /// Variance of the unpaired estimate of the difference over that of the paired one
    /// ((s²_base + s²_whatif)/n over s²_diff/n): how many times more replications an unpaired
    /// comparison would need for the same precision. Infinite when the pairs differ by a non-zero
    /// constant, NaN when every pair is identical (the what-if changed nothing this KPI sees).
    /// </summary>
    public double VarianceReduction { get; init; } = double.NaN;

    /// <summary>The paired difference of <paramref name="pairs"/> (base, what-if) at <paramref name="level"/>, with Welch's unpaired interval of the same samples beside it.</summary>
    public static KpiDifference FromPairs(string scenario, string component, string measure, string unit, IReadOnlyList<(double Base, double WhatIf)> pairs, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        return Comparison.Difference(scenario, component, measure, unit, pairs, level);
    }
}
