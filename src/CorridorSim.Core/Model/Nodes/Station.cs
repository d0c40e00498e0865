using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Disruptions;
using CorridorSim.Randomness;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Statistics;

namespace CorridorSim.Model.Nodes;

/// <summary>
/// A multi-server FIFO queue (terminal, crane set, border post, gauge-change shed): c identical
/// servers, a waiting room of <see cref="BufferCapacity"/> units, service times from a
/// distribution. A unit whose service ends while <see cref="Next"/> is full keeps its server
/// (blocking after service) until room frees downstream. While closed, no new service starts;
/// services under way finish. With <see cref="SizedByTeu"/> the waiting room holds TEU and a unit's
/// service takes the drawn time per TEU × its TEU (<see cref="CargoTag.Teu"/>: 1 or 2); otherwise
/// every unit counts one.
/// </summary>
public sealed class Station : Component, ICargoReceiver, IRoomListener, IClosable, IQueueMeasures
{
    private const int ServiceDone = 0;

    private readonly Distribution _serviceTime;
    private readonly RandomStream _serviceStream;
    private readonly TimeCategory _serviceCategory;
    private readonly CargoPool _cargo;
    private readonly RingBuffer<HeldCargo> _queue = new();
    private readonly RingBuffer<HeldCargo> _blocked = new(4);
    private readonly RoomListeners _listeners = new();
    private readonly TimeWeighted _queueLength = new();
    private readonly TimeWeighted _busyServers = new();
    private ClosureState _closure;
    private int _busy;
    private int _queuedSize;
    private bool _waitingForDownstream;

    /// <summary>Creates a station.</summary>
    /// <param name="simulation">The owning simulation.</param>
    /// <param name="id">Unique component id.</param>
    /// <param name="servers">Number of parallel servers c ≥ 1.</param>
    /// <param name="serviceTime">Service time per unit, in hours.</param>
    /// <param name="bufferCapacity">Waiting places excluding those in service (K − c for an M/M/c/K queue); unbounded by default.</param>
    /// <param name="serviceCategory">Where service time is charged in each unit's breakdown.</param>
    public Station(
        Simulation simulation,
        string id,
        int servers,
        Distribution serviceTime,
        int bufferCapacity = int.MaxValue,
        TimeCategory serviceCategory = TimeCategory.Handling)
        : base(simulation, id)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(servers);
        ArgumentOutOfRangeException.ThrowIfNegative(bufferCapacity);
        ArgumentNullException.ThrowIfNull(serviceTime);
        Servers = servers;
        BufferCapacity = bufferCapacity;
        _serviceTime = serviceTime;
        _serviceCategory = serviceCategory;
        _cargo = simulation.Cargo;
        _serviceStream = StreamFor("service");
    }

    /// <summary>Where units go after service. Must be set before the run.</summary>
    public ICargoReceiver? Next { get; set; }

    /// <summary>Number of parallel servers.</summary>
    public int Servers { get; }

    /// <summary>Waiting places, excluding units in service: units, or TEU when <see cref="SizedByTeu"/>.</summary>
    public int BufferCapacity { get; }

    /// <summary>
    /// Whether units are sized by their tag: the waiting room counts TEU and the service time drawn
    /// is per TEU, multiplied by the unit's TEU. When false (the default) every unit counts one.
    /// </summary>
    public bool SizedByTeu { get; init; }

    /// <summary>Units waiting for a server now.</summary>
    public int QueueLength => _queue.Count;

    /// <summary>Servers occupied now (serving or blocked).</summary>
    public int BusyServers => _busy;

    /// <inheritdoc />
    public bool IsClosed => _closure.IsClosed;

    /// <inheritdoc />
    public override int CargoCount => _queue.Count + _busy;

    /// <summary>Units accepted since the last statistics reset.</summary>
    public long Arrivals { get; private set; }

    /// <summary>Units that left since the last statistics reset.</summary>
    public long Departures { get; private set; }

    /// <summary>Offers refused for lack of room since the last statistics reset.</summary>
    public long Refusals { get; private set; }

    /// <summary>Units since the last statistics reset that had to wait for a server (wait &gt; 0).</summary>
    public long DelayedArrivals { get; private set; }

    /// <summary>Hours from arrival to start of service (Wq), per unit.</summary>
    public Tally Waits { get; } = new();

    /// <summary>Hours from arrival to leaving the station (W), per unit, including blocking.</summary>
    public Tally Sojourns { get; } = new();

    /// <summary>Time-average number waiting (Lq) up to <paramref name="now"/>.</summary>
    public double MeanQueueLength(SimTime now) => _queueLength.Mean(now.Hours);

    /// <summary>Time-average number in the station (L = Lq + busy servers) up to <paramref name="now"/>.</summary>
    public double MeanNumberInSystem(SimTime now) => _queueLength.Mean(now.Hours) + _busyServers.Mean(now.Hours);

    /// <summary>Time-average share of servers occupied (serving or blocked) up to <paramref name="now"/>.</summary>
    public double Utilisation(SimTime now) => _busyServers.Mean(now.Hours) / Servers;

    /// <summary>Largest queue length seen since the last statistics reset.</summary>
    public int MaxQueueLength => (int)_queueLength.Max;

    /// <inheritdoc />
    public bool TryAccept(int cargo)
    {
        double now = Simulation.NowHours;
        bool serveNow = !_closure.IsClosed && _busy < Servers;
        int size = SizeOf(cargo);
        if (!serveNow && _queuedSize > BufferCapacity - size)
        {
            Refusals++;
            return false;
        }

        Arrivals++;
        _cargo.MarkEntered(cargo, now);
        if (serveNow)
        {
            StartService(new HeldCargo(cargo, now, _closure.ClosedHours(now)), now);
        }
        else
        {
            DelayedArrivals++;
            _queuedSize += size;
            _queue.Enqueue(new HeldCargo(cargo, now, _closure.ClosedHours(now)));
            _queueLength.Update(now, _queue.Count);
        }

        return true;
    }

    /// <inheritdoc />
    public void NotifyWhenRoom(IRoomListener sender) => _listeners.Add(sender);

    /// <inheritdoc />
    public void OnRoomAvailable()
    {
        _waitingForDownstream = false;
        double now = Simulation.NowHours;
        bool freed = false;
        while (_blocked.Count > 0 && TryPass(_blocked.PeekFirst().Cargo, now, now - _blocked.PeekFirst().Since))
        {
            _blocked.Dequeue();
            ReleaseServer(now);
            freed = true;
        }

        if (_blocked.Count > 0)
        {
            WaitForDownstream();
        }

        if (freed)
        {
            StartWaitingUnits(now);
        }
    }

    /// <inheritdoc />
    public void Close() => _closure.Close(Simulation.NowHours);

    /// <inheritdoc />
    public void Open()
    {
        if (_closure.Open(Simulation.NowHours))
        {
            StartWaitingUnits(Simulation.NowHours);
        }
    }

    /// <inheritdoc />
    protected internal override void OnEvent(int kind, int argument)
    {
        double now = Simulation.NowHours;

        // Later finishers queue behind units already blocked, so departures stay in FIFO order.
        if (_blocked.Count == 0 && TryPass(argument, now, 0.0))
        {
            ReleaseServer(now);
            StartWaitingUnits(now);
        }
        else
        {
            _blocked.Enqueue(new HeldCargo(argument, now, 0.0));
            WaitForDownstream();
        }
    }

    /// <inheritdoc />
    protected internal override void ResetStatistics()
    {
        double now = Simulation.NowHours;
        Arrivals = 0;
        Departures = 0;
        Refusals = 0;
        DelayedArrivals = 0;
        Waits.Reset();
        Sojourns.Reset();
        _queueLength.Reset(now);
        _busyServers.Reset(now);
    }

    /// <summary>Offers a served unit downstream; hours it spent blocked are charged only if it leaves.</summary>
    private bool TryPass(int cargo, double now, double blockedHours)
    {
        double entered = _cargo.EnteredAt(cargo);
        var next = Next ?? WiringFaults.NoNext("Station", Id);

        // Charged before the offer because a sink reads the breakdown inside TryAccept.
        _cargo.AddTime(cargo, TimeCategory.Queueing, blockedHours);
        if (!next.TryAccept(cargo))
        {
            _cargo.AddTime(cargo, TimeCategory.Queueing, -blockedHours);
            return false;
        }

        Departures++;
        Sojourns.Add(now - entered);
        return true;
    }

    private void StartService(in HeldCargo unit, double now)
    {
        double wait = now - unit.Since;
        double disrupted = _closure.ClosedHours(now) - unit.ClosedHoursAtStart;
        _cargo.AddTime(unit.Cargo, TimeCategory.Queueing, wait - disrupted);
        if (disrupted > 0.0)
        {
            _cargo.AddTime(unit.Cargo, TimeCategory.Disruption, disrupted);
        }

        Waits.Add(wait);

        _busy++;
        _busyServers.Update(now, _busy);
        double service = _serviceTime.Sample(_serviceStream) * SizeOf(unit.Cargo);
        _cargo.AddTime(unit.Cargo, _serviceCategory, service);
        Schedule(service, ServiceDone, unit.Cargo);
    }

    private void ReleaseServer(double now)
    {
        _busy--;
        _busyServers.Update(now, _busy);
    }

    private void StartWaitingUnits(double now)
    {
        bool dequeued = false;
        while (!_closure.IsClosed && _busy < Servers && _queue.Count > 0)
        {
            var unit = _queue.Dequeue();
            _queuedSize -= SizeOf(unit.Cargo);
            StartService(unit, now);
            dequeued = true;
        }

        if (dequeued)
        {
            _queueLength.Update(now, _queue.Count);
        }

        while (HasRoom && _listeners.NotifyOne())
        {
        }
    }

    // Room for the largest unit, so a sender told of room never finds it too small and asks again.
    private bool HasRoom => (!_closure.IsClosed && _busy < Servers) || _queuedSize <= BufferCapacity - (SizedByTeu ? 2 : 1);

    private int SizeOf(int cargo) => SizedByTeu ? CargoTag.Teu(_cargo.Tag(cargo)) : 1;

    private void WaitForDownstream()
    {
        if (!_waitingForDownstream)
        {
            _waitingForDownstream = true;
            Next!.NotifyWhenRoom(this);
        }
    }
}
