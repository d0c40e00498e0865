using System.Globalization;
using CorridorSim.Results;
using ScottPlot;

namespace CorridorSim.Charts;

/// <summary>
/// Queue length over time at the capacity-limited components where containers wait longest: the
/// weekly mean number waiting at each of the (at most <see cref="Shown"/>) components with the
/// longest mean queue, on a calendar axis, the saturated ones — the bottlenecks — drawn bold and
/// named so in the legend; with replications, the mean of the replications.
/// </summary>
public static class QueueChart
{
    /// <summary>The most components drawn, the palette's length: more would tangle.</summary>
    public const int Shown = 8;

    /// <summary>The components drawn, longest mean queue first, with whether each saturated in at least half of the replications.</summary>
    public static IReadOnlyList<(string Id, double MeanQueue, bool Saturated)> Busiest(IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var first = runs[0];
        return [.. Enumerable.Range(0, first.ComponentSeries.Count)
            .Select(c => (Id: first.ComponentSeries[c].Id, MeanQueue: runs.Average(r => r.ComponentSeries[c].MeanQueue.DefaultIfEmpty(0.0).Average()), Saturated: runs.Count(r => IsSaturated(r, first.ComponentSeries[c].Id)) * 2 >= runs.Count))
            .Where(c => c.MeanQueue > 0.0)
            .OrderByDescending(c => c.MeanQueue)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(Shown)];
    }

    /// <summary>The chart.</summary>
    public static Plot Create(IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentOutOfRangeException.ThrowIfZero(runs.Count);
        var first = runs[0];
        var plot = ChartStyle.Create("Queues over time at the busiest components", ChartStyle.Subtitle(runs), "Calendar month", runs.Count > 1 ? "Containers waiting, weekly mean (mean of the replications)" : "Containers waiting, weekly mean");
        int weeks = Math.Max(1, (int)Math.Floor(first.Info.Years * Kernel.SimCalendar.HoursPerYear / Kernel.SimCalendar.HoursPerWeek));
        double[] x = [.. Enumerable.Range(0, weeks).Select(w => (w * 7.0) + 3.5)];
        var busiest = Busiest(runs);
        for (int i = 0; i < busiest.Count; i++)
        {
            var (id, mean, saturated) = busiest[i];
            int c = Enumerable.Range(0, first.ComponentSeries.Count).First(k => first.ComponentSeries[k].Id == id);
            double[] y = [.. Enumerable.Range(0, weeks).Select(w => runs.Average(r => w < r.ComponentSeries[c].MeanQueue.Count ? r.ComponentSeries[c].MeanQueue[w] : 0.0))];
            var line = plot.Add.ScatterLine(x, y, ChartStyle.Series(i));
            line.LineWidth = saturated ? 4 : 1.5f;
            line.LegendText = string.Create(CultureInfo.InvariantCulture, $"{Name(id)}: {mean:N1} on average{(saturated ? ", saturated (a bottleneck)" : string.Empty)}");
        }

        if (busiest.Count == 0)
        {
            var text = plot.Add.Text("No container waited at any capacity-limited component.", weeks * 3.5, 0.5);
            text.LabelFontSize = ChartStyle.AxisLabelFontSize;
            text.LabelAlignment = Alignment.MiddleCenter;
            plot.Axes.SetLimitsY(0, 1);
        }

        ChartStyle.MonthAxis(plot, first.Info.WarmUpDays, weeks * 7.0);
        plot.Axes.SetLimitsX(0, weeks * 7.0);
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    /// <summary>A component id as a reader takes it: "node:east-port:capacity" is "east-port, handling capacity", "link:a-b:f" is "a-b, forward".</summary>
    public static string Name(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        string[] parts = id.Split(':');
        return parts switch
        {
            ["link", var link, "f"] => $"{link}, forward",
            ["link", var link, "r"] => $"{link}, return",
            ["link", var link] => link,
            ["node", var node, "capacity"] => $"{node}, handling capacity",
            ["node", var node, "yard"] => $"{node}, yard",
            ["node", var node, var part] => $"{node}, {part}",
            ["demand", var stream] => $"{stream}, backlog at origin",
            _ => id,
        };
    }

    private static bool IsSaturated(RunResult run, string id) =>
        run.Components.FirstOrDefault(c => c.Id == id)?.Measures.FirstOrDefault(m => m.Name == "saturated")?.Value >= 1.0;
}
