using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Statistics;

namespace CorridorSim.Model.Nodes;

/// <summary>
/// Finite storage around a chain of components (a node's handling queue, capacity queue and dwell):
/// it admits a container at its entry while the TEU held between entry and <see cref="ExitTo"/>
/// leave room for it (1 TEU for a 20-ft box, 2 for a 40-ft one, from its tag), and refuses it
/// otherwise, so the train or vessel delivering here waits. Moves inside the chain are never
/// checked against the yard, so a full yard cannot lock itself. Senders refused are told, in the
/// order they asked, once room for a 40-ft box has freed; until then newcomers are refused too, so
/// nobody overtakes a sender already waiting. The yard holds no cargo itself: the components inside
/// do.
/// </summary>
public sealed class Yard : Component, ICargoReceiver
{
    private const int Wake = 0;

    private readonly CargoPool _cargo;
    private readonly RoomListeners _listeners = new();
    private readonly TimeWeighted _heldTeu = new();
    private readonly TimeWeighted _heldContainers = new();
    private readonly TimeWeighted _full = new();
    private bool _wakeScheduled;
    private bool _waking;
    private bool _refusedInside;
    private bool _hasExit;

    /// <summary>Creates an empty yard.</summary>
    /// <param name="simulation">The owning simulation.</param>
    /// <param name="id">Unique component id.</param>
    /// <param name="capacityTeu">TEU the yard holds, at least 2 (one 40-ft box).</param>
    public Yard(Simulation simulation, string id, int capacityTeu)
        : base(simulation, id)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacityTeu, 2);
        CapacityTeu = capacityTeu;
        _cargo = simulation.Cargo;
    }

    /// <summary>The first component inside the yard. Must be set before the run.</summary>
    public ICargoReceiver? Next { get; set; }

    /// <summary>TEU the yard holds.</summary>
    public int CapacityTeu { get; }

    /// <summary>TEU held now.</summary>
    public int HeldTeu { get; private set; }

    /// <summary>Containers held now.</summary>
    public int HeldContainers { get; private set; }

    /// <summary>Offers refused since the last statistics reset.</summary>
    public long Refusals { get; private set; }

    /// <summary>Most TEU held at once since the last statistics reset.</summary>
    public double MaxHeldTeu => _heldTeu.Max;

    /// <inheritdoc />
    public override int CargoCount => 0;

    /// <summary>Time-average containers held up to <paramref name="now"/>.</summary>
    public double MeanHeldContainers(SimTime now) => _heldContainers.Mean(now.Hours);

    /// <summary>Time-average TEU held up to <paramref name="now"/>.</summary>
    public double MeanHeldTeu(SimTime now) => _heldTeu.Mean(now.Hours);

    /// <summary>Share of the time up to <paramref name="now"/> that the yard had no room for a 40-ft box.</summary>
    public double FullShare(SimTime now) => _full.Mean(now.Hours);

    /// <summary>
    /// The receiver to put at the end of the chain inside the yard: it hands containers to
    /// <paramref name="next"/> and frees their room once <paramref name="next"/> has taken them.
    /// Call once.
    /// </summary>
    public ICargoReceiver ExitTo(ICargoReceiver next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (_hasExit)
        {
            throw new InvalidOperationException($"Yard '{Id}' already has an exit.");
        }

        _hasExit = true;
        return new YardExit(this, next);
    }

    /// <inheritdoc />
    public bool TryAccept(int cargo)
    {
        int teu = CargoTag.Teu(_cargo.Tag(cargo));
        _refusedInside = false;
        if ((_listeners.Count > 0 && !_waking) || HeldTeu > CapacityTeu - teu)
        {
            Refusals++;
            return false;
        }

        var next = Next ?? WiringFaults.NoNext("Yard", Id);
        Change(teu, 1);
        if (!next.TryAccept(cargo))
        {
            Change(-teu, -1);
            _refusedInside = true;
            return false;
        }

        return true;
    }

    /// <inheritdoc />
    public void NotifyWhenRoom(IRoomListener sender)
    {
        if (_refusedInside)
        {
            // The yard had room but the first component inside refused: wait for that one.
            _refusedInside = false;
            Next!.NotifyWhenRoom(sender);
            return;
        }

        _listeners.Add(sender);
    }

    /// <inheritdoc />
    protected internal override void OnEvent(int kind, int argument)
    {
        // Told after the event that freed the room, so no sender re-enters the chain mid-move.
        _wakeScheduled = false;
        _waking = true;
        while (HeldTeu <= CapacityTeu - 2 && _listeners.NotifyOne())
        {
        }

        _waking = false;
    }

    /// <inheritdoc />
    protected internal override void ResetStatistics()
    {
        double now = Simulation.NowHours;
        Refusals = 0;
        _heldTeu.Reset(now);
        _heldContainers.Reset(now);
        _full.Reset(now);
    }

    private void Change(int teu, int containers)
    {
        double now = Simulation.NowHours;
        HeldTeu += teu;
        HeldContainers += containers;
        _heldTeu.Update(now, HeldTeu);
        _heldContainers.Update(now, HeldContainers);
        _full.Update(now, HeldTeu > CapacityTeu - 2 ? 1.0 : 0.0);
    }

    private void Left(int tag)
    {
        Change(-CargoTag.Teu(tag), -1);
        if (_listeners.Count > 0 && !_wakeScheduled && HeldTeu <= CapacityTeu - 2)
        {
            _wakeScheduled = true;
            Schedule(0.0, Wake);
        }
    }

    private sealed class YardExit(Yard yard, ICargoReceiver next) : ICargoReceiver
    {
        public bool TryAccept(int cargo)
        {
            // Read the size before the hand-over: a destination releases the container inside TryAccept.
            int tag = yard._cargo.Tag(cargo);
            if (!next.TryAccept(cargo))
            {
                return false;
            }

            yard.Left(tag);
            return true;
        }

        public void NotifyWhenRoom(IRoomListener sender) => next.NotifyWhenRoom(sender);
    }
}
