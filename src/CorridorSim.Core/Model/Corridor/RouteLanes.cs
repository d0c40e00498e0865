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
}
