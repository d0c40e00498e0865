using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Disruptions;
using CorridorSim.Model.Links;
using CorridorSim.Model.Network;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Routing;
using CorridorSim.Scenarios;

namespace CorridorSim.Model.Corridor;

/// <summary>
/// Builds a scenario's network into kernel components and runs it. Each node on any stream's
/// route becomes a chain — handling station (servers, finite yard) → throughput ceiling (TEU per
/// day) → dwell (borders, customs) → router — shared by every stream that passes; each link
/// direction used becomes a train service (consolidation when it has a capacity and a longest
/// wait or a timetable) or a plain travel delay, and each ferry or sea link with a fleet one
/// vessel service for both directions, closed by its sea area's storms. Trains are made up at origins, terminals, ports and gauge changes; at junctions and
/// borders they run through, so a rail link leaving one dispatches the arriving train at once
/// instead of waiting to fill it (unless the link has a timetable). A train clears a dwell
/// (border, customs) as a whole: containers arriving together share one draw, from the node's
/// priority dwell for the block trains of priority streams. Containers carry their lane in
/// their tag — their stream, or for a stream with several routes the route a
/// <see cref="RouteChooser"/> drew for their shipment (<see cref="RouteLanes"/>) — and routers
/// send them along their own route; a <see cref="PassageLog"/> times their passage through
/// nodes and sections. A node's <see cref="Yard"/> (its yardCapacityTeu, or
/// the network's yardDays of its daily capacity) bounds what it holds; a full yard, a train
/// service's full origin buffer (as large as the yard it leaves from, or one train load at a node
/// without one) or a border blocked downstream refuses, so trains hold their wagons, vessels wait
/// at anchor, and in the end the origins hold their containers in a backlog. A vessel service's
/// port queue is bounded by loading restrictions instead: each stream's <see cref="AdmissionGate"/>
/// lets a box bound for it set off only with room booked at the port (<see cref="VesselServices.Restrict"/>).
/// </summary>
public sealed class CorridorModel
{
    /// <summary>Trains available on a consolidating rail link where storage is unbounded: enough never to be the limit (line slots and rolling-stock pools are).</summary>
    private const int TrainPool = 400;

    private readonly Dictionary<string, (ICargoReceiver Entry, Router Router)> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ICargoReceiver> _links = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Destination> _destinations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<IClosable>> _closables = new(StringComparer.Ordinal);
    private readonly VesselServices _vessels;
    private readonly bool[] _priorityStreams;
    private readonly Dictionary<string, int> _nodeIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<NetworkLink, int> _linkIndex = [];
    private readonly PlannedTraffic? _traffic;
    private readonly Dictionary<string, RollingStockPool> _pools = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool[]> _reverseStreams = new(StringComparer.Ordinal);

    /// <summary>Builds the model of <paramref name="scenario"/>; <paramref name="seed"/> overrides the scenario's seed.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="seed">Run seed; the scenario's when null.</param>
    /// <param name="routes">Each stream's route as <see cref="PlanRoutes"/> gives them, to share among replications of the same scenario (found here when null).</param>
    public CorridorModel(Scenario scenario, ulong? seed = null, IReadOnlyList<Route>? routes = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Scenario = scenario;
        Seed = seed ?? scenario.Seed;
        Simulation = new Simulation(Seed);
        var network = scenario.Network;
        // A vessel service's port queue is held to the port's yard by loading restrictions at the
        // origins, not by refusing: a fleet sailing both ways would gridlock, its vessels unable to
        // discharge into a port full of cargo waiting for them.
        _vessels = new VesselServices(Simulation, network);
        Lanes = new RouteLanes(scenario);
        _priorityStreams = [.. Enumerable.Range(0, Lanes.Count).Select(lane => scenario.Streams[Lanes.StreamOf(lane)].Priority)];
        for (int i = 0; i < network.Nodes.Count; i++)
        {
            _nodeIndex[network.Nodes[i].Id] = i;
        }

        for (int i = 0; i < network.Links.Count; i++)
        {
            _linkIndex[network.Links[i]] = i;
        }

        Passages = new PassageLog(Simulation, "passages", network.Nodes.Count, 2 * network.Links.Count, _priorityStreams);

        routes ??= PlanRoutes(scenario);
        if (routes.Count != Lanes.Count)
        {
            throw new ArgumentException("One route per lane (route of a stream) is needed.", nameof(routes));
        }

        _traffic = network.Defaults.YardDays is null ? null : new PlannedTraffic(scenario, routes, Lanes);

        var sources = new List<DemandSource>();
        var choosers = new List<RouteChooser?>();
        for (int s = 0; s < scenario.Streams.Count; s++)
        {
            var stream = scenario.Streams[s];
            var route = routes[s];
            var source = new DemandSource(Simulation, $"demand:{stream.Id}", s, stream.ContainersPerYear / SimCalendar.HoursPerYear, stream.Seasonality, stream.ContainersPerShipment, stream.FeuShare, stream.Arrivals == ArrivalPattern.Scheduled)
            {
                MaxBacklogTeu = stream.MaxBacklogTeu,
            };
            sources.Add(source);
            var lanes = Lanes.LanesOf(s);
            var chooser = lanes.Count > 1 ? RouteChoosers.For(Simulation, stream, lanes, routes, network.Defaults.ValueOfTimeUsdPerTeuHour) : null;
            var gate = new AdmissionGate(Simulation.Cargo, NodeEntry(route.Nodes[0]));
            for (int r = 0; r < lanes.Count; r++)
            {
                BuildLane(lanes[r], routes[lanes[r]], chooser, r, gate);
            }

            // Source → route chooser (tags the lane) → loading restrictions, if any lane has them → origin.
            ICargoReceiver origin = gate.Restricts ? gate : NodeEntry(route.Nodes[0]);
            if (chooser is not null)
            {
                chooser.Next = origin;
                chooser.Admission = gate.Restricts ? gate : null;
                origin = chooser;
            }

            source.Next = origin;
            choosers.Add(chooser);
        }

        Routes = routes;
        Sources = sources;
        Choosers = choosers;
        for (int c = 0; c < scenario.Closures.Count; c++)
        {
            // A closure of a node or link no stream uses changes nothing.
            var closure = scenario.Closures[c];
            foreach (var target in _closables.GetValueOrDefault(closure.Target) ?? [])
            {
                double start = (scenario.WarmUpDays + closure.StartDay) * 24.0;
                double end = (scenario.WarmUpDays + closure.EndDay) * 24.0;
                _ = new ScheduledClosures(Simulation, $"closure:{c}:{closure.Target}:{((Component)target).Id}", target, [new ClosureWindow(start, end)]);
            }
        }
    }

    /// <summary>
    /// Each lane's route through the scenario's network, in lane order (<see cref="RouteLanes"/>:
    /// each stream's first route in stream order, then the further routes of streams with
    /// several): the part of a model that does not change between replications, found once and
    /// shared by them (routes are immutable).
    /// </summary>
    public static IReadOnlyList<Route> PlanRoutes(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        // Each stream's routes are measured for one of its shipments: the planning estimates its route choice starts from.
        var perStream = scenario.Streams.Select(stream => RouteLanes.RoutesOf(new RouteFinder(scenario.Network, PlanningLoad.Of(stream)), stream)).ToList();
        return [.. perStream.Select(r => r[0]), .. perStream.SelectMany(r => r.Skip(1))];
    }

    /// <summary>The scenario being run.</summary>
    public Scenario Scenario { get; }

    /// <summary>The seed of this run.</summary>
    public ulong Seed { get; }

    /// <summary>The kernel with every component.</summary>
    public Simulation Simulation { get; }

    /// <summary>Each lane's route, in lane order: route <c>Routes[s]</c> is stream s's first (or only) route.</summary>
    public IReadOnlyList<Route> Routes { get; }

    /// <summary>How the streams' routes are numbered as lanes.</summary>
    public RouteLanes Lanes { get; }

    /// <summary>Each stream's demand source, in stream order.</summary>
    public IReadOnlyList<DemandSource> Sources { get; }

    /// <summary>Each stream's route chooser, in stream order; null for a stream with one route.</summary>
    public IReadOnlyList<RouteChooser?> Choosers { get; }

    /// <summary>The destination components by node id.</summary>
    public IReadOnlyDictionary<string, Destination> Destinations => _destinations;

    /// <summary>Node, crossing and section times of every container (CAREC CPMM indicators).</summary>
    public PassageLog Passages { get; }

    /// <summary>Index of node <paramref name="id"/> in the log: its position in the network's node list.</summary>
    public int NodeIndexOf(string id) => _nodeIndex[id];

    /// <summary>Index of <paramref name="link"/> in the log, one per direction.</summary>
    public int SectionOf(NetworkLink link, bool forward) => (2 * _linkIndex[link]) + (forward ? 0 : 1);

    /// <summary>Runs the warm-up, resets statistics, runs the measured years and checks cargo conservation.</summary>
    public void Run()
    {
        double warmUp = Scenario.WarmUpDays * 24.0;
        Simulation.Run(new SimTime(warmUp));
        Simulation.ResetStatistics();
        Simulation.Run(new SimTime(warmUp + (Scenario.Years * SimCalendar.HoursPerYear)));
        Simulation.CheckCargoConservation();
    }

    /// <summary>Builds the nodes and links of lane <paramref name="lane"/>, route <paramref name="r"/> of its stream, and declares it to the passage log.</summary>
    private void BuildLane(int lane, Route route, RouteChooser? chooser, int r, AdmissionGate gate)
    {
        for (int i = 0; i < route.Links.Count; i++)
        {
            var link = route.Links[i];
            var from = route.Nodes[i];
            var to = route.Nodes[i + 1];
            var service = LinkEntry(link, from, NodeEntry(to));
            _nodes[from.Id].Router.Route(lane, service);
            if (service is VesselServiceDirection port)
            {
                VesselServices.Restrict(gate, lane, port, route, i, PlanningLoad.Of(Scenario.Streams[Lanes.StreamOf(lane)]));
            }

            if (link.From != from.Id)
            {
                // Against the link's written direction: its dwell at the node it leaves, and at the destination it reaches.
                MarkReverse(from.Id, lane);
                if (i == route.Links.Count - 1)
                {
                    MarkReverse(to.Id, lane);
                }
            }
        }

        Passages.SetRoute(
            lane,
            [.. route.Nodes.Select(n => _nodeIndex[n.Id])],
            [.. route.Links.Select((l, i) => SectionOf(l, forward: l.From == route.Nodes[i].Id))],
            [.. route.Nodes.Select(n => n.Kind == NodeKind.Border)],
            [.. route.Nodes.Select((n, i) => n.Kind == NodeKind.Border && i + 1 < route.Nodes.Count && route.Nodes[i + 1].Kind == NodeKind.GaugeChange)]);
        var last = route.Nodes[^1];
        if (!_destinations.TryGetValue(last.Id, out var destination))
        {
            destination = new Destination(Simulation, $"destination:{last.Id}");
            _destinations[last.Id] = destination;
        }

        _nodes[last.Id].Router.Route(lane, chooser?.Deliveries(r, destination) ?? destination);
    }

    private ICargoReceiver NodeEntry(NetworkNode node)
    {
        if (_nodes.TryGetValue(node.Id, out var built))
        {
            return built.Entry;
        }

        var router = new Router(Simulation, $"node:{node.Id}:router");
        int index = _nodeIndex[node.Id];
        ICargoReceiver entry = router;
        var yard = StorageLimits.YardTeu(node, Scenario.Network.Defaults) is int yardTeu ? new Yard(Simulation, $"node:{node.Id}:yard", yardTeu) : null;
        if (yard is not null)
        {
            entry = yard.ExitTo(entry);
        }

        var category = node.Kind switch
        {
            NodeKind.Border => TimeCategory.Border,
            NodeKind.GaugeChange => TimeCategory.GaugeChange,
            _ => TimeCategory.Handling,
        };
        if (node.DwellHours is not null || node.ReverseDwellHours is not null)
        {
            bool[] reverse = new bool[_priorityStreams.Length];
            if (node.ReverseDwellHours is not null)
            {
                _reverseStreams[node.Id] = reverse;
            }

            // A node may hold only the cargo travelling against the links: the others pass in no time.
            entry = Closable(node.Id, new Delay(Simulation, $"node:{node.Id}:dwell", node.DwellHours?.Create() ?? new Deterministic(0.0), category)
            {
                Next = entry,
                SharedByArrival = true,
                PriorityDuration = node.PriorityDwellHours?.Create(),
                PriorityStreams = _priorityStreams,
                ReverseDuration = node.ReverseDwellHours?.Create(),
                ReverseStreams = reverse,

                // Trains queue on the line before a border that cannot pass them on.
                RefusesWhenBlocked = true,
            });
        }

        if (node.CapacityTeuPerDay is double perDay)
        {
            // Daily capacity (a gauge change's transshipment, a port's container throughput) as a
            // ceiling on TEU per day: a day's capacity may pass at once, more waits its turn.
            entry = Closable(node.Id, new ThroughputLimit(Simulation, $"node:{node.Id}:capacity", perDay / 24.0, Math.Max(2.0, perDay)) { Next = entry });
        }

        if (node.Servers is int servers && node.HandlingHoursPerTeu is not null)
        {
            // A box's handling takes the per-TEU time × its TEU, so one stream's container mix never
            // resizes what another stream meets; the yard around the node bounds its queue.
            entry = Closable(node.Id, new Station(Simulation, $"node:{node.Id}:handling", servers, node.HandlingHoursPerTeu.Create(), int.MaxValue, category) { Next = entry, SizedByTeu = true });
        }

        if (yard is not null)
        {
            // A full yard refuses: the train or vessel delivering here waits, a demand source keeps the box in its backlog.
            yard.Next = entry;
            entry = yard;
        }

        entry = Passages.Node(index, entry, router, endsCrossings: node.Kind is NodeKind.Border or NodeKind.GaugeChange);
        _nodes[node.Id] = (entry, router);
        return entry;
    }

    private ICargoReceiver LinkEntry(NetworkLink link, NetworkNode from, ICargoReceiver next)
    {
        bool forward = link.From == from.Id;
        string key = $"link:{link.Id}:{(forward ? "f" : "r")}";
        if (_links.TryGetValue(key, out var built))
        {
            return built;
        }

        Distribution moving = link.CrossingHours?.Create() ?? new Deterministic(link.MovingHours);
        ICargoReceiver service;
        if (VesselServices.Serves(link))
        {
            // One fleet serves both directions; the service is closable once, as a whole.
            service = _vessels.Direction(link, forward, next, out var vessels);
            if (vessels is not null)
            {
                Closable(link.Id, vessels);
            }
        }
        else if (link.Mode == TransportMode.Rail && link.TrainCapacityTeu is int trainTeu && (link.MaxWaitHours is not null || link.Timetable is not null))
        {
            double maxWait = link.MaxWaitHours ?? 0.0;
            int capacity = Math.Max(2, trainTeu);
            bool through = from.Kind is NodeKind.Junction or NodeKind.Border && link.Timetable is null;

            // Line slots: departures of each direction at least 24 h ÷ trainsPerDay apart. Rolling
            // stock comes from the link's pool, if it names one, shared with the pool's other links.
            // Where storage is bounded, the line gets the trains its planned traffic needs, with room
            // to spare, so that trains held at a full terminal do not pile up on it without end.
            int trains = _traffic?.Trains(link, forward, trainTeu, moving.Mean) ?? TrainPool;
            service = new BatchCarrierService(Simulation, key, trains, capacity, SimDuration.FromHours(through ? 0.0 : maxWait), moving, moving, bufferCapacity: StorageLimits.OriginBufferTeu(from, capacity, Scenario.Network.Defaults), clock: MaxWaitClock.FromFirstBoarding, timetable: link.Timetable)
            {
                Next = next,
                SizedByTeu = true,
                MinimumHeadway = SimDuration.FromHours(link.TrainsPerDay is double perDay ? 24.0 / perDay : 0.0),
                RollingStock = link.RollingStock is string pool ? Pool(pool) : null,
            };
        }
        else
        {
            // Nothing more sets off while the far end holds what arrived back.
            service = new Delay(Simulation, key, moving) { Next = next, SharedByArrival = true, RefusesWhenBlocked = true };
        }

        _links[key] = service;
        if (service is IClosable closable)
        {
            Closable(link.Id, closable);
        }

        return service;
    }


    private RollingStockPool Pool(string id)
    {
        if (!_pools.TryGetValue(id, out var pool))
        {
            var spec = Scenario.Network.Pool(id);
            pool = new RollingStockPool(Simulation, $"rollingStock:{id}", spec.TrainSets, spec.Platforms, spec.TeuPerPlatform, spec.TurnaroundHours);
            _pools[id] = pool;
        }

        return pool;
    }

    private void MarkReverse(string nodeId, int stream)
    {
        if (_reverseStreams.TryGetValue(nodeId, out var reverse))
        {
            reverse[stream] = true;
        }
    }

    private T Closable<T>(string id, T component)
        where T : IClosable
    {
        if (!_closables.TryGetValue(id, out var list))
        {
            list = [];
            _closables[id] = list;
        }

        list.Add(component);
        return component;
    }
}
