using CorridorSim.Results;
using ScottPlot;

namespace CorridorSim.Charts;

/// <summary>
/// Utilisation over time of the busiest capacity-limited components, as small multiples on one
/// scale (0 to 100 % of capacity in use, a dashed line at 100 %): a panel for each of the (at
/// most <see cref="QueueChart.Shown"/>) components with the highest mean utilisation, busiest
/// first, the week's share on a calendar axis; the saturated ones — the bottlenecks — in
/// vermillion and named so. A train or vessel service counts by the busiest of its fleet, line
/// slots and rolling stock, as the overload check judges it.
/// </summary>
public static class UtilisationChart
{
    /// <summary>The chart's title.</summary>
    public const string Title = "Capacity in use over time at the busiest components";

    /// <summary>The components drawn, highest mean utilisation (a share) first, with their display names and whether each saturated in at least half of the replications.</summary>
    public static IReadOnlyList<(string Id, string Name, double MeanUtilisation, bool Saturated)> Busiest(IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentOutOfRangeException.ThrowIfZero(runs.Count);
        return [.. ComponentPanels.Largest(runs, s => s.Utilisation, QueueChart.Shown).Select(c => (c.Id, c.Name, c.Mean, c.Saturated))];
    }

    /// <summary>The chart.</summary>
    public static ChartFigure Create(IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentOutOfRangeException.ThrowIfZero(runs.Count);
        var shown = ComponentPanels.Largest(runs, s => s.Utilisation, QueueChart.Shown);
        double top = Math.Max(105.0, shown.SelectMany(c => runs.SelectMany(r => r.ComponentSeries[c.Index].Utilisation)).Where(double.IsFinite).DefaultIfEmpty(0.0).Max() * 100.0 * 1.05);
        return ComponentPanels.Create(Title, runs, shown, c => ComponentPanels.Title(c, $"{c.Mean * 100.0:0} % on average"), "Capacity in use (%)", s => s.Utilisation, 100.0, (plot, _) =>
        {
            var full = plot.Add.HorizontalLine(100.0, 1.5f, Color.FromHex(ChartStyle.TotalHex).WithAlpha(0.6), LinePattern.Dashed);
            full.ExcludeFromLegend = true;
            plot.Axes.SetLimitsY(0.0, top);
        }, "No capacity-limited component was used.");
    }
}
