using CorridorSim.Randomness;

namespace CorridorSim.Sweeps;

/// <summary>
/// The points of a sweep design. A grid is every combination of levels, the first factor
/// changing slowest. A Latin hypercube of n points cuts each factor's [0, 1] into n equal strata
/// and samples each stratum once, the strata paired across factors by independent random
/// permutations; of <see cref="SweepDesign.Candidates"/> such designs it keeps the one whose two
/// closest points (Euclidean distance in the unit cube) are farthest apart — the maximin
/// criterion. A Morris design (Morris 1991) is r trajectories of k + 1 points on a grid of p
/// levels: each starts at a random point and moves one factor at a time, in random order, by
/// Δ = p / (2 (p − 1)) up or down, so that each step's change in a result is one elementary
/// effect of one factor.
/// </summary>
public static class SweepDesigns
{
    /// <summary>The points of <paramref name="design"/> over <paramref name="factors"/>.</summary>
    /// <exception cref="ArgumentException">A setting the design cannot take: no factors, a grid over a distribution, too few points, an odd number of Morris levels.</exception>
    public static IReadOnlyList<SweepPoint> Generate(IReadOnlyList<SweepFactor> factors, SweepDesign design)
    {
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(design);
        if (factors.Count == 0)
        {
            throw new ArgumentException("A sweep needs at least one factor.", nameof(factors));
        }

        return design.Kind switch
        {
            DesignKind.Grid => Grid(factors),
            DesignKind.LatinHypercube => LatinHypercube(factors, design),
            DesignKind.Morris => Morris(factors, design),
            _ => throw new ArgumentOutOfRangeException(nameof(design), design.Kind, "Unknown design."),
        };
    }

    /// <summary>The smallest Euclidean distance between two of <paramref name="points"/> in the unit cube (infinity for fewer than two): what the maximin criterion makes large.</summary>
    public static double MinimumDistance(IReadOnlyList<IReadOnlyList<double>> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        double best = double.PositiveInfinity;
        for (int a = 0; a < points.Count; a++)
        {
            for (int b = a + 1; b < points.Count; b++)
            {
                double sum = 0;
                for (int f = 0; f < points[a].Count; f++)
                {
                    double d = points[a][f] - points[b][f];
                    sum += d * d;
                }

                best = Math.Min(best, sum);
            }
        }

        return Math.Sqrt(best);
    }

    private static List<SweepPoint> Grid(IReadOnlyList<SweepFactor> factors)
    {
        foreach (var factor in factors)
        {
            if (factor.Domain.Kind == FactorKind.Uniform)
            {
                throw new ArgumentException($"Factor '{factor.Name}' is a distribution, which has no levels for a grid: give it a list or a range with a step, or use a Latin hypercube.", nameof(factors));
            }
        }

        var levels = factors.Select(f => f.Domain.Levels()).ToList();
        long count = levels.Aggregate(1L, (n, l) => n * l.Count);
        if (count > 10_000_000)
        {
            throw new ArgumentException($"A grid of {count:N0} points is more than 10,000,000: use fewer levels or a Latin hypercube.", nameof(factors));
        }

        var points = new List<SweepPoint>((int)count);
        var index = new int[factors.Count];
        for (int p = 0; p < count; p++)
        {
            double[] unit = [.. index.Select((j, f) => levels[f].Count == 1 ? 0.0 : j / (double)(levels[f].Count - 1))];
            points.Add(new SweepPoint(p, unit, [.. index.Select((j, f) => levels[f][j]?.DeepClone())]));

            // The last factor changes fastest.
            for (int f = factors.Count - 1; f >= 0; f--)
            {
                if (++index[f] < levels[f].Count)
                {
                    break;
                }

                index[f] = 0;
            }
        }

        return points;
    }

    private static List<SweepPoint> LatinHypercube(IReadOnlyList<SweepFactor> factors, SweepDesign design)
    {
        if (design.Points < 2)
        {
            throw new ArgumentException("A Latin hypercube needs at least 2 points.", nameof(design));
        }

        if (design.Candidates < 1)
        {
            throw new ArgumentException("A Latin hypercube needs at least 1 candidate design.", nameof(design));
        }

        var random = new RandomStream(design.Seed);
        double[][]? best = null;
        double bestDistance = double.NegativeInfinity;
        for (int c = 0; c < design.Candidates; c++)
        {
            var candidate = new double[design.Points][];
            for (int i = 0; i < design.Points; i++)
            {
                candidate[i] = new double[factors.Count];
            }

            for (int f = 0; f < factors.Count; f++)
            {
                int[] strata = Permutation(design.Points, random);
                for (int i = 0; i < design.Points; i++)
                {
                    candidate[i][f] = (strata[i] + random.NextDouble()) / design.Points;
                }
            }

            double distance = MinimumDistance(candidate);
            if (distance > bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return [.. best!.Select((unit, i) => new SweepPoint(i, unit, [.. factors.Select((f, k) => f.Domain.At(unit[k]))]))];
    }

    private static List<SweepPoint> Morris(IReadOnlyList<SweepFactor> factors, SweepDesign design)
    {
        if (design.Trajectories < 1)
        {
            throw new ArgumentException("A Morris design needs at least 1 trajectory.", nameof(design));
        }

        if (design.Levels < 2 || design.Levels % 2 != 0)
        {
            throw new ArgumentException("A Morris design's levels are an even number, at least 2 (4 is usual).", nameof(design));
        }

        int k = factors.Count, p = design.Levels;
        double delta = p / (2.0 * (p - 1));
        var random = new RandomStream(design.Seed);
        var points = new List<SweepPoint>(design.Trajectories * (k + 1));
        for (int t = 0; t < design.Trajectories; t++)
        {
            // A base point on the levels from which +Δ stays in [0, 1]; a factor that will step
            // down starts Δ higher, so that every point of the trajectory is on the grid.
            double[] x = new double[k];
            int[] direction = new int[k];
            for (int f = 0; f < k; f++)
            {
                x[f] = random.NextInt(p / 2) / (double)(p - 1);
                direction[f] = random.NextInt(2) == 0 ? 1 : -1;
                if (direction[f] < 0)
                {
                    x[f] += delta;
                }
            }

            int[] order = Permutation(k, random);
            points.Add(Point(points.Count, x, factors, t, null));
            foreach (int f in order)
            {
                x[f] = Math.Clamp(x[f] + (direction[f] * delta), 0.0, 1.0);
                points.Add(Point(points.Count, x, factors, t, f));
            }
        }

        return points;
    }

    private static SweepPoint Point(int index, double[] x, IReadOnlyList<SweepFactor> factors, int trajectory, int? changed) =>
        new(index, [.. x], [.. factors.Select((f, k) => f.Domain.At(x[k]))], trajectory, changed);

    /// <summary>A uniformly random permutation of 0 … n − 1 (Fisher–Yates).</summary>
    private static int[] Permutation(int n, RandomStream random)
    {
        int[] order = [.. Enumerable.Range(0, n)];
        for (int i = n - 1; i > 0; i--)
        {
            int j = random.NextInt(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }
}
