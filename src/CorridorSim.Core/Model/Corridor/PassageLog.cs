using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;

namespace CorridorSim.Model.Corridor;

/// <summary>
/// Times every container's passage through the corridor's nodes and sections, for the CAREC CPMM
/// indicators: hours at each node (arrival to leaving), hours to clear each border crossing (from
/// arrival at the border node to leaving it, or to leaving the gauge change straight after it,
/// as CPMM counts the gauge change in the crossing), and per section — a link with the node it
/// leaves from — the hours from arrival at that node to arrival at the next, and the hours moving
/// among them. Priority and ordinary containers are kept apart. Nodes get a recorder at their
/// entry (<see cref="Arrival"/>) and before their router (<see cref="Exit"/>).
/// </summary>
public sealed class PassageLog : Component
{
    private readonly CargoPool _cargo;
    private readonly int _nodes;

    // Per stream and node (stream × nodes + node), what a passage there needs, in one place.
    private readonly Stop[] _stops;
    private readonly double[] _nodeHours;
    private readonly long[] _nodeCount;
    private readonly double[] _crossingHours;
    private readonly long[] _crossingCount;
    private readonly double[] _sectionHours;
    private readonly double[] _sectionMoving;
    private readonly long[] _sectionCount;

    // One entry per container id, its fields side by side: a passage reads and writes them together.
    private Passage[] _passages = new Passage[256];

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
        _nodes = nodeCount;
        _stops = new Stop[priorityStreams.Count * nodeCount];
        for (int stream = 0; stream < priorityStreams.Count; stream++)
        {
            for (int node = 0; node < nodeCount; node++)
            {
                _stops[(stream * nodeCount) + node] = new Stop(Position: -1, Section: -1, priorityStreams[stream] ? 1 : 0, Border: false, CrossingRunsOn: false);
            }
        }
        _nodeHours = new double[nodeCount * 2];
        _nodeCount = new long[nodeCount * 2];
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

    /// <summary>A receiver for the entry of <paramref name="node"/> that logs the arrival and passes the container to <paramref name="next"/>.</summary>
    public ICargoReceiver Arrival(int node, ICargoReceiver next) => new ArrivalRecorder(this, node, next);

    /// <summary>A receiver for the end of <paramref name="node"/> that logs the departure and passes the container to <paramref name="next"/>.</summary>
    public ICargoReceiver Exit(int node, ICargoReceiver next) => new ExitRecorder(this, node, next);

    /// <summary>
    /// A receiver for a node that holds nothing (no yard, capacity, handling or dwell): it logs the
    /// arrival and the departure at once, as <see cref="Arrival"/> before <see cref="Exit"/> would,
    /// and passes the container to <paramref name="next"/>.
    /// </summary>
    public ICargoReceiver PassThrough(int node, ICargoReceiver next) => new PassRecorder(this, node, next);

    /// <summary>Containers that left <paramref name="node"/>, and their mean hours there; <paramref name="priority"/> picks the class.</summary>
    public (long Containers, double MeanHours) AtNode(int node, bool priority) => Mean(_nodeCount, _nodeHours, (2 * node) + (priority ? 1 : 0));

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
        Array.Clear(_nodeHours);
        Array.Clear(_nodeCount);
        Array.Clear(_crossingHours);
        Array.Clear(_crossingCount);
        Array.Clear(_sectionHours);
        Array.Clear(_sectionMoving);
        Array.Clear(_sectionCount);
    }

    private static (long, double) Mean(long[] counts, double[] sums, int i) =>
        counts[i] == 0 ? (0, double.NaN) : (counts[i], sums[i] / counts[i]);

    private bool Arrive(int node, int cargo, ICargoReceiver next)
    {
        // Set before the offer: a node without components hands the container straight to its exit.
        var (stop, before, passage) = Begin(node, cargo);
        if (!next.TryAccept(cargo))
        {
            _passages[cargo] = before;
            return false;
        }

        EndSection(stop, before, passage);
        return true;
    }

    /// <summary><see cref="Arrive"/> and <see cref="Leave"/> at the same instant, with one lookup.</summary>
    private bool Pass(int node, int cargo, ICargoReceiver next)
    {
        var (stop, before, passage) = Begin(node, cargo);
        if (!next.TryAccept(cargo))
        {
            _passages[cargo] = before;
            return false;
        }

        Left(node, cargo, passage);
        EndSection(stop, before, passage);
        return true;
    }

    private bool Leave(int node, int cargo, ICargoReceiver next)
    {
        // Read before the offer: a destination releases the id inside TryAccept, a source may reuse it.
        var passage = _passages[cargo];
        if (!next.TryAccept(cargo))
        {
            return false;
        }

        Left(node, cargo, passage);
        return true;
    }

    /// <summary>Records <paramref name="cargo"/>'s arrival at <paramref name="node"/> in its passage; returns the stop, the passage before and the passage now.</summary>
    private (Stop Stop, Passage Before, Passage Now) Begin(int node, int cargo)
    {
        EnsureRoom(cargo);
        double now = Simulation.NowHours;
        var stop = StopOf(cargo, node);
        var before = _passages[cargo];
        var passage = before with { ArrivedAt = now, MovingAtArrival = _cargo.TimeIn(cargo, TimeCategory.Moving), Class = (byte)stop.Class, CrossingRunsOn = stop.CrossingRunsOn };
        if (stop.Position == 0)
        {
            passage.CrossingSince = double.NaN;
        }

        if (stop.Border && double.IsNaN(passage.CrossingSince))
        {
            passage.CrossingSince = now;
            passage.CrossingNode = node;
        }

        _passages[cargo] = passage;
        return (stop, before, passage);
    }

    /// <summary>The section into the stop just reached ends: hours since reaching the previous node, and hours moving meanwhile.</summary>
    private void EndSection(Stop stop, in Passage before, in Passage now)
    {
        if (stop.Position > 0)
        {
            int i = (2 * stop.Section) + stop.Class;
            _sectionHours[i] += now.ArrivedAt - before.ArrivedAt;
            _sectionMoving[i] += now.MovingAtArrival - before.MovingAtArrival;
            _sectionCount[i]++;
        }
    }

    /// <summary>The container left <paramref name="node"/>, reached with <paramref name="passage"/>: its hours there, and the end of a crossing that ends here.</summary>
    private void Left(int node, int cargo, in Passage passage)
    {
        int c = passage.Class;
        _nodeHours[(2 * node) + c] += Simulation.NowHours - passage.ArrivedAt;
        _nodeCount[(2 * node) + c]++;
        if (!double.IsNaN(passage.CrossingSince) && !passage.CrossingRunsOn)
        {
            _crossingHours[(2 * passage.CrossingNode) + c] += Simulation.NowHours - passage.CrossingSince;
            _crossingCount[(2 * passage.CrossingNode) + c]++;
            _passages[cargo].CrossingSince = double.NaN;
        }
    }

    private Stop StopOf(int cargo, int node)
    {
        var stop = _stops[(CargoTag.Stream(_cargo.Tag(cargo)) * _nodes) + node];
        return stop.Position >= 0 ? stop : throw new InvalidOperationException($"'{Id}': node {node} is not on the route of container {cargo}.");
    }

    private void EnsureRoom(int cargo)
    {
        if (cargo < _passages.Length)
        {
            return;
        }

        Array.Resize(ref _passages, Math.Max(cargo + 1, _passages.Length * 2));
    }

    /// <summary>A container's passage so far: when it reached its current node, its moving hours then, and the crossing it is in (NaN since when none).</summary>
    /// <summary>A node on a stream's route: its position (−1 when not on it), the section into it (−1 at the origin), the stream's class (1 priority), whether it is a border, and whether a crossing begun there or before goes on into the next node.</summary>
    private readonly record struct Stop(int Position, int Section, int Class, bool Border, bool CrossingRunsOn);

    // What Leave needs of the stop is kept from Arrive, so leaving looks nothing up (it fits in the padding).
    private record struct Passage(double ArrivedAt, double MovingAtArrival, double CrossingSince, int CrossingNode, byte Class, bool CrossingRunsOn);

    // Two types rather than one with a flag: each offer then dispatches straight to its method.
    private sealed class ArrivalRecorder(PassageLog log, int node, ICargoReceiver next) : ICargoReceiver
    {
        public bool TryAccept(int cargo) => log.Arrive(node, cargo, next);

        public void NotifyWhenRoom(IRoomListener sender) => next.NotifyWhenRoom(sender);
    }

    private sealed class PassRecorder(PassageLog log, int node, ICargoReceiver next) : ICargoReceiver
    {
        public bool TryAccept(int cargo) => log.Pass(node, cargo, next);

        public void NotifyWhenRoom(IRoomListener sender) => next.NotifyWhenRoom(sender);
    }

    private sealed class ExitRecorder(PassageLog log, int node, ICargoReceiver next) : ICargoReceiver
    {
        public bool TryAccept(int cargo) => log.Leave(node, cargo, next);

        public void NotifyWhenRoom(IRoomListener sender) => next.NotifyWhenRoom(sender);
    }
}
