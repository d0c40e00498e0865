using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Nodes;

namespace CorridorSim.Model.Corridor;

/// <summary>
/// Times every container's passage through the corridor's nodes and sections, for the CAREC CPMM
/// indicators: hours to clear each border crossing (from
/// arrival at the border node to leaving it, or to leaving the gauge change straight after it,
/// as CPMM counts the gauge change in the crossing), and per section — a link with the node it
/// leaves from — the hours from arrival at that node to arrival at the next, and the hours moving
/// among them. Priority and ordinary containers are kept apart. Each node is logged through <see cref="Node"/>.
/// </summary>
public sealed class PassageLog : Component
{
    private readonly CargoPool _cargo;
    private readonly int _nodes;

    // Per stream and node (stream × nodes + node), what a passage there needs, in one place.
    private readonly Stop[] _stops;
    private readonly double[] _crossingHours;
    private readonly long[] _crossingCount;
    private readonly double[] _sectionHours;
    private readonly double[] _sectionMoving;
    private readonly long[] _sectionCount;

    // One entry per container id, its fields side by side: a passage reads and writes them
    // together. Pinned, so a carrier unloading a block of units has them fetched ahead with the
    // units' rows of the cargo pool (CargoPool.PrefetchAlso).
    private Passage[] _passages = GC.AllocateArray<Passage>(256, pinned: true);

    /// <summary>Creates an empty log.</summary>
    /// <param name="simulation">The owning simulation.</param>
    /// <param name="id">Unique component id.</param>
    /// <param name="nodeCount">Nodes, indexed 0 … n − 1.</param>
    /// <param name="sectionCount">Sections, indexed 0 … m − 1.</param>
    /// <param name="priorityStreams">Per stream index, whether it is a priority stream.</param>
    public PassageLog(Simulation simulation, string id, int nodeCount, int sectionCount, IReadOnlyList<bool> priorityStreams)
        : base(simulation, id)
    {
        ArgumentNullException.ThrowIfNull(priorityStreams);
        _cargo = simulation.Cargo;
        _cargo.PrefetchAlso(_passages);
        _nodes = nodeCount;
        _stops = new Stop[priorityStreams.Count * nodeCount];
        for (int stream = 0; stream < priorityStreams.Count; stream++)
        {
            for (int node = 0; node < nodeCount; node++)
            {
                _stops[(stream * nodeCount) + node] = new Stop(Position: -1, Section: -1, priorityStreams[stream] ? 1 : 0, Border: false, CrossingRunsOn: false);
            }
        }
        _crossingHours = new double[nodeCount * 2];
        _crossingCount = new long[nodeCount * 2];
        _sectionHours = new double[sectionCount * 2];
        _sectionMoving = new double[sectionCount * 2];
        _sectionCount = new long[sectionCount * 2];
    }

    /// <inheritdoc />
    public override int CargoCount => 0;

    /// <summary>Declares a stream's route.</summary>
    /// <param name="stream">Stream index.</param>
    /// <param name="nodes">Node indexes from origin to destination.</param>
    /// <param name="sectionInto">For each route position after the first, the section that leads into it.</param>
    /// <param name="borders">For each route position, whether the node is a border crossing.</param>
    /// <param name="crossingRunsOn">For each route position, whether a crossing begun at or before it goes on into the next node (a border followed by its gauge change).</param>
    public void SetRoute(int stream, IReadOnlyList<int> nodes, IReadOnlyList<int> sectionInto, IReadOnlyList<bool> borders, IReadOnlyList<bool> crossingRunsOn)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(sectionInto);
        ArgumentNullException.ThrowIfNull(borders);
        ArgumentNullException.ThrowIfNull(crossingRunsOn);
        for (int node = 0; node < _nodes; node++)
        {
            _stops[(stream * _nodes) + node] = _stops[(stream * _nodes) + node] with { Position = -1, Section = -1, Border = false, CrossingRunsOn = false };
        }

        for (int k = 0; k < nodes.Count; k++)
        {
            ref var stop = ref _stops[(stream * _nodes) + nodes[k]];
            stop = stop with { Position = k, Section = k == 0 ? -1 : sectionInto[k - 1], Border = borders[k], CrossingRunsOn = crossingRunsOn[k] };
        }
    }

    /// <summary>
    /// Logs the passages through <paramref name="node"/>, whose components run from
    /// <paramref name="entry"/> to <paramref name="router"/>, its end: the returned receiver, the
    /// node's entry, logs each container's arrival, and where a crossing may end
    /// (<paramref name="endsCrossings"/>: a border or a gauge change) the router logs its leaving.
    /// A node that holds nothing (its entry is the router) logs both in one step.
    /// </summary>
    public ICargoReceiver Node(int node, ICargoReceiver entry, Router router, bool endsCrossings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(router);
        bool holdsNothing = ReferenceEquals(entry, router);
        if (holdsNothing || endsCrossings)
        {
            router.LogPassages(this, node, arrival: holdsNothing, departure: endsCrossings);
        }

        return holdsNothing ? router : new ArrivalRecorder(this, node, entry);
    }

    /// <summary>Crossings that began at border <paramref name="node"/> and ended, and their mean hours.</summary>
    public (long Containers, double MeanHours) Crossing(int node, bool priority) => Mean(_crossingCount, _crossingHours, (2 * node) + (priority ? 1 : 0));

    /// <summary>Crossings that began at border <paramref name="node"/> and ended, ordinary and priority together, and their mean hours.</summary>
    public (long Containers, double MeanHours) Crossing(int node)
    {
        long n = _crossingCount[2 * node] + _crossingCount[(2 * node) + 1];
        return n == 0 ? (0, double.NaN) : (n, (_crossingHours[2 * node] + _crossingHours[(2 * node) + 1]) / n);
    }

    /// <summary>Containers that completed <paramref name="section"/>, their mean hours and mean hours moving.</summary>
    public (long Containers, double MeanHours, double MeanMovingHours) Section(int section, bool priority)
    {
        int i = (2 * section) + (priority ? 1 : 0);
        long n = _sectionCount[i];
        return n == 0 ? (0, double.NaN, double.NaN) : (n, _sectionHours[i] / n, _sectionMoving[i] / n);
    }

    /// <inheritdoc />
    protected internal override void OnEvent(int kind, int argument) =>
        throw new InvalidOperationException($"'{Id}' schedules no events.");

    /// <inheritdoc />
    protected internal override void ResetStatistics()
    {
        Array.Clear(_crossingHours);
        Array.Clear(_crossingCount);
        Array.Clear(_sectionHours);
        Array.Clear(_sectionMoving);
        Array.Clear(_sectionCount);
    }

    private static (long, double) Mean(long[] counts, double[] sums, int i) =>
        counts[i] == 0 ? (0, double.NaN) : (counts[i], sums[i] / counts[i]);

    /// <summary>
    /// Offers <paramref name="cargo"/>, of <paramref name="stream"/>, arriving at <paramref name="node"/>, to
    /// <paramref name="next"/>; when taken, logs the arrival (the section into the node ends) and,
    /// with <paramref name="leaving"/> (a node that holds nothing), its leaving at once.
    /// </summary>
    internal bool Arrive(int node, int cargo, int stream, bool leaving, ICargoReceiver next)
    {
        EnsureRoom(cargo);
        double now = Simulation.NowHours;
        ref readonly var stop = ref _stops[(stream * _nodes) + node];
        if (stop.Position < 0)
        {
            WiringFaults.NotOnRoute(Id, node, cargo);
        }

        // The passage so far, kept to restore on a refusal; the new one is built in locals and
        // stored field by field, not read back from the slot just written.
        var before = _passages[cargo];
        double crossingSince = stop.Position == 0 ? double.NaN : before.CrossingSince;
        int crossingNode = before.CrossingNode;
        if (stop.Border && double.IsNaN(crossingSince))
        {
            crossingSince = now;
            crossingNode = node;
        }

        double moving = _cargo.TimeIn(cargo, TimeCategory.Moving);

        // Set before the offer: a node without components hands the container straight to its exit.
        // Field by field: a whole passage built on the stack and copied would be read back in one
        // wide load from narrower stores, which the processor cannot forward, and stall.
        ref var slot = ref _passages[cargo];
        slot.ArrivedAt = now;
        slot.MovingAtArrival = moving;
        slot.CrossingSince = crossingSince;
        slot.CrossingNode = crossingNode;
        slot.Class = (byte)stop.Class;
        slot.CrossingRunsOn = stop.CrossingRunsOn;
        if (!next.TryAccept(cargo))
        {
            // Indexed afresh: the offer may have grown the array.
            _passages[cargo] = before;
            return false;
        }

        if (leaving)
        {
            Left(cargo, new Passage(now, moving, crossingSince, crossingNode, (byte)stop.Class, stop.CrossingRunsOn));
        }

        if (stop.Position > 0)
        {
            // The section into this node ends: hours since reaching the previous node, and hours moving meanwhile.
            int i = (2 * stop.Section) + stop.Class;
            _sectionHours[i] += now - before.ArrivedAt;
            _sectionMoving[i] += moving - before.MovingAtArrival;
            _sectionCount[i]++;
        }

        return true;
    }

    internal bool Leave(int cargo, ICargoReceiver next)
    {
        // Read before the offer: a destination releases the id inside TryAccept, a source may reuse it.
        var passage = _passages[cargo];
        if (!next.TryAccept(cargo))
        {
            return false;
        }

        Left(cargo, passage);
        return true;
    }

    /// <summary>The container left a node, reached with <paramref name="passage"/>: the end of a crossing that ends there.</summary>
    private void Left(int cargo, in Passage passage)
    {
        if (!double.IsNaN(passage.CrossingSince) && !passage.CrossingRunsOn)
        {
            int i = (2 * passage.CrossingNode) + passage.Class;
            _crossingHours[i] += Simulation.NowHours - passage.CrossingSince;
            _crossingCount[i]++;
            _passages[cargo].CrossingSince = double.NaN;
        }
    }

    private void EnsureRoom(int cargo)
    {
        if (cargo < _passages.Length)
        {
            return;
        }

        var grown = GC.AllocateArray<Passage>(Math.Max(cargo + 1, _passages.Length * 2), pinned: true);
        _passages.CopyTo(grown, 0);
        _passages = grown;
        _cargo.PrefetchAlso(_passages);
    }

    /// <summary>A node on a stream's route: its position (−1 when not on it), the section into it (−1 at the origin), the stream's class (1 priority), whether it is a border, and whether a crossing begun there or before goes on into the next node.</summary>
    private readonly record struct Stop(int Position, int Section, int Class, bool Border, bool CrossingRunsOn);

    /// <summary>A container's passage so far: when it reached its current node, its moving hours then, and the crossing it is in (NaN since when none).</summary>
    // What Leave needs of the stop is kept from Arrive, so leaving looks nothing up (it fits in the padding).
    private record struct Passage(double ArrivedAt, double MovingAtArrival, double CrossingSince, int CrossingNode, byte Class, bool CrossingRunsOn);

    private sealed class ArrivalRecorder(PassageLog log, int node, ICargoReceiver next) : ICargoReceiver
    {
        public bool TryAccept(int cargo) => log.Arrive(node, cargo, CargoTag.Stream(log._cargo.Tag(cargo)), leaving: false, next);

        public void NotifyWhenRoom(IRoomListener sender) => next.NotifyWhenRoom(sender);
    }
}
