using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;

namespace CorridorSim.Model.Links;

/// <summary>
/// What each carrier of a fleet has aboard: per slot the cargo id, when it reached the origin,
/// when it boarded and the service's cumulative closed hours at boarding; per carrier the load (units, and the room they
/// take), how many units have been unloaded and when unloading could start. A carrier is full when
/// its room left could not take the largest unit, or a unit that did not fit sealed it. Slots
/// come in blocks of capacity places (a unit takes at least one place, so one block per carrier
/// suffices), in flat arrays: a carrier takes a block when its first unit boards and gives it back
/// when it is emptied, so a large pool of carriers of which few are loaded at once (a line's trains)
/// holds only the blocks in use; the arrays grow by doubling and then stay.
/// </summary>
internal sealed class CarrierManifests
{
    // Units ahead whose rows are fetched while a block is handed on or charged.
    private const int PrefetchDistance = 4;

    private readonly int _capacity;
    private readonly int _fleetSize;
    private readonly int[] _blockOf;
    private readonly Stack<int> _freeBlocks = new();
    private int[] _cargo;
    private double[] _boardedAt;
    private double[] _enteredAt;
    private double[] _closedHoursAtBoarding;
    private int _blocks;
    private readonly int[] _load;
    private readonly int[] _used;
    private readonly bool[] _sealed;
    private readonly int[] _unloaded;
    private readonly double[] _readyAt;
    private readonly RingBuffer<int> _waitingToUnload = new(4);

    public CarrierManifests(int fleetSize, int capacity)
    {
        _capacity = capacity;
        _fleetSize = fleetSize;
        _blockOf = new int[fleetSize];
        Array.Fill(_blockOf, -1);
        int blocks = Math.Min(fleetSize, 4);
        _cargo = new int[blocks * capacity];
        _boardedAt = new double[blocks * capacity];
        _enteredAt = new double[blocks * capacity];
        _closedHoursAtBoarding = new double[blocks * capacity];
        for (int b = blocks - 1; b >= 0; b--)
        {
            _freeBlocks.Push(b);
        }

        _blocks = blocks;
        _load = new int[fleetSize];
        _used = new int[fleetSize];
        _sealed = new bool[fleetSize];
        _unloaded = new int[fleetSize];
        _readyAt = new double[fleetSize];
    }

    public int Load(int carrier) => _load[carrier];

    /// <summary>The room the carrier's load takes: TEU when sized by TEU, else units.</summary>
    public int Used(int carrier) => _used[carrier];

    /// <summary>Carriers at the destination still holding units, in arrival order.</summary>
    public int WaitingToUnload => _waitingToUnload.Count;

    /// <summary>Places the largest unit takes (2 when sized by TEU); a carrier with less room left counts as full.</summary>
    public int LargestUnit { get; set; } = 1;

    public bool IsFull(int carrier) => _sealed[carrier] || _used[carrier] > _capacity - LargestUnit;

    /// <summary>When a unit taking <paramref name="size"/> places does not fit, marks the carrier full and returns true.</summary>
    public bool SealIfTooBig(int carrier, int size) => _sealed[carrier] = _sealed[carrier] || _used[carrier] + size > _capacity;

    public void Empty(int carrier)
    {
        if (_blockOf[carrier] >= 0)
        {
            _freeBlocks.Push(_blockOf[carrier]);
            _blockOf[carrier] = -1;
        }

        _load[carrier] = 0;
        _used[carrier] = 0;
        _sealed[carrier] = false;
        _unloaded[carrier] = 0;
    }

    /// <summary>Puts a unit taking <paramref name="size"/> places, which reached the origin at <paramref name="enteredAt"/>, aboard and returns the carrier's new load in units.</summary>
    public int Board(int carrier, int cargo, int size, double now, double closedHours, double enteredAt)
    {
        _used[carrier] += size;
        if (_blockOf[carrier] < 0)
        {
            _blockOf[carrier] = TakeBlock();
        }

        int slot = First(carrier) + _load[carrier];
        _cargo[slot] = cargo;
        _boardedAt[slot] = now;
        _enteredAt[slot] = enteredAt;
        _closedHoursAtBoarding[slot] = closedHours;
        return ++_load[carrier];
    }

    /// <summary>Adds <paramref name="hours"/> in <paramref name="category"/> to every unit aboard.</summary>
    public void ChargeAboard(int carrier, CargoPool pool, TimeCategory category, double hours)
    {
        int first = First(carrier);
        for (int s = first; s < first + _load[carrier]; s++)
        {
            pool.AddTime(_cargo[s], category, hours);
        }
    }

    /// <summary>
    /// Charges every unit aboard a departing carrier: its wait since boarding to consolidation until
    /// the carrier was ready (<see cref="DepartureGate.ReadyAt"/>), to queueing while it waited for a
    /// line slot and to rolling stock while it waited for stock, each less any closure meanwhile
    /// (charged to disruption); the loading to handling and the crossing to moving. Records each
    /// unit's wait since it reached the origin in <paramref name="originWaits"/>.
    /// </summary>
    public void ChargeDeparture(int carrier, CargoPool pool, double now, double closedNow, double loading, double crossing, Statistics.Tally originWaits, DepartureGate gate)
    {
        double readyAt = gate.ReadyAt;
        double closedAtReady = gate.ClosedAtReady;
        double slotAt = gate.SlotAt;
        double closedAtSlot = gate.ClosedAtSlot;
        int first = First(carrier);
        int end = first + _load[carrier];
        for (int s = first; s < end; s++)
        {
            if (s + PrefetchDistance < end)
            {
                pool.Prefetch(_cargo[s + PrefetchDistance]);
            }

            int cargo = _cargo[s];
            double since = _boardedAt[s];
            double closedSince = _closedHoursAtBoarding[s];
            Wait(pool, cargo, TimeCategory.Consolidation, readyAt, closedAtReady, ref since, ref closedSince);
            Wait(pool, cargo, TimeCategory.Queueing, slotAt, closedAtSlot, ref since, ref closedSince);
            Wait(pool, cargo, TimeCategory.RollingStock, now, closedNow, ref since, ref closedSince);
            pool.AddTime(cargo, TimeCategory.Handling, loading);
            pool.AddTime(cargo, TimeCategory.Moving, crossing);
            originWaits.Add(now - _enteredAt[s]);
        }
    }

    /// <summary>
    /// Charges every unit aboard a departing carrier that needs no line slot or rolling stock (a
    /// vessel): the wait since boarding to consolidation (less any closure since, charged to
    /// disruption), the loading to handling and the crossing to moving; records each unit's wait
    /// since it reached the origin in <paramref name="originWaits"/>.
    /// </summary>
    public void ChargeDeparture(int carrier, CargoPool pool, double now, double closedNow, double loading, double crossing, Statistics.Tally originWaits)
    {
        int first = First(carrier);
        int end = first + _load[carrier];
        for (int s = first; s < end; s++)
        {
            if (s + PrefetchDistance < end)
            {
                pool.Prefetch(_cargo[s + PrefetchDistance]);
            }

            int cargo = _cargo[s];
            double disrupted = closedNow - _closedHoursAtBoarding[s];
            pool.AddTime(cargo, TimeCategory.Consolidation, now - _boardedAt[s] - disrupted);
            pool.AddTime(cargo, TimeCategory.Handling, loading);
            pool.AddTime(cargo, TimeCategory.Moving, crossing);
            if (disrupted > 0.0)
            {
                pool.AddTime(cargo, TimeCategory.Disruption, disrupted);
            }

            originWaits.Add(now - _enteredAt[s]);
        }
    }

    /// <summary>Marks the time a carrier that unloads outside the line of <see cref="QueueToUnload"/> (a vessel) was ready to unload, from which blocking is charged.</summary>
    public void ReadyToUnload(int carrier, double now) => _readyAt[carrier] = now;

    /// <summary>Puts a carrier that reached the destination in line to unload; true when it is first, so unloading should start.</summary>
    public bool QueueToUnload(int carrier, double now)
    {
        _readyAt[carrier] = now;
        _waitingToUnload.Enqueue(carrier);
        return _waitingToUnload.Count == 1;
    }

    /// <summary>
    /// Unloads the first carrier in line into <paramref name="next"/> (see <see cref="UnloadInto"/>),
    /// lowering <paramref name="aboard"/> by the units taken; returns the carrier when it is empty
    /// (it leaves the line), or −1 when it is still holding units or no carrier is waiting.
    /// </summary>
    public int UnloadFirstWaiting(ICargoReceiver next, CargoPool pool, double now, ref int aboard)
    {
        if (_waitingToUnload.Count == 0)
        {
            return -1;
        }

        int carrier = _waitingToUnload.PeekFirst();
        aboard -= UnloadInto(carrier, next, pool, now);
        if (HasUnitsAboard(carrier))
        {
            return -1;
        }

        _waitingToUnload.Dequeue();
        return carrier;
    }

    public bool HasUnitsAboard(int carrier) => _unloaded[carrier] < _load[carrier];

    /// <summary>
    /// Offers the carrier's units still aboard to <paramref name="next"/> in boarding order until one
    /// is refused, and returns how many it took. Each is charged its wait aboard since the carrier
    /// was ready to unload to queueing, before the offer because a sink reads the breakdown.
    /// </summary>
    public int UnloadInto(int carrier, ICargoReceiver next, CargoPool pool, double now)
    {
        int taken = 0;
        int first = First(carrier);
        double blocked = now - _readyAt[carrier];
        while (HasUnitsAboard(carrier))
        {
            int cargo = _cargo[first + _unloaded[carrier]];
            if (_unloaded[carrier] + PrefetchDistance < _load[carrier])
            {
                pool.Prefetch(_cargo[first + _unloaded[carrier] + PrefetchDistance]);
            }

            if (blocked > 0.0)
            {
                pool.AddTime(cargo, TimeCategory.Queueing, blocked);
            }

            if (!next.TryAccept(cargo))
            {
                pool.AddTime(cargo, TimeCategory.Queueing, -blocked);
                break;
            }

            _unloaded[carrier]++;
            taken++;
        }

        if (!HasUnitsAboard(carrier))
        {
            // Emptied: the block goes back for the next carrier to load, the carrier returns empty.
            Empty(carrier);
        }

        return taken;
    }

    /// <summary>
    /// Charges the part of a unit's wait from <paramref name="since"/> to <paramref name="until"/>
    /// (none if it boarded later) to <paramref name="category"/>, less the closed hours meanwhile,
    /// which go to disruption, and moves <paramref name="since"/> on.
    /// </summary>
    private static void Wait(CargoPool pool, int cargo, TimeCategory category, double until, double closedUntil, ref double since, ref double closedSince)
    {
        if (!(until > since))
        {
            return;
        }

        double disrupted = closedUntil - closedSince;
        pool.AddTime(cargo, category, until - since - disrupted);
        if (disrupted > 0.0)
        {
            pool.AddTime(cargo, TimeCategory.Disruption, disrupted);
        }

        since = until;
        closedSince = closedUntil;
    }

    /// <summary>Index of the carrier's first slot; its units occupy [First, First + Load).</summary>
    private int First(int carrier) => _blockOf[carrier] * _capacity;

    private int TakeBlock()
    {
        if (_freeBlocks.Count == 0)
        {
            int grown = Math.Min(_fleetSize, _blocks * 2);
            Array.Resize(ref _cargo, grown * _capacity);
            Array.Resize(ref _boardedAt, grown * _capacity);
            Array.Resize(ref _enteredAt, grown * _capacity);
            Array.Resize(ref _closedHoursAtBoarding, grown * _capacity);
            for (int b = grown - 1; b >= _blocks; b--)
            {
                _freeBlocks.Push(b);
            }

            _blocks = grown;
        }

        return _freeBlocks.Pop();
    }
}
