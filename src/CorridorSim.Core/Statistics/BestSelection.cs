using MathNet.Numerics.Distributions;

namespace CorridorSim.Statistics;

/// <summary>
/// Selecting the best of k systems from paired replications (common random numbers): Hsu's
/// multiple comparisons with the best with Bonferroni's inequality over the k − 1 comparisons of
/// each system, so that no assumption of equal variances or of a particular correlation between
/// systems is needed (Nelson and Matejcik 1995; Hsu 1996, ch. 4; Law 2015, §10.4).
/// <para>
/// For systems i and j with replications paired by seed, <c>w(i, j) = t(1 − α/(k − 1), n − 1) ·
/// S(i, j) / √n</c>, where S(i, j) is the standard deviation of the n differences X(i, r) −
/// X(j, r). With probability at least 1 − α, simultaneously for every i,
/// μ(i) − max_{j≠i} μ(j) lies in [min(0, min_j (X̄(i) − X̄(j) − w(i, j))), max(0, min_j (X̄(i) −
/// X̄(j) + w(i, j)))]. Larger is better; negate the samples for smaller-is-better.
/// </para>
/// </summary>
public static class BestSelection
{
    /// <summary>
    /// The MCB interval of every system, in the order given. <paramref name="samples"/>[i][r] is
    /// system i's value in replication r; every system has the same n ≥ 2 replications, paired by
    /// index. A single system is the best by default.
    /// </summary>
    /// <param name="samples">Each system's replications, paired by index across systems.</param>
    /// <param name="level">Joint confidence level 1 − α of all the intervals, e.g. 0.95.</param>
    public static IReadOnlyList<BestInterval> Of(IReadOnlyList<IReadOnlyList<double>> samples, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentOutOfRangeException.ThrowIfZero(samples.Count);
        if (!(level > 0.0 && level < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must lie strictly between 0 and 1.");
        }

        int k = samples.Count;
        int n = samples[0].Count;
        if (samples.Any(s => s.Count != n))
        {
            throw new ArgumentException("Every system needs the same number of replications, paired by index.", nameof(samples));
        }

        var means = samples.Select(s => s.Average()).ToArray();
        if (k == 1)
        {
            return [new BestInterval(0, means[0], 0.0, 0.0, Best: true, Contender: true)];
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(n, 2);
        double t = StudentT.InvCDF(0.0, 1.0, n - 1, 1.0 - ((1.0 - level) / (k - 1)));
        var intervals = new BestInterval[k];
        for (int i = 0; i < k; i++)
        {
            double below = double.PositiveInfinity;
            double above = double.PositiveInfinity;
            for (int j = 0; j < k; j++)
            {
                if (j == i)
                {
                    continue;
                }

                double w = t * PairedDeviation(samples[i], samples[j]) / Math.Sqrt(n);
                below = Math.Min(below, means[i] - means[j] - w);
                above = Math.Min(above, means[i] - means[j] + w);
            }

            intervals[i] = new BestInterval(i, means[i], Math.Min(0.0, below), Math.Max(0.0, above), Best: below > 0.0, Contender: above >= 0.0);
        }

        return intervals;
    }

    /// <summary>The sample standard deviation of the paired differences a(r) − b(r).</summary>
    private static double PairedDeviation(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var tally = new Tally();
        for (int r = 0; r < a.Count; r++)
        {
            tally.Add(a[r] - b[r]);
        }

        return tally.StandardDeviation;
    }

    /// <summary>
    /// The replications a two-stage selection needs (Nelson and Matejcik 1995, with Bonferroni's
    /// inequality over the k − 1 comparisons): from first-stage <paramref name="samples"/> of n0
    /// paired replications, N = max(n0, ⌈max_{i≠j} (t · S(i, j) / δ)²⌉) with t = t(1 − α/(k − 1),
    /// n0 − 1) and S(i, j) the standard deviation of the paired differences. With N replications
    /// of every system, the one with the largest mean is the best with probability at least
    /// 1 − α whenever the best is at least <paramref name="indifference"/> (δ) better than every other.
    /// </summary>
    /// <param name="samples">Each system's first-stage replications, paired by index.</param>
    /// <param name="level">Probability of a correct selection, 1 − α.</param>
    /// <param name="indifference">The smallest difference that matters, δ &gt; 0.</param>
    public static int SecondStageSize(IReadOnlyList<IReadOnlyList<double>> samples, double level, double indifference)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(indifference);
        int k = samples.Count;
        int n0 = samples.Count == 0 ? 0 : samples[0].Count;
        if (k < 2)
        {
            return n0;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(n0, 2);
        double t = StudentT.InvCDF(0.0, 1.0, n0 - 1, 1.0 - ((1.0 - level) / (k - 1)));
        double largest = 0.0;
        for (int i = 0; i < k; i++)
        {
            for (int j = i + 1; j < k; j++)
            {
                largest = Math.Max(largest, PairedDeviation(samples[i], samples[j]));
            }
        }

        if (!double.IsFinite(largest))
        {
            return n0;
        }

        double needed = Math.Ceiling(Math.Pow(t * largest / indifference, 2) - 1e-9);
        return (int)Math.Max(n0, Math.Min(needed, int.MaxValue));
    }

    /// <summary>
    /// The MCB intervals after a two-stage selection with indifference zone
    /// <paramref name="indifference"/> (δ): μ(i) − max of the others' μ lies in
    /// [min(0, X̄(i) − max_{j≠i} X̄(j) − δ), max(0, X̄(i) − max_{j≠i} X̄(j) + δ)] for every i at once,
    /// with probability at least the level the sample size was chosen for. The system with the
    /// largest mean is the one selected (<see cref="BestInterval.Best"/>); the contenders are those
    /// within δ of it.
    /// </summary>
    public static IReadOnlyList<BestInterval> WithinIndifference(IReadOnlyList<IReadOnlyList<double>> samples, double indifference)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentOutOfRangeException.ThrowIfZero(samples.Count);
        var means = samples.Select(s => s.Average()).ToArray();
        int selected = Array.IndexOf(means, means.Max());
        return [.. means.Select((m, i) =>
        {
            double gap = samples.Count == 1 ? 0.0 : m - means.Where((_, j) => j != i).Max();
            return new BestInterval(i, m, Math.Min(0.0, gap - indifference), Math.Max(0.0, gap + indifference), Best: i == selected, Contender: gap + indifference > 0.0);
        })];
    }
}
