using CorridorSim.Results;

namespace CorridorSim.Charts;

/// <summary>
/// Queue length over time at the capacity-limited components where containers wait longest, as
/// small multiples: a panel for each of the (at most <see cref="Shown"/>) components with the
/// longest mean queue, each on its own scale, the weekly mean number waiting on a calendar axis;
/// the saturated ones — the bottlenecks — in vermillion and named so. With replications, the mean
/// of the replications and its 95 % confidence band.
/// </summary>
public static class QueueChart
{
    /// <summary>The most panels drawn: three rows of <see cref="ComponentPanels.Columns"/>.</summary>
    public const int Shown = 9;

    /// <summary>The chart's title.</summary>
    public const string Title = "Queues over time at the busiest components";

    /// <summary>The components drawn, longest mean queue first, with their display names and whether each saturated in at least half of the replications.</summary>
    public static IReadOnlyList<(string Id, string Name, double MeanQueue, bool Saturated)> Busiest(IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentOutOfRangeException.ThrowIfZero(runs.Count);
        return [.. ComponentPanels.Largest(runs, s => s.MeanQueue, Shown).Select(c => (c.Id, c.Name, c.Mean, c.Saturated))];
    }

    /// <summary>The chart.</summary>
    public static ChartFigure Create(IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentOutOfRangeException.ThrowIfZero(runs.Count);
        var shown = ComponentPanels.Largest(runs, s => s.MeanQueue, Shown);
        return ComponentPanels.Create(Title, runs, shown, c => ComponentPanels.Title(c, c.Mean >= 100.0 ? (FormattableString)$"{c.Mean:N0} on average" : $"{c.Mean:N1} on average"), "Containers waiting", s => s.MeanQueue, 1.0, null, "No container waited at any capacity-limited component.");
    }
}
