using CorridorSim.Results;

namespace CorridorSim.Charts;

/// <summary>
/// The cost–distance half of the UNESCAP corridor chart, as small multiples on shared scales:
/// for each stream, the freight and charges paid per TEU against kilometres along its route,
/// rising with each link's freight and stepping up at the nodes that charge (ports, borders,
/// transshipments), the two largest charges named. The figures are the network's tariffs, the
/// same in every replication; a stream that splits over several routes is drawn along its first.
/// </summary>
public static class CostDistanceChart
{
    /// <summary>The chart's title.</summary>
    public const string Title = "Cost along each route: US dollars per TEU against kilometres";

    /// <summary>Stream <paramref name="stream"/>'s curve: (km, USD per TEU) at each corner, arriving at and leaving each node; null in a result saved without its route's charges.</summary>
    public static IReadOnlyList<(double Km, double Usd)>? Curve(StreamResult stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.NodeChargesUsd.Count != stream.Route.Count || stream.LinkFreightUsd.Count != stream.RouteLinks.Count || stream.LinkKm.Count != stream.RouteLinks.Count)
        {
            return null;
        }

        var points = new List<(double Km, double Usd)> { (0, 0) };
        double km = 0, usd = 0;
        for (int k = 0; k < stream.Route.Count; k++)
        {
            usd += stream.NodeChargesUsd[k];
            points.Add((km, usd));
            if (k < stream.RouteLinks.Count)
            {
                km += stream.LinkKm[k];
                usd += stream.LinkFreightUsd[k];
                points.Add((km, usd));
            }
        }

        return points;
    }

    /// <summary>The chart.</summary>
    public static ChartFigure Create(IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentOutOfRangeException.ThrowIfZero(runs.Count);
        var routes = new List<RoutePanels.Route>();
        foreach (var stream in runs[0].Streams)
        {
            if (Curve(stream) is not { } curve)
            {
                continue;
            }

            // Corner 2k is the arrival at node k, corner 2k + 1 its departure.
            var steps = Enumerable.Range(0, stream.Route.Count).Select(k => (curve[2 * k].Km, curve[2 * k].Usd, curve[(2 * k) + 1].Usd, RoutePanels.NodeName(stream, k))).ToList();
            double charges = stream.NodeChargesUsd.Sum();
            string atNodes = charges > 0 ? RoutePanels.F($", {charges:N0} of it at nodes") : ", all of it freight";
            routes.Add(new RoutePanels.Route(RoutePanels.F($"{stream.Name}\n{curve[^1].Km:N0} km, {curve[^1].Usd:N0} USD per TEU") + atNodes, curve, null, null, steps));
        }

        string subtitle = ChartStyle.Subtitle(runs) + "\nSlopes: freight along each link; steps: charges at ports, borders and transshipments, the two largest named. From the network's tariffs (data/SOURCES.md).";
        return RoutePanels.Create(Title, subtitle, routes, "Distance along the route (km)", "USD per TEU", d => RoutePanels.F($"{d:N0} USD"), "No stream's route has charges in the results.");
    }
}
