using CorridorSim.Statistics;

namespace CorridorSim.Experiments;

/// <summary>
/// Independent replications of one model: replication i runs with seed <c>baseSeed + i</c>, and
/// the per-replication outputs give a Student-t confidence interval for their expectation.
/// </summary>
public static class Replications
{
    /// <summary>Runs <paramref name="count"/> replications of <paramref name="run"/> and returns the interval of its output.</summary>
    /// <param name="count">Number of replications, at least 2.</param>
    /// <param name="baseSeed">Seed of the first replication.</param>
    /// <param name="run">Runs one replication with the given seed and returns its output.</param>
    /// <param name="level">Confidence level.</param>
    public static ConfidenceInterval Estimate(int count, ulong baseSeed, Func<ulong, double> run, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        var outputs = new double[count];
        for (int i = 0; i < count; i++)
        {
            outputs[i] = run(baseSeed + (ulong)i);
        }

        return ConfidenceInterval.FromSamples(outputs, level);
    }

    /// <summary>Like <see cref="Estimate"/>, for several outputs of the same replications at once.</summary>
    /// <returns>One interval per output, in the order <paramref name="run"/> returns them.</returns>
    public static IReadOnlyList<ConfidenceInterval> EstimateMany(int count, ulong baseSeed, Func<ulong, double[]> run, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        var rows = new double[count][];
        for (int i = 0; i < count; i++)
        {
            rows[i] = run(baseSeed + (ulong)i);
        }

        int width = rows[0].Length;
        var intervals = new ConfidenceInterval[width];
        for (int j = 0; j < width; j++)
        {
            intervals[j] = ConfidenceInterval.FromSamples(rows.Select(r => r[j]).ToArray(), level);
        }

        return intervals;
    }
}
