using CorridorSim.Statistics;

namespace CorridorSim.Experiments;

/// <summary>A KPI over replications: mean, Student-t half-width at the experiment's level, and spread.</summary>
/// <param name="Component">What is measured (as in <see cref="Results.Kpi.Component"/>).</param>
/// <param name="Measure">The measure.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Count">Replications that measured it (a replication with nothing to measure, e.g. no delivery, is left out).</param>
/// <param name="Mean">Mean over those replications.</param>
/// <param name="HalfWidth">Half-width of the confidence interval (NaN below two replications; 0 when every replication gave the same value).</param>
/// <param name="StandardDeviation">Sample standard deviation across replications.</param>
public sealed record KpiEstimate(string Component, string Measure, string Unit, int Count, double Mean, double HalfWidth, double StandardDeviation)
{
    /// <summary>"component/measure".</summary>
    public string Key => $"{Component}/{Measure}";

    /// <summary>Half-width over |mean| (NaN for a zero mean).</summary>
    public double RelativeHalfWidth => Mean == 0.0 ? double.NaN : HalfWidth / Math.Abs(Mean);

    /// <summary>The estimate of <paramref name="values"/> (NaNs left out) at <paramref name="level"/>.</summary>
    public static KpiEstimate From(string component, string measure, string unit, IEnumerable<double> values, double level)
    {
        ArgumentNullException.ThrowIfNull(values);
        var finite = values.Where(double.IsFinite).ToArray();
        if (finite.Length == 0)
        {
            return new KpiEstimate(component, measure, unit, 0, double.NaN, double.NaN, double.NaN);
        }

        var interval = ConfidenceInterval.FromSamples(finite, level);
        double sd = finite.Length < 2 ? double.NaN : StandardDeviationOf(finite);
        return new KpiEstimate(component, measure, unit, finite.Length, interval.Mean, sd == 0.0 ? 0.0 : interval.HalfWidth, sd);
    }

    private static double StandardDeviationOf(double[] values)
    {
        var tally = new Tally();
        foreach (double v in values)
        {
            tally.Add(v);
        }

        return tally.StandardDeviation;
    }
}
