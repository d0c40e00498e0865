using CorridorSim.Results;
using CorridorSim.Statistics;

namespace CorridorSim.Charts;

/// <summary>
/// The time–distance view of the corridor in the style UNESCAP uses for corridor performance, as
/// small multiples on shared scales: for each stream, cumulative days against cumulative
/// kilometres along its route, sloping while cargo moves and stepping up where it waits — at
/// borders, ports, gauge changes and transshipments — the two longest waits named. Each section's
/// figures are the simulated ones (CPMM sections: mean hours from reaching a node to reaching the
/// next, of which km ÷ speed without delay moving), pooled over the containers of every stream
/// that passed it; with replications, the mean, and a band of the 95 % interval of the
/// cumulative time at each node.
/// </summary>
public static class TimeDistanceChart
{
    /// <summary>The chart's title.</summary>
    public const string Title = "Time along each route: days against kilometres";

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
    public static ChartFigure Create(IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentOutOfRangeException.ThrowIfZero(runs.Count);
        var streams = runs[0].Streams;
        var routes = new List<RoutePanels.Route>();
        for (int s = 0; s < streams.Count; s++)
        {
            var curves = runs.Select(r => Curve(r, s)).ToList();
            if (curves.Any(c => c is null) || curves[0]!.Count < 2)
            {
                continue;
            }

            int corners = curves[0]!.Count;
            double[] mean = [.. Enumerable.Range(0, corners).Select(i => curves.Average(c => c![i].Days))];
            var curve = curves[0]!.Select((p, i) => (p.Km, mean[i])).ToList();
            double[]? lower = null, upper = null;
            if (runs.Count > 1)
            {
                var intervals = Enumerable.Range(0, corners).Select(i => ConfidenceInterval.FromSamples([.. curves.Select(c => c![i].Days)])).ToList();
                lower = [.. intervals.Select(i => Math.Max(0.0, i.Lower))];
                upper = [.. intervals.Select(i => i.Upper)];
            }

            // Corner 2k is the arrival at node k, corner 2k + 1 its departure.
            var steps = Enumerable.Range(0, (corners - 1) / 2).Select(k => (curve[2 * k].Km, curve[2 * k].Item2, curve[(2 * k) + 1].Item2, RoutePanels.NodeName(streams[s], k))).ToList();
            double moving = Enumerable.Range(0, (corners - 1) / 2).Sum(k => curve[(2 * k) + 2].Item2 - curve[(2 * k) + 1].Item2);
            routes.Add(new RoutePanels.Route(RoutePanels.F($"{streams[s].Name}\n{curve[^1].Km:N0} km in {mean[^1]:0.0} days, {moving:0.0} of them moving"), curve, lower, upper, steps));
        }

        string subtitle = ChartStyle.Subtitle(runs) + "\nSlopes: moving; steps: waiting at borders, ports, gauge changes and transshipments, the two longest named" + (runs.Count > 1 ? "; bands: 95 % confidence interval of the mean." : ".");
        return RoutePanels.Create(Title, subtitle, routes, "Distance along the route (km)", runs.Count > 1 ? "Days from the origin (mean)" : "Days from the origin", d => RoutePanels.F($"{d:0.0} d"), "No route's every section carried a container in the measured period.");
    }
}
