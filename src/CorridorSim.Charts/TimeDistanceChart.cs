using System.Globalization;
using CorridorSim.Results;
using CorridorSim.Statistics;
using ScottPlot;

namespace CorridorSim.Charts;

/// <summary>
/// The time–distance view of the corridor in the style UNESCAP uses for corridor performance:
/// for each stream, cumulative days against cumulative kilometres along its route, sloping while
/// cargo moves and stepping up where it waits — at borders, ports, gauge changes and
/// transshipments. Each section's figures are the simulated ones (CPMM sections: mean hours from
/// reaching a node to reaching the next, of which km ÷ speed without delay moving), pooled over
/// the containers of every stream that passed it; with replications, the mean, and a band of the
/// 95 % interval of the cumulative time at each node.
/// </summary>
public static class TimeDistanceChart
{
    /// <summary>Stream <paramref name="stream"/>'s curve in one run: (km, days) at each corner, or null when a section of its route carried no container.</summary>
    public static IReadOnlyList<(double Km, double Days)>? Curve(RunResult run, int stream)
    {
        ArgumentNullException.ThrowIfNull(run);
        var route = run.Streams[stream].Route;
        var points = new List<(double Km, double Days)> { (0, 0) };
        double km = 0, days = 0;
        for (int k = 0; k + 1 < route.Count; k++)
        {
            var section = run.Cpmm.Sections.FirstOrDefault(s => s.From == route[k] && s.To == route[k + 1] && s.Containers > 0);
            if (section is null || !double.IsFinite(section.MeanHours))
            {
                return null;
            }

            double moving = section.SpeedWithoutDelayKmh > 0 ? section.Km / section.SpeedWithoutDelayKmh : 0.0;
            days += Math.Max(0.0, section.MeanHours - moving) / 24.0;
            points.Add((km, days));
            km += section.Km;
            days += moving / 24.0;
            points.Add((km, days));
        }

        return points;
    }

    /// <summary>The chart.</summary>
    public static Plot Create(IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentOutOfRangeException.ThrowIfZero(runs.Count);
        var plot = ChartStyle.Create("Time along each route: days against kilometres", ChartStyle.Subtitle(runs), "Distance along the route (km); slopes: moving; steps: waiting at borders, ports, gauge changes and transshipments", runs.Count > 1 ? "Days since leaving the origin (mean, with its 95 % interval)" : "Days since leaving the origin");
        var streams = runs[0].Streams;
        for (int s = 0; s < streams.Count; s++)
        {
            var curves = runs.Select(r => Curve(r, s)).ToList();
            if (curves.Any(c => c is null) || curves[0]!.Count < 2)
            {
                continue;
            }

            int corners = curves[0]!.Count;
            double[] x = [.. curves[0]!.Select(p => p.Km)];
            double[] mean = [.. Enumerable.Range(0, corners).Select(i => curves.Average(c => c![i].Days))];
            if (runs.Count > 1)
            {
                var intervals = Enumerable.Range(0, corners).Select(i => ConfidenceInterval.FromSamples([.. curves.Select(c => c![i].Days)])).ToList();
                var band = plot.Add.FillY(x, [.. intervals.Select(i => i.Upper)], [.. intervals.Select(i => Math.Max(0.0, i.Lower))]);
                band.FillColor = ChartStyle.Series(s).WithAlpha(0.18);
                band.LineWidth = 0;
            }

            var line = plot.Add.ScatterLine(x, mean, ChartStyle.Series(s));
            line.LineWidth = 2.5f;
            line.LegendText = string.Create(CultureInfo.InvariantCulture, $"{streams[s].Name} ({x[^1]:N0} km, {mean[^1]:0.0} days)");
        }

        plot.Axes.Margins(bottom: 0, left: 0);
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }
}
