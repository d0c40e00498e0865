using CorridorSim.Kernel;
using CorridorSim.Statistics;

namespace CorridorSim.Model.Links;

/// <summary>
/// The room taken by the units waiting at a carrier service's origin, and the share of the time
/// it was full; a component of its own (id: the service's id + ":buffer") so that results can read
/// it and statistics reset with the rest.
/// </summary>
internal sealed class OriginBuffer(Simulation simulation, string id, int capacity) : Component(simulation, id)
{
    private readonly TimeWeighted _full = new();
    private int _used;

    public override int CargoCount => 0;

    /// <summary>Whether a unit taking <paramref name="size"/> places fits.</summary>
    public bool Fits(int size) => _used <= capacity - size;

    /// <summary>Records a unit of <paramref name="size"/> places joining (positive) or leaving (negative); full means no room for <paramref name="largest"/>.</summary>
    public void Change(int size, int largest)
    {
        _used += size;
        _full.Update(Simulation.NowHours, Fits(largest) ? 0.0 : 1.0);
    }

    /// <summary>Share of the time since the last statistics reset that it was full, up to <paramref name="now"/>.</summary>
    public double FullShare(SimTime now) => _full.Mean(now.Hours);

    protected internal override void OnEvent(int kind, int argument) =>
        throw new InvalidOperationException("An origin buffer schedules no events.");

    protected internal override void ResetStatistics() => _full.Reset(Simulation.NowHours);
}
