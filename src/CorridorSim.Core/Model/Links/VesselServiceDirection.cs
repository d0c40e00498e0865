using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Randomness;
using CorridorSim.Statistics;

namespace CorridorSim.Model.Links;

/// <summary>
/// One direction of a <see cref="VesselService"/>: the cargo receiver at the end it leaves from
/// (its queue and loading berth) and the hand-over at the end it arrives at, with its own
/// statistics. <see cref="VesselService.Forward"/> leaves from the first end,
/// <see cref="VesselService.Reverse"/> from the second; the vessels are the service's.
/// </summary>
public sealed class VesselServiceDirection : ICargoReceiver, IRoomListener
{
    private readonly VesselService _service;
    private readonly int _end;
    private readonly MaxWaitClock _clock;
    private readonly BoundDistribution? _loadingTime;
    private readonly BoundDistribution _crossing;
    private readonly BoundDistribution? _unloading;
    private readonly RingBuffer<HeldCargo> _queue = new();
    private readonly RingBuffer<int> _berthLine = new(4);
    private readonly RingBuffer<int> _unloadLine = new(4);
    private readonly RoomListeners _listeners = new();
    private readonly TimeWeighted _queueLength = new();
    /// <summary>Marks a departure time that found no vessel at the end but one on its way: the next to arrive is due.</summary>
    private const int NextToArrive = -2;

    private int _loading = -1;
    private int _dueVessel = -1;
    private int _timerToken;
    private bool _timerRunning;
    private bool _departureDue;
    private bool _waitingForDownstream;

    internal VesselServiceDirection(VesselService service, int end, SimDuration maxWait, Timetable? timetable, MaxWaitClock clock, int bufferCapacity, BoundDistribution? loading, BoundDistribution crossing, BoundDistribution? unloading)
    {
        _service = service;
        _end = end;
        MaxWait = maxWait;
        Timetable = timetable;
        _clock = clock;
        BufferCapacity = bufferCapacity;
        Buffer = new OriginBuffer(service.Simulation, $"{service.Id}:{(end == 0 ? "f" : "r")}:buffer", bufferCapacity);
        _loadingTime = loading;
        _crossing = crossing;
        _unloading = unloading;
    }

    /// <summary>Where this direction's units are unloaded at the far end. Must be set before cargo arrives.</summary>
    public ICargoReceiver? Next { get; set; }

    /// <summary>Longest a vessel waits at this direction's departure end (see <see cref="VesselService"/> for when the clock starts at each end).</summary>
    public SimDuration MaxWait { get; }

    /// <summary>Departure times at this direction's end, or <see langword="null"/> when vessels leave when full or after the longest wait.</summary>
    public Timetable? Timetable { get; }

    /// <summary>Units that may wait at this end beyond the vessel loading.</summary>
    public int BufferCapacity { get; }

    /// <summary>Whether a full buffer here still accepts, and holds new cargo at its origins instead (<see cref="VesselService.HoldsOriginsWhenFull"/>).</summary>
    public bool RestrictsOrigins => _service.HoldsOriginsWhenFull && BufferCapacity < int.MaxValue;

    /// <summary>Whether origins should hold cargo bound here now: <see cref="RestrictsOrigins"/>, and what waits here and what is booked on its way fill the buffer.</summary>
    public bool HoldsOrigins => RestrictsOrigins && !Buffer.Fits(_service.Manifests.LargestUnit);

    /// <summary>Books room at this end for <paramref name="cargo"/>, let through at its origin, until it arrives (<see cref="OriginBuffer.Book(int, int, int)"/>).</summary>
    internal void Book(int cargo) => Buffer.Book(CargoTag.Stream(_service.Cargo.Tag(cargo)), _service.SizeOf(cargo), _service.Manifests.LargestUnit);

    /// <summary>Releases the room booked for <paramref name="cargo"/>, which its origin did not send after all.</summary>
    internal void Unbook(int cargo) => Buffer.Unbook(_service.SizeOf(cargo), _service.Manifests.LargestUnit);

    /// <summary>The room taken at this end by units waiting for a vessel, and how long it was full.</summary>
    internal OriginBuffer Buffer { get; }

    /// <summary>Sailings in this direction since the last statistics reset, empty ones included.</summary>
    public long Departures { get; private set; }

    /// <summary>Sailings in this direction with nothing aboard since the last statistics reset.</summary>
    public long EmptyDepartures { get; private set; }

    /// <summary>Hours from a unit's arrival at this end to its vessel's departure.</summary>
    public Tally OriginWaits { get; } = new(withQuantiles: true);

    /// <summary>Units aboard per sailing, empty sailings included.</summary>
    public Tally Loads { get; } = new();

    /// <summary>Share of the vessel's capacity taken per sailing (TEU over TEU when sized by TEU), empty sailings included.</summary>
    public Tally LoadFactors { get; } = new();

    /// <summary>Units waiting at this end for a vessel (not yet aboard).</summary>
    public int QueuedUnits => _queue.Count;

    /// <summary>Room the waiting units would take aboard (TEU when the service is sized by TEU).</summary>
    internal long QueuedSize { get; private set; }

    /// <summary>The most <see cref="QueuedSize"/> reached since the last statistics reset.</summary>
    public long MaxQueuedSize { get; private set; }

    /// <summary>Time-average number of units waiting at this end for a vessel (not yet aboard).</summary>
    public double MeanQueueLength(SimTime now) => _queueLength.Mean(now.Hours);

    /// <inheritdoc />
    public bool TryAccept(int cargo)
    {
        var manifests = _service.Manifests;
        double now = _service.Simulation.NowHours;
        int size = _service.SizeOf(cargo);
        bool boardNow = _loading >= 0 && _queue.Count == 0 && !manifests.IsFull(_loading);

        // A unit too big for the room left fills the vessel: it sails, the unit waits for the next.
        bool sealedNow = boardNow && manifests.SealIfTooBig(_loading, size);
        boardNow &= !sealedNow;

        // A unit let through at its origin takes its booked room as a waiting unit from now on.
        bool booked = RestrictsOrigins && Buffer.Arrived(CargoTag.Stream(_service.Cargo.Tag(cargo)), size, manifests.LargestUnit);

        bool accepted = boardNow || Buffer.Fits(size) || RestrictsOrigins;
        if (accepted && boardNow)
        {
            // Boards on arrival: no queueing to charge.
            Embark(cargo, now, _service.ClosedHours(now), now);
        }
        else if (accepted)
        {
            _queue.Enqueue(new HeldCargo(cargo, now, _service.ClosedHours(now)));
            QueuedSize += size;
            MaxQueuedSize = Math.Max(MaxQueuedSize, QueuedSize);
            Buffer.Change(size, _service.Manifests.LargestUnit);
            _queueLength.Update(now, _queue.Count);
            if (_end == 1)
            {
                // Cargo piling up at the second end may call an idle vessel over from the first.
                _service.Forward.DepartIfDue(now);
            }
        }

        if (boardNow || sealedNow)
        {
            DepartIfDue(now);
        }

        if (booked && boardNow)
        {
            // Boarded on arrival, it frees the room it had booked: held origins may send again.
            NotifyWhileRoom();
        }

        return accepted;
    }

    /// <inheritdoc />
    public void NotifyWhenRoom(IRoomListener sender) => _listeners.Add(sender);

    /// <inheritdoc />
    public void OnRoomAvailable()
    {
        _waitingForDownstream = false;
        ContinueUnloading(_service.Simulation.NowHours);
    }

    /// <summary>A vessel ready at this direction's end joins the line for its berth, or starts loading if the berth is free.</summary>
    internal void JoinBerthLine(int vessel, double now, bool countArrival)
    {
        if (countArrival && _end == 0)
        {
            _service.CountAtFirstEnd(+1, now);
        }

        if (_loading < 0)
        {
            StartLoading(vessel, now);
        }
        else
        {
            _berthLine.Enqueue(vessel);
        }
    }

    internal void OnMaxWait(int token)
    {
        if (_timerRunning && token == _timerToken)
        {
            _timerRunning = false;
            _departureDue = true;
            DepartIfDue(_service.Simulation.NowHours);
        }
    }

    internal void OnTimetabledDeparture()
    {
        // A departure time with no vessel here is run late by the vessel on its way, if any (else not run).
        _departureDue = _loading >= 0 || _service.Inbound(_end) > 0;
        _dueVessel = _loading >= 0 ? _loading : _departureDue ? NextToArrive : -1;
        DepartIfDue(_service.Simulation.NowHours);
        _service.ScheduleAt(Timetable!.EveryHours, VesselService.TimetabledDeparture, _end, 0);
    }

    /// <summary>A vessel with this direction's cargo reached the far end: it is unloaded, then hands the cargo over.</summary>
    internal void OnArrived(int vessel)
    {
        double hours = _unloading?.Sample() ?? 0.0;
        if (hours > 0.0)
        {
            _service.Manifests.ChargeAboard(vessel, _service.Cargo, TimeCategory.Handling, hours);
            _service.ScheduleAt(hours, VesselService.Unloaded, 1 - _end, vessel);
        }
        else
        {
            BeginUnloading(vessel, _service.Simulation.NowHours);
        }
    }

    internal void BeginUnloading(int vessel, double now)
    {
        _service.Manifests.ReadyToUnload(vessel, now);
        _unloadLine.Enqueue(vessel);
        if (_unloadLine.Count == 1)
        {
            ContinueUnloading(now);
        }
    }

    internal void DepartIfDue(double now)
    {
        int vessel = _loading;
        if (vessel < 0 || _service.IsClosed)
        {
            return;
        }

        var manifests = _service.Manifests;
        int load = manifests.Load(vessel);

        // The second end sends its vessel back when its own time is up (its wait, or the departure
        // time it was there or on its way for), empty or not. The first end keeps an empty vessel
        // for cargo unless the second end needs it.
        bool go = Timetable is null
            ? manifests.IsFull(vessel) || (_departureDue && (load > 0 || _end == 1)) || (load == 0 && _end == 0 && _service.RepositionWanted())
            : _departureDue && (load > 0 || (_end == 1 ? vessel == _dueVessel : _service.RepositionWanted()));
        if (!go)
        {
            // A timetabled departure with nothing to carry is not run, nor run late. Otherwise an
            // empty vessel whose clock ran out keeps waiting, and its next boarder sails it at once.
            _departureDue &= Timetable is null || load > 0;
            return;
        }

        _loading = -1;
        _dueVessel = -1;
        _timerRunning = false;
        _departureDue = false;
        Departures++;
        if (load == 0)
        {
            EmptyDepartures++;
        }

        Loads.Add(load);
        LoadFactors.Add(manifests.Used(vessel) / (double)_service.Capacity);
        double loading = _loadingTime?.Sample() ?? 0.0;
        double crossing = _crossing.Sample();
        manifests.ChargeDeparture(vessel, _service.Cargo, now, _service.ClosedHours(now), loading, crossing, OriginWaits);
        _service.Departed(_end, vessel, now, loading + crossing);
        if (_berthLine.Count > 0)
        {
            StartLoading(_berthLine.Dequeue(), now);
        }

        if (_end == 1)
        {
            // What this vessel could not take may call an idle vessel over from the first end.
            _service.Forward.DepartIfDue(now);
        }
    }

    internal void ResetStatistics(double now)
    {
        Departures = 0;
        EmptyDepartures = 0;
        OriginWaits.Reset();
        Loads.Reset();
        LoadFactors.Reset();
        MaxQueuedSize = QueuedSize;
        _queueLength.Reset(now);
    }

    private void StartLoading(int vessel, double now)
    {
        var manifests = _service.Manifests;
        _loading = vessel;
        _service.StartedLoading(_end);
        manifests.Empty(vessel);
        if (_dueVessel == NextToArrive)
        {
            _dueVessel = vessel;
        }

        if (Timetable is null)
        {
            _departureDue = false;
            if (_end == 1)
            {
                // The second end's clock runs from when the vessel was ready, in line or not.
                double left = _service.ReadyAt(vessel) + MaxWait.Hours - now;
                if (left > 0.0)
                {
                    StartTimer(left);
                }
                else
                {
                    _departureDue = true;
                }
            }
            else if (_clock == MaxWaitClock.FromLoadingStart)
            {
                StartTimer(MaxWait.Hours);
            }
        }

        if (_queue.Count > 0)
        {
            while (_queue.Count > 0 && !manifests.IsFull(vessel) && !manifests.SealIfTooBig(vessel, _service.SizeOf(_queue.PeekFirst().Cargo)))
            {
                Board(_queue.Dequeue(), now);
            }

            _queueLength.Update(now, _queue.Count);
        }

        DepartIfDue(now);
        NotifyWhileRoom();
    }

    private void NotifyWhileRoom()
    {
        while (Buffer.Fits(_service.Manifests.LargestUnit) && _listeners.NotifyOne())
        {
        }
    }

    private void Board(in HeldCargo unit, double now)
    {
        double closedHours = _service.ClosedHours(now);
        double disrupted = closedHours - unit.ClosedHoursAtStart;
        _service.Cargo.AddTime(unit.Cargo, TimeCategory.Queueing, now - unit.Since - disrupted);
        _service.Cargo.AddTime(unit.Cargo, TimeCategory.Disruption, disrupted);
        QueuedSize -= _service.SizeOf(unit.Cargo);
        Buffer.Change(-_service.SizeOf(unit.Cargo), _service.Manifests.LargestUnit);
        Embark(unit.Cargo, now, closedHours, unit.Since);
    }

    private void Embark(int cargo, double now, double closedHours, double enteredAt)
    {
        int load = _service.Manifests.Board(_loading, cargo, _service.SizeOf(cargo), now, closedHours, enteredAt);
        _service.AddAboard(1);
        if (Timetable is null && _end == 0 && _clock == MaxWaitClock.FromFirstBoarding && load == 1)
        {
            StartTimer(MaxWait.Hours);
        }
    }

    private void StartTimer(double hours)
    {
        _timerToken++;
        _timerRunning = true;
        _service.ScheduleAt(hours, VesselService.MaxWaitElapsed, _end, _timerToken);
    }

    private void ContinueUnloading(double now)
    {
        var manifests = _service.Manifests;
        while (_unloadLine.Count > 0)
        {
            int vessel = _unloadLine.PeekFirst();
            if (manifests.HasUnitsAboard(vessel))
            {
                var next = Next ?? WiringFaults.NoNext("Vessel service", _service.Id, $" for direction {_end}");
                _service.AddAboard(-manifests.UnloadInto(vessel, next, _service.Cargo, now));
                if (manifests.HasUnitsAboard(vessel))
                {
                    if (!_waitingForDownstream)
                    {
                        _waitingForDownstream = true;
                        next.NotifyWhenRoom(this);
                    }

                    return;
                }
            }

            _unloadLine.Dequeue();
            _service.Ready(1 - _end, vessel, now);
        }
    }
}
