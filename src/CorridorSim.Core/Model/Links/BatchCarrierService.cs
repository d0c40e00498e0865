using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Disruptions;
using CorridorSim.Randomness;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Statistics;

namespace CorridorSim.Model.Links;

/// <summary>
/// A shuttle of <see cref="FleetSize"/> carriers (block trains) of <see cref="Capacity"/> units each from an
/// origin to a destination. One carrier loads at a time, in the order carriers reached the origin; it
/// departs when full or when <see cref="MaxWait"/> has passed on its clock (<see cref="MaxWaitClock"/>) with a
/// unit aboard — or, with a <see cref="Timetable"/>, only at its departure times with whatever is aboard (an
/// empty slot is not run; a slot with no carrier at the origin is run late by the next carrier back, if cargo
/// waits). It then loads, crosses, is unloaded into <see cref="Next"/> (waiting if that is full), and returns
/// empty. While closed, no carrier departs; those under way complete their trips. All start at the origin. With
/// <see cref="SizedByTeu"/> the capacity is in TEU: a carrier loads units in order while their TEU
/// fit, and is full when the next does not or less than 2 TEU is left. With line slots
/// (<see cref="MinimumHeadway"/>) a ready carrier waits until that long after the previous departure,
/// then for its <see cref="RollingStock"/> pool, loading meanwhile (consolidation, queueing, rolling stock).
/// </summary>
public sealed class BatchCarrierService : Component, ICargoReceiver, IRoomListener, IClosable
{
    private const int GateTimer = 0;
    private const int ArrivedAtDestination = 1;
    private const int Unloaded = 2;
    private const int BackAtOrigin = 3;
    private const int TimetabledDeparture = 4;

    private readonly BoundDistribution _crossing;
    private readonly BoundDistribution _return;
    private readonly BoundDistribution? _unloading;
    private readonly BoundDistribution? _loadingTime;
    private readonly CargoPool _cargo;
    private readonly MaxWaitClock _clock;
    private readonly RingBuffer<HeldCargo> _queue = new();
    private readonly RingBuffer<int> _idleAtOrigin = new(4);
    private readonly RoomListeners _listeners = new();
    private readonly CarrierManifests _manifests;
    private readonly OriginBuffer _buffer;
    private readonly DepartureGate _gate;
    private readonly TimeWeighted _queueLength = new();
    private readonly TimeWeighted _carriersAway = new();
    private ClosureState _closure;
    private int _loading = -1;
    private int _aboard;
    private int _away;
    private bool _waitingForDownstream;

    /// <summary>Creates the service with every carrier at the origin; the first starts loading at time zero.</summary>
    /// <param name="simulation">The owning simulation.</param>
    /// <param name="id">Unique component id.</param>
    /// <param name="fleetSize">Number of carriers N ≥ 1.</param>
    /// <param name="capacity">Units per carrier K ≥ 1.</param>
    /// <param name="maxWait">Longest a carrier waits before sailing part-loaded.</param>
    /// <param name="crossing">Hours from departure (after loading) to arrival at the destination, charged as moving.</param>
    /// <param name="returnTrip">Hours from the end of unloading back to the origin.</param>
    /// <param name="unloading">Hours to unload a carrier at the destination; instant when null.</param>
    /// <param name="bufferCapacity">Units that may wait at the origin beyond the carrier being loaded; unbounded by default.</param>
    /// <param name="clock">When the maximum-wait clock starts.</param>
    /// <param name="timetable">Departure times; when given, carriers leave only then and <paramref name="maxWait"/> is not used.</param>
    /// <param name="loading">Hours to load a departing carrier before it sets off, charged as handling; none when null.</param>
    public BatchCarrierService(
        Simulation simulation,
        string id,
        int fleetSize,
        int capacity,
        SimDuration maxWait,
        Distribution crossing,
        Distribution returnTrip,
        Distribution? unloading = null,
        int bufferCapacity = int.MaxValue,
        MaxWaitClock clock = MaxWaitClock.FromLoadingStart,
        Timetable? timetable = null,
        Distribution? loading = null)
        : base(simulation, id)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fleetSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        ArgumentOutOfRangeException.ThrowIfNegative(bufferCapacity);
        ArgumentOutOfRangeException.ThrowIfNegative(maxWait.Hours, nameof(maxWait));
        ArgumentOutOfRangeException.ThrowIfEqual(double.IsFinite(maxWait.Hours), false, nameof(maxWait));
        ArgumentNullException.ThrowIfNull(crossing);
        ArgumentNullException.ThrowIfNull(returnTrip);
        FleetSize = fleetSize;
        Capacity = capacity;
        MaxWait = maxWait;
        BufferCapacity = bufferCapacity;
        _buffer = new OriginBuffer(simulation, id + ":buffer", bufferCapacity);
        _crossing = new(crossing, StreamFor("crossing"));
        _return = new(returnTrip, StreamFor("return"));
        _unloading = unloading is null ? null : new(unloading, StreamFor("unloading"));
        _loadingTime = loading is null ? null : new(loading, StreamFor("loading"));
        _clock = clock;
        Timetable = timetable;
        _cargo = simulation.Cargo;
        _manifests = new CarrierManifests(fleetSize, capacity);
        _gate = new DepartureGate(fleetSize);
        for (int c = 1; c < fleetSize; c++)
        {
            _idleAtOrigin.Enqueue(c);
        }

        StartLoading(0, 0.0);
        if (timetable is not null)
        {
            Schedule(timetable.FirstHour, TimetabledDeparture);
        }
    }

    /// <summary>Where units are unloaded at the destination. Must be set before the run.</summary>
    public ICargoReceiver? Next { get; set; }

    /// <summary>Number of carriers.</summary>
    public int FleetSize { get; }

    /// <summary>Capacity of one carrier: units, or TEU when <see cref="SizedByTeu"/>.</summary>
    public int Capacity { get; }

    /// <summary>Whether a unit takes its TEU (<see cref="CargoTag.Teu"/>: 1 or 2) of <see cref="Capacity"/> rather than one place.</summary>
    public bool SizedByTeu { get => _manifests.LargestUnit == 2; init => _manifests.LargestUnit = value ? 2 : 1; }

    /// <summary>Longest a loading carrier waits before sailing part-loaded.</summary>
    public SimDuration MaxWait { get; }

    /// <summary>Units (TEU when <see cref="SizedByTeu"/>) that may wait at the origin beyond the carrier being loaded.</summary>
    public int BufferCapacity { get; }

    /// <summary>Departure times, or <see langword="null"/> when carriers leave when full or after the longest wait.</summary>
    public Timetable? Timetable { get; }

    /// <summary>Shortest time between two departures (line slots): with 24 h ÷ n at most ⌈n⌉ leave in any 24 hours, n a day when demand exceeds it; zero (default) for none.</summary>
    public SimDuration MinimumHeadway { get => SimDuration.FromHours(_gate.HeadwayHours); init => _gate.HeadwayHours = value.Hours; }

    /// <summary>The pool whose train sets and platforms each departure takes, or <see langword="null"/> for unbounded rolling stock.</summary>
    public RollingStockPool? RollingStock { get => _gate.Pool; init => _gate.Pool = value; }

    /// <inheritdoc />
    public bool IsClosed => _closure.IsClosed;

    /// <inheritdoc />
    public override int CargoCount => _queue.Count + _aboard;

    /// <summary>Departures since the last statistics reset.</summary>
    public long Departures { get; private set; }

    /// <summary>Offers refused for lack of room since the last statistics reset.</summary>
    public long Refusals { get; private set; }

    /// <summary>Hours from a unit's arrival at the origin to its carrier's departure.</summary>
    public Tally OriginWaits { get; } = new(withQuantiles: true);

    /// <summary>Units aboard per departure.</summary>
    public Tally Loads { get; } = new();

    /// <summary>Time-average number of units waiting at the origin for a carrier (not yet aboard).</summary>
    public double MeanQueueLength(SimTime now) => _queueLength.Mean(now.Hours);

    /// <summary>Time-average share of the fleet away from the origin (crossing, unloading, returning).</summary>
    public double FleetUtilisation(SimTime now) => _carriersAway.Mean(now.Hours) / FleetSize;

    /// <inheritdoc />
    public bool TryAccept(int cargo)
    {
        double now = Simulation.NowHours;
        int size = SizeOf(cargo);
        bool boardNow = _loading >= 0 && _queue.Count == 0 && !_manifests.IsFull(_loading);

        // A unit too big for the room left fills the carrier: it sails, the unit waits for the next.
        bool sealedNow = boardNow && _manifests.SealIfTooBig(_loading, size);
        boardNow &= !sealedNow;
        bool accepted = boardNow || _buffer.Fits(size);
        if (!accepted)
        {
            Refusals++;
        }
        else if (boardNow)
        {
            // Boards on arrival: no queueing to charge.
            Embark(cargo, size, now, _closure.ClosedHours(now), now);
        }
        else
        {
            _queue.Enqueue(new HeldCargo(cargo, now, _closure.ClosedHours(now)));
            _buffer.Change(size, _manifests.LargestUnit);
            _queueLength.Update(now, _queue.Count);
        }

        // Only a full carrier or a due departure can leave (DepartIfDue would return at once).
        if ((boardNow || sealedNow) && (_gate.Due || _manifests.IsFull(_loading)))
        {
            DepartIfDue(now);
        }

        return accepted;
    }

    /// <inheritdoc />
    public void NotifyWhenRoom(IRoomListener sender) => _listeners.Add(sender);

    /// <inheritdoc />
    public void OnRoomAvailable()
    {
        _waitingForDownstream = false;
        ContinueUnloading(Simulation.NowHours);
    }

    /// <inheritdoc />
    public void Close() => _closure.Close(Simulation.NowHours);

    /// <inheritdoc />
    public void Open()
    {
        double now = Simulation.NowHours;
        if (_closure.Open(now))
        {
            DepartIfDue(now);
        }
    }

    /// <inheritdoc />
    protected internal override void OnEvent(int kind, int argument)
    {
        double now = Simulation.NowHours;
        switch (kind)
        {
            case GateTimer:
                if (_gate.TimerElapsed(argument))
                {
                    DepartIfDue(now);
                }

                break;
            case ArrivedAtDestination when _unloading is not null:
                double hours = _unloading.Sample();
                _manifests.ChargeAboard(argument, _cargo, TimeCategory.Handling, hours);
                Schedule(hours, Unloaded, argument);
                break;
            case ArrivedAtDestination or Unloaded:
                if (_manifests.QueueToUnload(argument, now))
                {
                    ContinueUnloading(now);
                }

                break;
            case TimetabledDeparture:
                _gate.Due = true;
                DepartIfDue(now);
                Schedule(Timetable!.EveryHours, TimetabledDeparture);
                break;
            case BackAtOrigin:
                _away--;
                _carriersAway.Update(now, _away);
                if (_loading < 0)
                {
                    StartLoading(argument, now);
                }
                else
                {
                    _idleAtOrigin.Enqueue(argument);
                }

                _gate.BackAtOrigin(argument);
                break;
            default:
                WiringFaults.UnknownEvent(kind, Id);
                break;
        }
    }

    /// <inheritdoc />
    protected internal override void ResetStatistics()
    {
        double now = Simulation.NowHours;
        Departures = 0;
        Refusals = 0;
        OriginWaits.Reset();
        Loads.Reset();
        _queueLength.Reset(now);
        _carriersAway.Reset(now);
    }

    private void StartLoading(int carrier, double now)
    {
        _loading = carrier;
        _manifests.Empty(carrier);
        if (Timetable is null)
        {
            _gate.Due = false;
            if (_clock == MaxWaitClock.FromLoadingStart)
            {
                Schedule(MaxWait.Hours, GateTimer, _gate.StartTimer());
            }
        }

        while (_queue.Count > 0 && !_manifests.IsFull(carrier) && !_manifests.SealIfTooBig(carrier, SizeOf(_queue.PeekFirst().Cargo)))
        {
            Board(_queue.Dequeue(), now);
        }

        _queueLength.Update(now, _queue.Count);
        DepartIfDue(now);
        while (_buffer.Fits(_manifests.LargestUnit) && _listeners.NotifyOne())
        {
        }
    }

    private void Board(in HeldCargo unit, double now)
    {
        int size = SizeOf(unit.Cargo);
        _buffer.Change(-size, _manifests.LargestUnit);
        double closedHours = _closure.ClosedHours(now);
        double disrupted = closedHours - unit.ClosedHoursAtStart;
        _cargo.AddTime(unit.Cargo, TimeCategory.Queueing, now - unit.Since - disrupted);
        _cargo.AddTime(unit.Cargo, TimeCategory.Disruption, disrupted);
        Embark(unit.Cargo, size, now, closedHours, unit.Since);
    }

    private void Embark(int cargo, int size, double now, double closedHours, double enteredAt)
    {
        int load = _manifests.Board(_loading, cargo, size, now, closedHours, enteredAt);
        _aboard++;
        if (Timetable is null && _clock == MaxWaitClock.FromFirstBoarding && load == 1)
        {
            Schedule(MaxWait.Hours, GateTimer, _gate.StartTimer());
        }
    }

    private void DepartIfDue(double now)
    {
        int carrier = _loading;
        if (carrier < 0 || _closure.IsClosed)
        {
            return;
        }

        int load = _manifests.Load(carrier);
        if ((Timetable is not null || !_manifests.IsFull(carrier)) && !(_gate.Due && load > 0))
        {
            // A timetabled slot with nothing aboard is not run, nor run late. Otherwise an empty
            // carrier whose clock ran out keeps waiting, and its next boarder sails it at once.
            _gate.Due &= Timetable is null || load > 0;
            return;
        }

        double closed = _closure.ClosedHours(now);
        if (!_gate.TryClear(this, carrier, _manifests.Used(carrier), now, closed, out double slotIn))
        {
            if (slotIn > 0.0)
            {
                Schedule(slotIn, GateTimer, DepartureGate.SlotTimer);
            }

            return;
        }

        _loading = -1;
        Departures++;
        Loads.Add(load);
        double loading = _loadingTime?.Sample() ?? 0.0;
        double crossing = _crossing.Sample();
        _manifests.ChargeDeparture(carrier, _cargo, now, closed, loading, crossing, OriginWaits, _gate);
        _gate.Departed(now);
        _away++;
        _carriersAway.Update(now, _away);
        Schedule(loading + crossing, ArrivedAtDestination, carrier);
        if (_idleAtOrigin.Count > 0)
        {
            StartLoading(_idleAtOrigin.Dequeue(), now);
        }
    }

    private void ContinueUnloading(double now)
    {
        var next = Next ?? WiringFaults.NoNext("Carrier service", Id);
        int emptied;
        while ((emptied = _manifests.UnloadFirstWaiting(next, _cargo, now, ref _aboard)) >= 0)
        {
            Schedule(_return.Sample(), BackAtOrigin, emptied);
        }

        if (_manifests.WaitingToUnload > 0 && !_waitingForDownstream)
        {
            _waitingForDownstream = true;
            next.NotifyWhenRoom(this);
        }
    }

    /// <summary>Offered returning stock by the pool; true when a train of this service left with it.</summary>
    internal bool OfferRollingStock()
    {
        long before = Departures;
        DepartIfDue(Simulation.NowHours);
        return Departures != before;
    }

    private int SizeOf(int cargo) => _manifests.LargestUnit == 1 ? 1 : CargoTag.Teu(_cargo.Tag(cargo));
}
