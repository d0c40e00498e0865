using CorridorSim.Routing;
using CorridorSim.Scenarios;

namespace CorridorSim.Model.Corridor;

/// <summary>
/// The lanes of a scenario's streams: one per route, each numbered like a stream in the
/// containers' tags, so routers and logs follow a lane as they would a stream of its own. Lane s,
/// for s below the number of streams, is stream s's first (or only) route; the further routes of
/// streams with several follow, stream by stream. A scenario whose streams have one route each
/// therefore has lane s = stream s.
/// </summary>
public sealed class RouteLanes
{
    private readonly int[] _stream;
    private readonly int[] _route;
    private readonly int[][] _lanes;

    /// <summary>Lays out the lanes of <paramref name="scenario"/>'s streams.</summary>
    public RouteLanes(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var streams = scenario.Streams;
        var stream = new List<int>(Enumerable.Range(0, streams.Count));
        var route = new List<int>(Enumerable.Repeat(0, streams.Count));
        _lanes = new int[streams.Count][];
        for (int s = 0; s < streams.Count; s++)
        {
            var lanes = new List<int> { s };
            for (int r = 1; r < streams[s].RouteCount; r++)
            {
                lanes.Add(stream.Count);
                stream.Add(s);
                route.Add(r);
            }

            _lanes[s] = [.. lanes];
        }

        _stream = [.. stream];
        _route = [.. route];
    }

    /// <summary>Number of lanes: streams plus the further routes.</summary>
    public int Count => _stream.Length;

    /// <summary>The stream lane <paramref name="lane"/> belongs to.</summary>
    public int StreamOf(int lane) => _stream[lane];

    /// <summary>Which of its stream's routes lane <paramref name="lane"/> is, 0 for the first.</summary>
    public int RouteOf(int lane) => _route[lane];

    /// <summary>The lanes of stream <paramref name="stream"/>, in route order.</summary>
    public IReadOnlyList<int> LanesOf(int stream) => _lanes[stream];

    /// <summary>The routes of <paramref name="stream"/>, in its order, found by <paramref name="finder"/>.</summary>
    internal static IReadOnlyList<Route> RoutesOf(RouteFinder finder, DemandStream stream)
    {
        List<Route?> routes = stream.BestRoutes is BestRoutes best
            ? [.. finder.Best(stream.Origin, stream.Destination, best.Count, best.Corridor)]
            : stream.Routes.Count > 0
                ? stream.Routes.Select(r => finder.Path(stream.Origin, r.Via, stream.Destination)).ToList()
                : [finder.Path(stream.Origin, stream.Via, stream.Destination)];
        if (routes.Count != stream.RouteCount || routes.Any(r => r is null))
        {
            throw new InvalidOperationException($"Stream '{stream.Id}' lacks one of its {stream.RouteCount} routes; the scenario loader should have refused it.");
        }

        return [.. routes.OfType<Route>()];
    }
}
