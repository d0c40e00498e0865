using CorridorSim.Input;
using CorridorSim.Model.Network;
using QuikGraph;
using QuikGraph.Algorithms.ShortestPath;

namespace CorridorSim.Routing;

/// <summary>
/// Finds the k shortest simple (loopless) routes between two nodes by distance, expected time or
/// generalised cost, with Yen's algorithm from QuikGraph. Each link becomes its own vertex
/// between its end nodes, so parallel links (a ferry and a feeder between the same ports) stay
/// distinct routes, and node times and charges are added on the way out of each node (and into
/// the destination). Expected hours are <see cref="RouteTiming"/>'s, for the finder's
/// <see cref="Load"/>.
/// </summary>
public sealed class RouteFinder
{
    /// <summary>The "file" of an error about the arguments given rather than an input file.</summary>
    public const string Arguments = "arguments";

    /// <summary>The "path" of an error about the origin given.</summary>
    public const string Origin = "origin";

    /// <summary>The "path" of an error about the destination given.</summary>
    public const string Destination = "destination";

    private readonly TransportNetwork _network;
    private readonly RouteTiming _timing;

    /// <summary>
    /// Creates a route finder over <paramref name="network"/> whose expected hours are those of
    /// <paramref name="load"/> (<see cref="PlanningLoad.BlockTrain"/> when null).
    /// </summary>
    public RouteFinder(TransportNetwork network, PlanningLoad? load = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        _network = network;
        _timing = new RouteTiming(load ?? PlanningLoad.BlockTrain(network));
    }

    /// <summary>The shipment whose expected hours rank and measure the routes.</summary>
    public PlanningLoad Load => _timing.Load;

    /// <summary>
    /// The <paramref name="k"/> best routes from <paramref name="from"/> to <paramref name="to"/>
    /// (ids match case-insensitively), best first; errors name an unknown id with a suggestion, or
    /// say that no route exists.
    /// </summary>
    public LoadResult<IReadOnlyList<Route>> Find(string from, string to, int k, RouteMetric metric)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        var errors = new List<InputError>();
        string? origin = Resolve(from, Origin, errors);
        string? destination = Resolve(to, Destination, errors);
        if (origin is null || destination is null)
        {
            return new LoadResult<IReadOnlyList<Route>>(null, errors);
        }

        if (origin == destination)
        {
            errors.Add(new InputError(Arguments, Destination, $"\"{to}\" is the origin itself.", "choose a different destination."));
            return new LoadResult<IReadOnlyList<Route>>(null, errors);
        }

        var paths = ShortestPaths(BuildGraph(metric, destination, _ => true), origin, destination, k);
        if (paths.Count == 0)
        {
            errors.Add(new InputError(Arguments, Destination, $"no route from \"{origin}\" to \"{destination}\".", "check the network for a missing link or a one-way link in the wrong direction."));
            return new LoadResult<IReadOnlyList<Route>>(null, errors);
        }

        return new LoadResult<IReadOnlyList<Route>>(paths.Select(p => ToRoute(origin, p)).ToList(), errors);
    }

    /// <summary>
    /// The best route of each route family (corridor label other than "access"): the best route
    /// whose main corridor (the family covering most of its kilometres) it is, among the best
    /// routes on the family's own, access and unlabelled links and the 30 best on the whole
    /// network. Puts the Middle Corridor and each comparator side by side, best first; families
    /// with no such route are left out.
    /// </summary>
    public LoadResult<IReadOnlyList<Route>> BestPerCorridor(string from, string to, RouteMetric metric)
    {
        var errors = new List<InputError>();
        string? origin = Resolve(from, Origin, errors);
        string? destination = Resolve(to, Destination, errors);
        if (origin is null || destination is null)
        {
            return new LoadResult<IReadOnlyList<Route>>(null, errors);
        }

        var candidates = new List<Route>();
        foreach (string corridor in _network.Links.Select(l => l.Corridor).OfType<string>().Where(c => c != "access").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var graph = BuildGraph(metric, destination, l => l.Corridor is null || l.Corridor == "access" || l.Corridor == corridor);
            var best = ShortestPaths(graph, origin, destination, 10)
                .Select(p => ToRoute(origin, p))
                .FirstOrDefault(r => r.Links.Any(l => l.Corridor == corridor));
            if (best is not null)
            {
                candidates.Add(best);
            }
        }

        // A route may also run on another family's links for part of the way (the Northern route
        // from Kazakhstan starts on lines the Middle Corridor also uses): the best routes over the
        // whole network count for the family that covers most of their kilometres.
        candidates.AddRange(ShortestPaths(BuildGraph(metric, destination, _ => true), origin, destination, 30).Select(p => ToRoute(origin, p)));
        var routes = candidates
            .Where(r => r.MainCorridor != "-")
            .GroupBy(r => r.MainCorridor, StringComparer.Ordinal)
            .Select(g => g.MinBy(r => Weight(r, metric))!)
            .ToList();
        routes.Sort((a, b) => Weight(a, metric).CompareTo(Weight(b, metric)));
        return new LoadResult<IReadOnlyList<Route>>(routes, errors);
    }

    /// <summary>
    /// The <paramref name="k"/> best simple routes from <paramref name="origin"/> to
    /// <paramref name="destination"/> (ids exact) by generalised cost, best first; fewer when the
    /// network has fewer. With <paramref name="corridor"/>, only that route family's links, links
    /// labelled "access" and unlabelled links are used.
    /// </summary>
    public IReadOnlyList<Route> Best(string origin, string destination, int k, string? corridor = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        var graph = BuildGraph(RouteMetric.Cost, destination, l => corridor is null || l.Corridor is null || l.Corridor == "access" || l.Corridor == corridor);
        return [.. ShortestPaths(graph, origin, destination, k).Select(p => ToRoute(origin, p))];
    }

    /// <summary>
    /// The fastest route from <paramref name="origin"/> through each of <paramref name="via"/> in
    /// order to <paramref name="destination"/> (ids exact), or null when there is none or it would
    /// visit a node twice. A via entry is a node id, or a link id to force that link (e.g. one
    /// ferry rather than another between the same ports), travelled from its "from" node unless the
    /// route arrives at its "to" node first. Each leg is the fastest that lets the rest of the
    /// route go on without visiting a node twice (of the few fastest legs to its stop).
    /// </summary>
    public Route? Path(string origin, IReadOnlyList<string> via, string destination)
    {
        ArgumentNullException.ThrowIfNull(via);
        var found = Extend([origin], [], [.. via, destination], 0);
        return found is null ? null : Measure(found.Value.Nodes, found.Value.Links);
    }

    /// <summary>The route so far extended through <paramref name="stops"/> from <paramref name="next"/> on, or null.</summary>
    private (List<string> Nodes, List<string> Links)? Extend(List<string> nodeIds, List<string> linkIds, IReadOnlyList<string> stops, int next)
    {
        if (next == stops.Count)
        {
            return (nodeIds, linkIds);
        }

        foreach (var (nodes, links) in Legs(nodeIds, linkIds, stops[next]))
        {
            if (Extend(nodes, links, stops, next + 1) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The route so far extended to <paramref name="stop"/> (a node, or a link to travel), fastest first.</summary>
    private IEnumerable<(List<string> Nodes, List<string> Links)> Legs(List<string> nodeIds, List<string> linkIds, string stop)
    {
        if (!_network.HasLink(stop))
        {
            return nodeIds[^1] == stop ? [(nodeIds, linkIds)] : LegsTo(nodeIds, linkIds, stop);
        }

        // A link to use: in either direction if it runs both ways, whichever reaches its far end sooner.
        return LegsAlong(nodeIds, linkIds, _network.Link(stop));
    }

    /// <summary>
    /// The route so far extended along <paramref name="link"/>: first by the fastest approach to
    /// each of its ends, fastest first; only if those fail, by the slower approaches too.
    /// </summary>
    private IEnumerable<(List<string> Nodes, List<string> Links)> LegsAlong(List<string> nodeIds, List<string> linkIds, NetworkLink link)
    {
        var directions = link.Bidirectional ? new[] { (link.From, link.To), (link.To, link.From) } : [(link.From, link.To)];
        var approaches = directions.Select(d => (End: d.Item2, Ways: nodeIds[^1] == d.Item1 ? [(nodeIds, linkIds)] : LegsTo(nodeIds, linkIds, d.Item1))).ToList();
        for (int round = 0; round < 2; round++)
        {
            var candidates = new List<(List<string> Nodes, List<string> Links, double Hours)>();
            foreach (var (end, ways) in approaches)
            {
                foreach (var (nodes, links) in (round == 0 ? ways.Take(1) : ways.Skip(1)).Where(a => !a.Nodes.Contains(end)))
                {
                    List<string> withLink = [.. links, link.Id];
                    List<string> atEnd = [.. nodes, end];
                    candidates.Add((atEnd, withLink, Measure(atEnd, withLink).ExpectedHours));
                }
            }

            foreach (var c in candidates.OrderBy(c => c.Hours))
            {
                yield return (c.Nodes, c.Links);
            }
        }
    }

    /// <summary>
    /// The route so far extended by each of the few fastest paths to <paramref name="target"/> that
    /// avoid the places already passed, fastest first; the slower ones are searched for only when
    /// the caller goes on past the fastest.
    /// </summary>
    private IEnumerable<(List<string> Nodes, List<string> Links)> LegsTo(List<string> nodeIds, List<string> linkIds, string target)
    {
        string from = nodeIds[^1];
        var visited = nodeIds.Take(nodeIds.Count - 1).ToHashSet(StringComparer.Ordinal);
        var graph = BuildGraph(RouteMetric.Time, target, l => !visited.Contains(l.From) && !visited.Contains(l.To));
        var fastest = ShortestPaths(graph, from, target, 1);
        foreach (var leg in fastest.Select(p => ToRoute(from, p)))
        {
            yield return Joined(leg);
        }

        if (fastest.Count == 0)
        {
            yield break;
        }

        foreach (var leg in ShortestPaths(graph, from, target, 3).Skip(1).Select(p => ToRoute(from, p)))
        {
            yield return Joined(leg);
        }

        (List<string>, List<string>) Joined(Route leg) => (
            [.. nodeIds, .. leg.Nodes.Skip(1).Select(n => n.Id)],
            [.. linkIds, .. leg.Links.Select(l => l.Id)]);
    }

    /// <summary>The figures of the route through <paramref name="nodeIds"/> along <paramref name="linkIds"/>.</summary>
    public Route Measure(IReadOnlyList<string> nodeIds, IReadOnlyList<string> linkIds)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        ArgumentNullException.ThrowIfNull(linkIds);
        var nodes = nodeIds.Select(_network.Node).ToList();
        var links = linkIds.Select(_network.Link).ToList();
        double distance = links.Sum(l => l.DistanceKm);
        double hours = _timing.RouteHours(nodes, links);
        double money = links.Sum(l => l.MoneyUsdPerTeu) + nodes.Sum(n => n.ChargeUsdPerTeu);
        double co2 = links.Sum(l => l.DistanceKm * _network.Co2KgPerTeuKm(l));
        return new Route(nodes, links, distance, hours, money, (hours * _network.Defaults.ValueOfTimeUsdPerTeuHour) + money, co2);
    }

    private string? Resolve(string id, string option, List<InputError> errors)
    {
        var match = _network.Nodes.FirstOrDefault(n => string.Equals(n.Id, id, StringComparison.OrdinalIgnoreCase))
            ?? _network.Nodes.FirstOrDefault(n => string.Equals(n.Id.Replace("-", string.Empty, StringComparison.Ordinal), id.Replace("-", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
        if (match is not null)
        {
            return match.Id;
        }

        errors.Add(new InputError(Arguments, option, $"unknown node \"{id}\".", DidYouMean.Hint(id, _network.Nodes.Select(n => n.Id).ToList(), "node ids of the network")));
        return null;
    }

    private static List<YenShortestPathsAlgorithm<string>.SortedPath> ShortestPaths(AdjacencyGraph<string, EquatableTaggedEdge<string, double>> graph, string origin, string destination, int k)
    {
        try
        {
            return new YenShortestPathsAlgorithm<string>(graph, NodeVertex(origin), NodeVertex(destination), k).Execute().ToList();
        }
        catch (QuikGraph.NoPathFoundException)
        {
            return [];
        }
    }

    private static double Weight(Route route, RouteMetric metric) => metric switch
    {
        RouteMetric.Distance => route.DistanceKm,
        RouteMetric.Time => route.ExpectedHours,
        _ => route.CostUsdPerTeu,
    };

    /// <summary>The graph of the links <paramref name="include"/> keeps; the time of <paramref name="destination"/> is added on the way into it.</summary>
    private AdjacencyGraph<string, EquatableTaggedEdge<string, double>> BuildGraph(RouteMetric metric, string destination, Func<NetworkLink, bool> include)
    {
        var graph = new AdjacencyGraph<string, EquatableTaggedEdge<string, double>>();
        foreach (var node in _network.Nodes)
        {
            graph.AddVertex(NodeVertex(node.Id));
        }

        foreach (var link in _network.Links.Where(include))
        {
            AddDirection(graph, link, link.From, link.To, "f", metric, destination);
            if (link.Bidirectional)
            {
                AddDirection(graph, link, link.To, link.From, "r", metric, destination);
            }
        }

        return graph;
    }

    private void AddDirection(AdjacencyGraph<string, EquatableTaggedEdge<string, double>> graph, NetworkLink link, string from, string to, string direction, RouteMetric metric, string destination)
    {
        // The node left and the link as RouteTiming counts them; the destination's time on the way in.
        var source = _network.Node(from);
        var target = _network.Node(to);
        bool reverse = direction == "r";
        double hours = _timing.NodeHours(source, reverse) + _timing.LinkHours(link, source);
        double charges = source.ChargeUsdPerTeu + link.MoneyUsdPerTeu;
        if (to == destination)
        {
            hours += _timing.NodeHours(target, reverse);
            charges += target.ChargeUsdPerTeu;
        }

        double weight = metric switch
        {
            RouteMetric.Distance => link.DistanceKm,
            RouteMetric.Time => hours,
            _ => (hours * _network.Defaults.ValueOfTimeUsdPerTeuHour) + charges,
        };
        string middle = $"l:{link.Id}:{direction}";
        graph.AddVertex(middle);
        graph.AddEdge(new EquatableTaggedEdge<string, double>(NodeVertex(from), middle, weight));
        graph.AddEdge(new EquatableTaggedEdge<string, double>(middle, NodeVertex(to), 0.0));
    }

    private Route ToRoute(string origin, YenShortestPathsAlgorithm<string>.SortedPath path)
    {
        var nodeIds = new List<string> { origin };
        var linkIds = new List<string>();
        foreach (var edge in path)
        {
            if (edge.Target.StartsWith("n:", StringComparison.Ordinal))
            {
                nodeIds.Add(edge.Target[2..]);
            }
            else
            {
                linkIds.Add(edge.Target[2..edge.Target.LastIndexOf(':')]);
            }
        }

        return Measure(nodeIds, linkIds);
    }

    private static string NodeVertex(string id) => "n:" + id;
}
