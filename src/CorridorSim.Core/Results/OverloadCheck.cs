using System.Globalization;

namespace CorridorSim.Results;

/// <summary>
/// Tells a queue that grows without bound from one that only fluctuates, from its weekly backlog
/// over the measured period and how busy it was: a component is saturated when it was busy at
/// least 85 % of the time (servers, daily capacity, or the vessels of a fleet), the
/// least-squares trend of its backlog rises with a t statistic above 3, its backlog has stayed
/// above twice (and 20 containers above) its average over the first quarter of the weeks for at
/// least the last quarter, and at least 50 containers are held at the end. Such a queue means the
/// figures of every stream that passes it depend on how long the run is. It saturated in the
/// first week from which its backlog stays above twice the first quarter's average. A seasonal
/// peak at the end of the period (a stormy winter) is not taken for growth unless it lasts a
/// quarter of the run and keeps the component nearly always busy. Where storage is bounded, queues
/// stop growing once full and the growth shows at the origins instead (<see cref="GrowingSince"/>),
/// and a bottleneck is a full store with room beyond it (<see cref="Bottlenecks"/>).
/// </summary>
public static class OverloadCheck
{
    /// <summary>Share of the time a component must be busy to count as saturated.</summary>
    public const double BusyShare = 0.85;

    /// <summary>Share of the measured period a yard or buffer must have been full to count as full in <see cref="Bottlenecks"/>.</summary>
    public const double FullShare = 0.5;

    /// <summary>The week (1-based) <paramref name="series"/> saturated in, or null when it did not; <paramref name="utilisation"/> is the component's share of capacity used.</summary>
    public static int? SaturatedSince(ComponentSeries series, double utilisation)
    {
        ArgumentNullException.ThrowIfNull(series);
        return utilisation >= BusyShare ? GrowingSince(series) : null;
    }

    /// <summary>The week (1-based) from which an origin's backlog <paramref name="series"/> grows without bound, or null when it does not: <see cref="SaturatedSince"/> without the busy test.</summary>
    public static int? GrowingSince(ComponentSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var y = series.Backlog;
        int n = y.Count;
        if (n < 8)
        {
            return null;
        }

        int q = n / 4;
        double first = y.Take(q).Average();
        double threshold = Math.Max(2 * first, first + 20);
        int since = n;
        while (since > 0 && y[since - 1] > threshold)
        {
            since--;
        }

        return since <= n - q && y[^1] >= 50 && TrendT(y) > 3 ? since + 1 : null;
    }

    /// <summary>A warning for every saturated component of <paramref name="series"/>; <paramref name="utilisation"/> gives each component's share of capacity used.</summary>
    public static IEnumerable<string> Warnings(IEnumerable<ComponentSeries> series, Func<string, double> utilisation)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(utilisation);
        foreach (var s in series)
        {
            if (SaturatedSince(s, utilisation(s.Id)) is int week)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{s.Id} is saturated: its backlog grows from {s.Backlog[0]:N0} containers in week 1 to {s.Backlog[^1]:N0} at the end (above twice its early level since week {week}); times through it grow with the length of the run, so compare its streams with care.");
            }
        }
    }

    /// <summary>
    /// The bottlenecks on a route: <paramref name="route"/> lists, in travel order, each bounded store
    /// (yards, services' origin buffers, borders that refuse when blocked) with the share of the
    /// period it was full (at least <see cref="FullShare"/> counts as full). Blocking spreads upstream
    /// from a bottleneck, so the stores behind it are full and the one beyond it is not: each run of
    /// full stores ends at a bottleneck, whose index is returned.
    /// </summary>
    public static IReadOnlyList<int> Bottlenecks(IReadOnlyList<double> route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var ends = new List<int>();
        for (int i = 0; i < route.Count; i++)
        {
            if (route[i] >= FullShare && (i + 1 == route.Count || route[i + 1] < FullShare))
            {
                ends.Add(i);
            }
        }

        return ends;
    }

    /// <summary>The t statistic of the least-squares slope of <paramref name="y"/> against its index.</summary>
    private static double TrendT(IReadOnlyList<double> y)
    {
        int n = y.Count;
        double meanX = (n - 1) / 2.0;
        double meanY = y.Average();
        double sxx = 0.0, sxy = 0.0;
        for (int i = 0; i < n; i++)
        {
            sxx += (i - meanX) * (i - meanX);
            sxy += (i - meanX) * (y[i] - meanY);
        }

        double slope = sxy / sxx;
        double residual = 0.0;
        for (int i = 0; i < n; i++)
        {
            double e = y[i] - meanY - (slope * (i - meanX));
            residual += e * e;
        }

        double se = Math.Sqrt(residual / (n - 2) / sxx);
        return se == 0.0 ? (slope > 0 ? double.PositiveInfinity : 0.0) : slope / se;
    }
}
