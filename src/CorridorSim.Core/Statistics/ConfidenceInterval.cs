using System.Collections.Concurrent;
using System.Globalization;
using MathNet.Numerics.Distributions;

namespace CorridorSim.Statistics;

/// <summary>
/// A two-sided Student-t confidence interval for a mean, from independent replications:
/// mean ± t(1−α/2, n−1) · s / √n.
/// </summary>
/// <param name="Mean">The sample mean of the replications.</param>
/// <param name="HalfWidth">Half the interval width (NaN with fewer than two replications).</param>
/// <param name="Level">Confidence level, e.g. 0.95.</param>
/// <param name="Count">Number of replications.</param>
public readonly record struct ConfidenceInterval(double Mean, double HalfWidth, double Level, int Count)
{
    // The quantile by (level, degrees of freedom), each computed once: a sweep's points table
    // takes hundreds of thousands of intervals at a handful of replication counts.
    private static readonly ConcurrentDictionary<(double Level, int Freedom), double> Quantiles = new();

    /// <summary>The lower bound.</summary>
    public double Lower => Mean - HalfWidth;

    /// <summary>The upper bound.</summary>
    public double Upper => Mean + HalfWidth;

    /// <summary>Whether <paramref name="value"/> lies in the closed interval.</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>The interval from replication means <paramref name="values"/> at <paramref name="level"/>.</summary>
    public static ConfidenceInterval FromSamples(IReadOnlyList<double> values, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!(level > 0.0 && level < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must lie strictly between 0 and 1.");
        }

        var tally = new Tally();
        foreach (double v in values)
        {
            tally.Add(v);
        }

        int n = values.Count;
        double half = n < 2
            ? double.NaN
            : Quantiles.GetOrAdd((level, n - 1), key => StudentT.InvCDF(0.0, 1.0, key.Freedom, 1.0 - ((1.0 - key.Level) / 2.0))) * tally.StandardDeviation / Math.Sqrt(n);
        return new ConfidenceInterval(tally.Mean, half, level, n);
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Mean:G6} ± {HalfWidth:G3} ({Level:P0}, n={Count})");
}
