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
    private readonly Stack<int> _freeBlocks = new();

    // One entry per slot and one per carrier, each with its fields side by side: boarding,
    // charging and unloading read and write them together.
    private Slot[] _slots;
    private int _blocks;
    private readonly Carrier[] _carriers;
    private readonly RingBuffer<int> _waitingToUnload = new(4);

    public CarrierManifests(int fleetSize, int capacity)
    {
        _capacity = capacity;
        _fleetSize = fleetSize;
        _carriers = new Carrier[fleetSize];
        for (int c = 0; c < fleetSize; c++)
        {
            _carriers[c].Block = -1;
        }

        int blocks = Math.Min(fleetSize, 4);
        _slots = new Slot[blocks * capacity];
        for (int b = blocks - 1; b >= 0; b--)
        {
            _freeBlocks.Push(b);
        }

        _blocks = blocks;
    }

    public int Load(int carrier) => _carriers[carrier].Load;

    /// <summary>The room the carrier's load takes: TEU when sized by TEU, else units.</summary>
    public int Used(int carrier) => _carriers[carrier].Used;

    /// <summary>Carriers at the destination still holding units, in arrival order.</summary>
    public int WaitingToUnload => _waitingToUnload.Count;

    /// <summary>Places the largest unit takes (2 when sized by TEU); a carrier with less room left counts as full.</summary>
    public int LargestUnit { get; set; } = 1;

    public bool IsFull(int carrier)
    {
        ref readonly var c = ref _carriers[carrier];
        return c.Sealed || c.Used > _capacity - LargestUnit;
    }

    /// <summary>When a unit taking <paramref name="size"/> places does not fit, marks the carrier full and returns true.</summary>
    public bool SealIfTooBig(int carrier, int size)
    {
        ref var c = ref _carriers[carrier];
        return c.Sealed = c.Sealed || c.Used + size > _capacity;
    }

    public void Empty(int carrier)
    {
        ref var c = ref _carriers[carrier];
        if (c.Block >= 0)
        {
            _freeBlocks.Push(c.Block);
        }

        c = c with { Block = -1, Load = 0, Used = 0, Sealed = false, Unloaded = 0 };
    }

    /// <summary>Puts a unit taking <paramref name="size"/> places, which reached the origin at <paramref name="enteredAt"/>, aboard and returns the carrier's new load in units.</summary>
    public int Board(int carrier, int cargo, int size, double now, double closedHours, double enteredAt)
    {
        ref var c = ref _carriers[carrier];
        c.Used += size;
        if (c.Block < 0)
        {
            c.Block = TakeBlock();
        }

        _slots[(c.Block * _capacity) + c.Load] = new Slot(now, enteredAt, closedHours, cargo);
        return ++c.Load;
    }

    /// <summary>Adds <paramref name="hours"/> in <paramref name="category"/> to every unit aboard.</summary>
    public void ChargeAboard(int carrier, CargoPool pool, TimeCategory category, double hours)
    {
        foreach (ref readonly var slot in Aboard(carrier))
        {
            pool.AddTime(slot.Cargo, category, hours);
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
        var aboard = Aboard(carrier);
        for (int s = 0; s < aboard.Length; s++)
        {
            if (s + PrefetchDistance < aboard.Length)
            {
                pool.Prefetch(aboard[s + PrefetchDistance].Cargo);
            }

            ref readonly var slot = ref aboard[s];
            int cargo = slot.Cargo;
            double since = slot.BoardedAt;
            double closedSince = slot.ClosedHours;
            Wait(pool, cargo, TimeCategory.Consolidation, readyAt, closedAtReady, ref since, ref closedSince);
            Wait(pool, cargo, TimeCategory.Queueing, slotAt, closedAtSlot, ref since, ref closedSince);
            Wait(pool, cargo, TimeCategory.RollingStock, now, closedNow, ref since, ref closedSince);
            pool.AddTime(cargo, TimeCategory.Handling, loading);
            pool.AddTime(cargo, TimeCategory.Moving, crossing);
            originWaits.Add(now - slot.EnteredAt);
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
        var aboard = Aboard(carrier);
        for (int s = 0; s < aboard.Length; s++)
        {
            if (s + PrefetchDistance < aboard.Length)
            {
                pool.Prefetch(aboard[s + PrefetchDistance].Cargo);
            }

            ref readonly var slot = ref aboard[s];
            int cargo = slot.Cargo;
            double disrupted = closedNow - slot.ClosedHours;
            pool.AddTime(cargo, TimeCategory.Consolidation, now - slot.BoardedAt - disrupted);
            pool.AddTime(cargo, TimeCategory.Handling, loading);
            pool.AddTime(cargo, TimeCategory.Moving, crossing);
            if (disrupted > 0.0)
            {
                pool.AddTime(cargo, TimeCategory.Disruption, disrupted);
            }

            originWaits.Add(now - slot.EnteredAt);
        }
    }

    /// <summary>Marks the time a carrier that unloads outside the line of <see cref="QueueToUnload"/> (a vessel) was ready to unload, from which blocking is charged.</summary>
    public void ReadyToUnload(int carrier, double now) => _carriers[carrier].ReadyAt = now;

    /// <summary>Puts a carrier that reached the destination in line to unload; true when it is first, so unloading should start.</summary>
    public bool QueueToUnload(int carrier, double now)
    {
        _carriers[carrier].ReadyAt = now;
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

    public bool HasUnitsAboard(int carrier) => _carriers[carrier].Unloaded < _carriers[carrier].Load;

    /// <summary>
    /// Offers the carrier's units still aboard to <paramref name="next"/> in boarding order until one
    /// is refused, and returns how many it took. Each is charged its wait aboard since the carrier
    /// was ready to unload to queueing, before the offer because a sink reads the breakdown.
    /// </summary>
    public int UnloadInto(int carrier, ICargoReceiver next, CargoPool pool, double now)
    {
        int taken = 0;
        ref var c = ref _carriers[carrier];
        int first = c.Block * _capacity;
        double blocked = now - c.ReadyAt;

        // Re-read through the carrier each time: an offer may reach this service again (a
        // receiver's room listener), though never this carrier's slots.
        while (c.Unloaded < c.Load)
        {
            int cargo = _slots[first + c.Unloaded].Cargo;
            if (c.Unloaded + PrefetchDistance < c.Load)
            {
                pool.Prefetch(_slots[first + c.Unloaded + PrefetchDistance].Cargo);
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

            c.Unloaded++;
            taken++;
        }

        if (c.Unloaded >= c.Load)
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

    /// <summary>The slots of the units aboard the carrier, in boarding order.</summary>
    private Span<Slot> Aboard(int carrier)
    {
        ref readonly var c = ref _carriers[carrier];
        return c.Load == 0 ? default : _slots.AsSpan(c.Block * _capacity, c.Load);
    }

    private int TakeBlock()
    {
        if (_freeBlocks.Count == 0)
        {
            int grown = Math.Min(_fleetSize, _blocks * 2);
            Array.Resize(ref _slots, grown * _capacity);
            for (int b = grown - 1; b >= _blocks; b--)
            {
                _freeBlocks.Push(b);
            }

            _blocks = grown;
        }

        return _freeBlocks.Pop();
    }

    /// <summary>A unit aboard: when it boarded, when it reached the origin, the service's closed hours at boarding, its id.</summary>
    private readonly record struct Slot(double BoardedAt, double EnteredAt, double ClosedHours, int Cargo);

    /// <summary>A carrier's manifest: its block of slots (−1 when empty), units aboard and unloaded, the room they take, whether sealed, and when unloading could start.</summary>
    private record struct Carrier(int Block, int Load, int Unloaded, int Used, bool Sealed, double ReadyAt);
}
