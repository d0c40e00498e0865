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
/// direction used becomes a train or vessel service (consolidation when it has a capacity and a
/// longest wait or a timetable, a fleet and weather closures for vessels) or a plain travel
/// delay. Trains are made up at origins, terminals, ports and gauge changes; at junctions and
/// borders they run through, so a rail link leaving one dispatches the arriving train at once
/// instead of waiting to fill it (unless the link has a timetable). A train clears a dwell
/// (border, customs) as a whole: containers arriving together share one draw, from the node's
/// priority dwell for the block trains of priority streams. Containers carry their stream in
/// their tag, and routers send them along their own route; a <see cref="PassageLog"/> times
/// their passage through nodes and sections.
/// </summary>
public sealed class CorridorModel
{
    /// <summary>Trains available on a consolidating rail link: enough never to be the limit (line slots and rolling-stock pools are).</summary>
    private const int TrainPool = 400;

    private readonly Dictionary<string, (ICargoReceiver Entry, Router Router)> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ICargoReceiver> _links = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Destination> _destinations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<IClosable>> _closables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ClosableGroup> _weather = new(StringComparer.Ordinal);
    private readonly bool[] _priorityStreams;
    private readonly Dictionary<string, int> _nodeIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<NetworkLink, int> _linkIndex = [];
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
        _priorityStreams = scenario.Streams.Select(s => s.Priority).ToArray();
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
        if (routes.Count != scenario.Streams.Count)
        {
            throw new ArgumentException("One route per stream is needed.", nameof(routes));
        }

        var sources = new List<DemandSource>();
        for (int s = 0; s < scenario.Streams.Count; s++)
        {
            var stream = scenario.Streams[s];
            var route = routes[s];
            var source = new DemandSource(Simulation, $"demand:{stream.Id}", s, stream.ContainersPerYear / SimCalendar.HoursPerYear, stream.Seasonality, stream.ContainersPerShipment, stream.FeuShare, stream.Arrivals == ArrivalPattern.Scheduled)
            {
                Next = NodeEntry(route.Nodes[0]),
            };
            sources.Add(source);
            for (int i = 0; i < route.Links.Count; i++)
            {
                var link = route.Links[i];
                var from = route.Nodes[i];
                var to = route.Nodes[i + 1];
                var service = LinkEntry(link, from, NodeEntry(to));
                _nodes[from.Id].Router.Route(s, service);
                if (link.From != from.Id)
                {
                    // Against the link's written direction: its dwell at the node it leaves, and at the destination it reaches.
                    MarkReverse(from.Id, s);
                    if (i == route.Links.Count - 1)
                    {
                        MarkReverse(to.Id, s);
                    }
                }
            }

            Passages.SetRoute(
                s,
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

            _nodes[last.Id].Router.Route(s, destination);
        }

        Routes = routes;
        Sources = sources;
        foreach (var closure in scenario.Closures)
        {
            // A closure of a node or link no stream uses changes nothing.
            foreach (var target in _closables.GetValueOrDefault(closure.Target) ?? [])
            {
                double start = (scenario.WarmUpDays + closure.StartDay) * 24.0;
                double end = (scenario.WarmUpDays + closure.EndDay) * 24.0;
                _ = new ScheduledClosures(Simulation, $"closure:{closure.Target}:{start}:{((Component)target).Id}", target, [new ClosureWindow(start, end)]);
            }
        }
    }

    /// <summary>
    /// Each stream's route through the scenario's network, in stream order: the part of a model
    /// that does not change between replications, found once and shared by them (routes are
    /// immutable).
    /// </summary>
    public static IReadOnlyList<Route> PlanRoutes(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var finder = new RouteFinder(scenario.Network);
        return [.. scenario.Streams.Select(stream => finder.Path(stream.Origin, stream.Via, stream.Destination)
            ?? throw new InvalidOperationException($"Stream '{stream.Id}' has no route; the scenario loader should have refused it."))];
    }

    /// <summary>The scenario being run.</summary>
    public Scenario Scenario { get; }

    /// <summary>The seed of this run.</summary>
    public ulong Seed { get; }

    /// <summary>The kernel with every component.</summary>
    public Simulation Simulation { get; }

    /// <summary>Each stream's route, in stream order.</summary>
    public IReadOnlyList<Route> Routes { get; }

    /// <summary>Each stream's demand source, in stream order.</summary>
    public IReadOnlyList<DemandSource> Sources { get; }

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

    private ICargoReceiver NodeEntry(NetworkNode node)
    {
        if (_nodes.TryGetValue(node.Id, out var built))
        {
            return built.Entry;
        }

        var router = new Router(Simulation, $"node:{node.Id}:router");
        int index = _nodeIndex[node.Id];
        ICargoReceiver entry = Passages.Exit(index, router);
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
            // A finite yard holds the containers waiting for handling; when it is full, the train
            // or vessel delivering here waits (blocking), and a demand source there loses the box.
            // The yard holds TEU and a container's handling takes the per-TEU time × its TEU, so one
            // stream's container mix never resizes what another stream meets.
            int yard = node.YardCapacityTeu is int teu ? Math.Max(2, teu) : int.MaxValue;
            entry = Closable(node.Id, new Station(Simulation, $"node:{node.Id}:handling", servers, node.HandlingHoursPerTeu.Create(), yard, category) { Next = entry, SizedByTeu = true });
        }

        entry = Passages.Arrival(index, entry);
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
        if (link.Mode is TransportMode.Ferry or TransportMode.Sea && link.Fleet is int fleet && link.VesselCapacityTeu is int vesselTeu)
        {
            var carriers = new BatchCarrierService(
                Simulation,
                key,
                fleet,
                Math.Max(2, vesselTeu),
                SimDuration.FromHours(link.MaxWaitHours ?? 0.0),
                moving,
                link.ReturnHours?.Create() ?? moving,
                link.UnloadingHours?.Create(),
                clock: MaxWaitClock.FromFirstBoarding,
                timetable: link.Timetable,
                loading: link.LoadingHours?.Create()) { Next = next, SizedByTeu = true };
            if (link.Weather is WeatherSpec weather)
            {
                // One storm process per link: it closes both directions at once.
                if (!_weather.TryGetValue(link.Id, out var group))
                {
                    group = new ClosableGroup();
                    _weather[link.Id] = group;
                    _ = new SeasonalClosures(Simulation, $"weather:link:{link.Id}", group, weather.ClosuresPerMonth, weather.DurationHours.Create());
                }

                group.Add(carriers);
            }

            service = carriers;
        }
        else if (link.Mode == TransportMode.Rail && link.TrainCapacityTeu is int trainTeu && (link.MaxWaitHours is not null || link.Timetable is not null))
        {
            double maxWait = link.MaxWaitHours ?? 0.0;
            int capacity = Math.Max(2, trainTeu);
            bool through = from.Kind is NodeKind.Junction or NodeKind.Border && link.Timetable is null;

            // Line slots: departures of each direction at least 24 h ÷ trainsPerDay apart. Rolling
            // stock comes from the link's pool, if it names one, shared with the pool's other links.
            service = new BatchCarrierService(Simulation, key, TrainPool, capacity, SimDuration.FromHours(through ? 0.0 : maxWait), moving, moving, clock: MaxWaitClock.FromFirstBoarding, timetable: link.Timetable)
            {
                Next = next,
                SizedByTeu = true,
                MinimumHeadway = SimDuration.FromHours(link.TrainsPerDay is double perDay ? 24.0 / perDay : 0.0),
                RollingStock = link.RollingStock is string pool ? Pool(pool) : null,
            };
        }
        else
        {
            service = new Delay(Simulation, key, moving) { Next = next, SharedByArrival = true };
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
