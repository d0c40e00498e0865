using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Disruptions;
using CorridorSim.Randomness;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Statistics;

namespace CorridorSim.Model.Links;

/// <summary>
/// An infinite-server delay (a road or sea leg without capacity limits, a fixed dwell): each unit
/// is held for a duration drawn independently, so units may overtake one another — unless
/// <see cref="SharedByArrival"/> is set, when units arriving at the same instant (one train, one
/// vessel's discharge) share one draw and leave together, as a train clears a border as a whole.
/// Units of the streams flagged in <see cref="PriorityStreams"/> draw from
/// <see cref="PriorityDuration"/> when one is given (a border that clears scheduled block trains
/// faster than other traffic), and units of those flagged in <see cref="ReverseStreams"/> from
/// <see cref="ReverseDuration"/> when one is given (a dwell that differs by direction). A unit whose
/// delay ends while <see cref="Next"/> is full waits, in order of arrival at the end, for room.
/// While closed (a border shutdown, a line closure), units keep arriving and their time runs, but
/// none leaves until it reopens; the time held by the closure is charged to disruption, the time
/// held by a full next stop to queueing. With <see cref="RefusesWhenBlocked"/>, arrivals are
/// refused while the next stop holds units back, so the queue stays before the delay (a
/// border's queue holds the trains on the line) and the senders are told, in the order they
/// asked, once the held units have left. Units sharing a draw whose completions would run one
/// straight after the other (no other event scheduled in between) complete in one event, in
/// their order of arrival, as their own events would have.
/// </summary>
public sealed class Delay : Component, ICargoReceiver, IRoomListener, IClosable
{
    private const int Done = 0;
    private const int GroupDone = 1;

    private readonly Distribution _duration;
    private readonly RandomStream _durationStream;
    private readonly RandomStream _priorityStream;
    private readonly RandomStream _reverseStream;
    private bool[]? _priorityArray;
    private bool[]? _reverseArray;
    private double _lastArrival = double.NaN;
    private int _lastClass;
    private double _lastHours;
    private readonly TimeCategory _category;
    private readonly CargoPool _cargo;
    private readonly RingBuffer<HeldCargo> _held = new(4);
    private readonly RoomListeners _listeners = new();
    private readonly TimeWeighted _inTransitAverage = new();
    private readonly TimeWeighted _blocked = new();
    private int _inTransit;
    private bool _waitingForDownstream;
    private ClosureState _closure;

    // Units completing in one event, by group id (the event's argument); ids are reused.
    private int[][] _groups = [];
    private int[] _groupSize = [];
    private readonly Stack<int> _freeGroups = new();
    private int _openGroup = -1;
    private long _openGroupScheduled = -1;

    /// <summary>Creates a delay.</summary>
    /// <param name="simulation">The owning simulation.</param>
    /// <param name="id">Unique component id.</param>
    /// <param name="duration">Hours each unit is held.</param>
    /// <param name="category">Where the held time is charged in each unit's breakdown.</param>
    public Delay(Simulation simulation, string id, Distribution duration, TimeCategory category = TimeCategory.Moving)
        : base(simulation, id)
    {
        ArgumentNullException.ThrowIfNull(duration);
        _duration = duration;
        _category = category;
        _cargo = simulation.Cargo;
        _durationStream = StreamFor("duration");
        _priorityStream = StreamFor("priority-duration");
        _reverseStream = StreamFor("reverse-duration");
    }

    /// <summary>Where units go afterwards. Must be set before the run.</summary>
    public ICargoReceiver? Next { get; set; }

    /// <summary>Whether units arriving at the same instant share one draw (a train or vessel held as a whole).</summary>
    public bool SharedByArrival { get; init; }

    /// <summary>Hours held for units of the priority streams; <see langword="null"/> when they are held like the rest.</summary>
    public Distribution? PriorityDuration { get; init; }

    /// <summary>Per stream index, whether its units draw from <see cref="PriorityDuration"/>; streams beyond the end do not.</summary>
    public IReadOnlyList<bool> PriorityStreams { get; init => (field, _priorityArray) = (value, value as bool[]); } = [];

    /// <summary>Whether arrivals are refused while units wait for room at <see cref="Next"/> (not while merely closed).</summary>
    public bool RefusesWhenBlocked { get; init; }

    /// <summary>Offers refused since the last statistics reset (only with <see cref="RefusesWhenBlocked"/>).</summary>
    public long Refusals { get; private set; }

    /// <summary>Share of the time since the last statistics reset that units waited for room at <see cref="Next"/>, up to <paramref name="now"/>.</summary>
    public double BlockedShare(SimTime now) => _blocked.Mean(now.Hours);

    /// <summary>Hours held for units of the streams in <see cref="ReverseStreams"/>, whatever their priority; <see langword="null"/> when they are held like the rest.</summary>
    public Distribution? ReverseDuration { get; init; }

    /// <summary>Per stream index, whether its units draw from <see cref="ReverseDuration"/>; streams beyond the end do not.</summary>
    public IReadOnlyList<bool> ReverseStreams { get; init => (field, _reverseArray) = (value, value as bool[]); } = [];

    /// <inheritdoc />
    public override int CargoCount => _inTransit + _held.Count;

    /// <summary>Units that completed the delay since the last statistics reset.</summary>
    public long Completed { get; private set; }

    /// <summary>Time-average number of units in the delay up to <paramref name="now"/>.</summary>
    public double MeanInTransit(SimTime now) => _inTransitAverage.Mean(now.Hours);

    /// <inheritdoc />
    public bool TryAccept(int cargo)
    {
        if (RefusesWhenBlocked && _waitingForDownstream)
        {
            Refusals++;
            return false;
        }

        double now = Simulation.NowHours;
        double hours = Draw(cargo, now, out bool shared);
        _cargo.AddTime(cargo, _category, hours);
        _inTransit++;
        _inTransitAverage.Update(now, _inTransit);
        if (!SharedByArrival)
        {
            Schedule(hours, Done, cargo);
        }
        else if (shared && _openGroup >= 0 && Simulation.EventsScheduled == _openGroupScheduled)
        {
            // Its own event would run straight after the group's last: it joins the group.
            Join(_openGroup, cargo);
        }
        else
        {
            _openGroup = NewGroup(cargo);
            Schedule(hours, GroupDone, _openGroup);
            _openGroupScheduled = Simulation.EventsScheduled;
        }

        return true;
    }

    private int NewGroup(int cargo)
    {
        if (!_freeGroups.TryPop(out int group))
        {
            group = _groups.Length;
            Array.Resize(ref _groups, Math.Max(4, 2 * group));
            Array.Resize(ref _groupSize, _groups.Length);
            for (int g = _groups.Length - 1; g > group; g--)
            {
                _freeGroups.Push(g);
            }
        }

        _groupSize[group] = 0;
        Join(group, cargo);
        return group;
    }

    private void Join(int group, int cargo)
    {
        ref var units = ref _groups[group];
        units ??= new int[4];
        if (_groupSize[group] == units.Length)
        {
            Array.Resize(ref units, 2 * units.Length);
        }

        units[_groupSize[group]++] = cargo;
    }

    private double Draw(int cargo, double now, out bool shared)
    {
        shared = false;
        // 0: the ordinary dwell, 1: priority, 2: reverse direction.
        int kind = 0;
        if (PriorityDuration is not null || ReverseDuration is not null)
        {
            int stream = CargoTag.Stream(_cargo.Tag(cargo));
            kind = ReverseDuration is not null && IsFlagged(_reverseArray, ReverseStreams, stream) ? 2
                : PriorityDuration is not null && IsFlagged(_priorityArray, PriorityStreams, stream) ? 1
                : 0;
        }

        if (SharedByArrival && now == _lastArrival && kind == _lastClass)
        {
            shared = true;
            return _lastHours;
        }

        _lastArrival = now;
        _lastClass = kind;
        _lastHours = kind switch
        {
            1 => PriorityDuration!.Sample(_priorityStream),
            2 => ReverseDuration!.Sample(_reverseStream),
            _ => _duration.Sample(_durationStream),
        };
        return _lastHours;
    }

    // An array is read directly, not through the list interface: this runs once per unit. It is
    // read live, as the list is, since a model may flag streams after building the delay.
    private static bool IsFlagged(bool[]? array, IReadOnlyList<bool> list, int stream) =>
        array is not null ? (uint)stream < (uint)array.Length && array[stream] : stream < list.Count && list[stream];

    /// <summary>Registers a sender refused while blocked; a delay that never refuses never calls it.</summary>
    public void NotifyWhenRoom(IRoomListener sender) => _listeners.Add(sender);

    /// <inheritdoc />
    public bool IsClosed => _closure.IsClosed;

    /// <inheritdoc />
    public void Close() => _closure.Close(Simulation.NowHours);

    /// <inheritdoc />
    public void Open()
    {
        if (_closure.Open(Simulation.NowHours))
        {
            Release(Simulation.NowHours);
        }
    }

    /// <inheritdoc />
    public void OnRoomAvailable()
    {
        _waitingForDownstream = false;
        _blocked.Update(Simulation.NowHours, 0.0);
        Release(Simulation.NowHours);
    }

    /// <inheritdoc />
    protected internal override void OnEvent(int kind, int argument)
    {
        if (kind == GroupDone)
        {
            if (argument == _openGroup)
            {
                _openGroup = -1;
            }

            // One update for the group: the count drops by its size at one instant.
            var units = _groups[argument];
            _inTransit -= _groupSize[argument];
            _inTransitAverage.Update(Simulation.NowHours, _inTransit);
            for (int i = 0; i < _groupSize[argument]; i++)
            {
                Hand(units[i]);
            }

            _freeGroups.Push(argument);
            return;
        }

        Complete(argument);
    }

    private void Complete(int argument)
    {
        _inTransit--;
        _inTransitAverage.Update(Simulation.NowHours, _inTransit);
        Hand(argument);
    }

    /// <summary>Hands a unit whose time is up to <see cref="Next"/>, or holds it, in order, if the delay is closed or the next stop full.</summary>
    private void Hand(int argument)
    {
        double now = Simulation.NowHours;
        var next = Next ?? WiringFaults.NoNext("Delay", Id);
        if (_held.Count == 0 && !_closure.IsClosed && next.TryAccept(argument))
        {
            Completed++;
            return;
        }

        _held.Enqueue(new HeldCargo(argument, now, _closure.ClosedHours(now)));
        if (!_closure.IsClosed)
        {
            WaitForDownstream();
        }
    }

    /// <summary>Passes held units on, in order, while the delay is open and the next stop has room.</summary>
    private void Release(double now)
    {
        while (_held.Count > 0 && !_closure.IsClosed)
        {
            var held = _held.PeekFirst();
            double disrupted = _closure.ClosedHours(now) - held.ClosedHoursAtStart;
            double blocked = now - held.Since - disrupted;

            // Charged before the offer because a sink reads the breakdown inside TryAccept.
            _cargo.AddTime(held.Cargo, TimeCategory.Queueing, blocked);
            _cargo.AddTime(held.Cargo, TimeCategory.Disruption, disrupted);
            if (!Next!.TryAccept(held.Cargo))
            {
                _cargo.AddTime(held.Cargo, TimeCategory.Queueing, -blocked);
                _cargo.AddTime(held.Cargo, TimeCategory.Disruption, -disrupted);
                WaitForDownstream();
                return;
            }

            _held.Dequeue();
            Completed++;
        }

        while (!_waitingForDownstream && _listeners.NotifyOne())
        {
        }
    }

    /// <inheritdoc />
    protected internal override void ResetStatistics()
    {
        Completed = 0;
        Refusals = 0;
        _inTransitAverage.Reset(Simulation.NowHours);
        _blocked.Reset(Simulation.NowHours);
    }

    private void WaitForDownstream()
    {
        if (!_waitingForDownstream)
        {
            _waitingForDownstream = true;
            _blocked.Update(Simulation.NowHours, 1.0);
            Next!.NotifyWhenRoom(this);
        }
    }
}
