using CorridorSim.Randomness;

namespace CorridorSim.Sweeps;

/// <summary>
/// Morris screening (Morris 1991; μ* as Campolongo, Cariboni and Saltelli 2007): from a Morris
/// design's trajectories and a KPI at each point, each factor's elementary effects — the change
/// in the KPI over a step that moved that factor alone, divided by the step's length in the unit
/// cube — summarised as μ, μ* and σ, with a percentile bootstrap interval of μ* that resamples
/// whole trajectories. Factors come back most important first (largest μ*).
/// </summary>
public static class MorrisScreening
{
    /// <summary>
    /// The effects of each of <paramref name="factors"/> on the KPI <paramref name="output"/>
    /// gives at each point (NaN where it was not measured) of the Morris design
    /// <paramref name="points"/>; <paramref name="resamples"/> bootstrap resamples drawn from
    /// <paramref name="seed"/> for the <paramref name="level"/> interval of μ*.
    /// </summary>
    /// <exception cref="ArgumentException">The points are not of a Morris design.</exception>
    public static IReadOnlyList<MorrisEffect> Analyse(IReadOnlyList<SweepFactor> factors, IReadOnlyList<SweepPoint> points, Func<int, double> output, int resamples = 1000, ulong seed = 1, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(factors);
        return Analyse([.. factors.Select(f => f.Name)], points, output, resamples, seed, level);
    }

    /// <summary>
    /// The effects of the factors named <paramref name="factors"/> on the KPI
    /// <paramref name="output"/> gives at each point (NaN where it was not measured) of the Morris
    /// design <paramref name="points"/>; <paramref name="resamples"/> bootstrap resamples drawn from
    /// <paramref name="seed"/> for the <paramref name="level"/> interval of μ*.
    /// </summary>
    /// <exception cref="ArgumentException">The points are not of a Morris design.</exception>
    public static IReadOnlyList<MorrisEffect> Analyse(IReadOnlyList<string> factors, IReadOnlyList<SweepPoint> points, Func<int, double> output, int resamples = 1000, ulong seed = 1, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(output);
        if (points.Any(p => p.Trajectory is null))
        {
            throw new ArgumentException("Morris screening needs the points of a Morris design.", nameof(points));
        }

        // effects[f][t]: factor f's elementary effect in trajectory t (NaN where not measured).
        var trajectories = points.GroupBy(p => p.Trajectory!.Value).OrderBy(g => g.Key).Select(g => g.OrderBy(p => p.Index).ToList()).ToList();
        var effects = new double[factors.Count][];
        for (int f = 0; f < factors.Count; f++)
        {
            effects[f] = new double[trajectories.Count];
            Array.Fill(effects[f], double.NaN);
        }

        for (int t = 0; t < trajectories.Count; t++)
        {
            var steps = trajectories[t];
            for (int s = 1; s < steps.Count; s++)
            {
                int f = steps[s].Changed!.Value;
                double du = steps[s].Unit[f] - steps[s - 1].Unit[f];
                effects[f][t] = (output(steps[s].Index) - output(steps[s - 1].Index)) / du;
            }
        }

        var random = new RandomStream(seed);
        var result = new List<MorrisEffect>();
        for (int f = 0; f < factors.Count; f++)
        {
            var measured = effects[f].Where(double.IsFinite).ToArray();
            if (measured.Length == 0)
            {
                result.Add(new MorrisEffect(factors[f], double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0));
                continue;
            }

            double mu = measured.Average();
            double muStar = measured.Average(Math.Abs);
            double sigma = measured.Length < 2 ? double.NaN : Math.Sqrt(measured.Sum(e => (e - mu) * (e - mu)) / (measured.Length - 1));
            var boot = new double[resamples];
            for (int b = 0; b < resamples; b++)
            {
                double sum = 0;
                for (int i = 0; i < measured.Length; i++)
                {
                    sum += Math.Abs(measured[random.NextInt(measured.Length)]);
                }

                boot[b] = sum / measured.Length;
            }

            Array.Sort(boot);
            double tail = (1 - level) / 2;
            result.Add(new MorrisEffect(factors[f], mu, muStar, sigma, Quantile(boot, tail), Quantile(boot, 1 - tail), measured.Length));
        }

        return [.. result.OrderByDescending(e => double.IsNaN(e.MuStar) ? double.NegativeInfinity : e.MuStar)];
    }

    private static double Quantile(double[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        double at = p * (sorted.Length - 1);
        int low = (int)Math.Floor(at);
        int high = Math.Min(sorted.Length - 1, low + 1);
        return sorted[low] + ((at - low) * (sorted[high] - sorted[low]));
    }
}
