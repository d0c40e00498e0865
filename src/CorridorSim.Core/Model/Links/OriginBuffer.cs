using CorridorSim.Kernel;
using CorridorSim.Statistics;

namespace CorridorSim.Model.Links;

/// <summary>
/// The room taken by the units waiting at a carrier service's origin, and the share of the time
/// it was full; a component of its own (id: the service's id + ":buffer") so that results can read
/// it and statistics reset with the rest. Room may also be booked for units on their way, let
/// through by loading restrictions at their origins: a unit fits while what waits is below the
/// capacity and what waits and is booked is below the capacity plus <see cref="OnTheWay"/>.
/// </summary>
internal sealed class OriginBuffer(Simulation simulation, string id, int capacity) : Component(simulation, id)
{
    private readonly TimeWeighted _full = new();
    private int _used;
    private int _booked;
    private bool[] _bookingLanes = [];

    public override int CargoCount => 0;

    /// <summary>Whether a unit taking <paramref name="size"/> places fits.</summary>
    public bool Fits(int size) => _used <= capacity - size && _used + _booked <= capacity + OnTheWay - size;

    /// <summary>Room for booked units on their way, beyond <c>capacity</c>: what may be waiting and on its way together is capacity + OnTheWay.</summary>
    public int OnTheWay { get; set; }

    /// <summary>Records a unit of <paramref name="size"/> places joining (positive) or leaving (negative); full means no room for <paramref name="largest"/>.</summary>
    public void Change(int size, int largest)
    {
        _used += size;
        _full.Update(Simulation.NowHours, Fits(largest) ? 0.0 : 1.0);
    }

    /// <summary>Books room for a unit of lane <paramref name="lane"/> taking <paramref name="size"/> places, on its way here; full means no room for <paramref name="largest"/>.</summary>
    public void Book(int lane, int size, int largest)
    {
        if (lane >= _bookingLanes.Length)
        {
            Array.Resize(ref _bookingLanes, Math.Max(lane + 1, 2 * _bookingLanes.Length));
        }

        _bookingLanes[lane] = true;
        Book(size, largest);
    }

    /// <summary>Releases the room booked for a unit of <paramref name="size"/> places that did not set off after all.</summary>
    public void Unbook(int size, int largest) => Book(-size, largest);

    /// <summary>A unit of lane <paramref name="lane"/> arrived: if its lane books, its booked room is released (it takes room as a waiting unit instead); true if it did.</summary>
    public bool Arrived(int lane, int size, int largest)
    {
        if (lane >= _bookingLanes.Length || !_bookingLanes[lane])
        {
            return false;
        }

        Book(-size, largest);
        return true;
    }

    /// <summary>Share of the time since the last statistics reset that it was full, up to <paramref name="now"/>.</summary>
    public double FullShare(SimTime now) => _full.Mean(now.Hours);

    private void Book(int size, int largest)
    {
        _booked += size;
        _full.Update(Simulation.NowHours, Fits(largest) ? 0.0 : 1.0);
    }

    protected internal override void OnEvent(int kind, int argument) =>
        throw new InvalidOperationException("An origin buffer schedules no events.");

    protected internal override void ResetStatistics() => _full.Reset(Simulation.NowHours);
}
