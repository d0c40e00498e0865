using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Statistics;

namespace CorridorSim.Model.Nodes;

/// <summary>
/// The end of the line: records each arriving unit's time in system and time breakdown, then
/// releases it. Always has room. Can stop the run after a given number of deliveries.
/// </summary>
public sealed class Sink : Component, ICargoReceiver
{
    private readonly CargoPool _cargo;
    private readonly double[] _categoryHours = new double[CargoPool.CategoryCount];
    private long _deliveredInRun;

    /// <summary>Creates a sink.</summary>
    /// <param name="simulation">The owning simulation.</param>
    /// <param name="id">Unique component id.</param>
    /// <param name="batchSize">When positive, also groups consecutive system times into batches of this size for a batch-means interval.</param>
    public Sink(Simulation simulation, string id, int batchSize = 0)
        : base(simulation, id)
    {
        _cargo = simulation.Cargo;
        SystemTimeBatches = batchSize > 0 ? new BatchMeans(batchSize) : null;
    }

    /// <summary>Calls <see cref="Simulation.Stop"/> once this many units have arrived in the whole run (unbounded by default).</summary>
    public long StopAfter { get; set; } = long.MaxValue;

    /// <summary>Units delivered since the last statistics reset.</summary>
    public long Delivered => SystemTimes.Count;

    /// <summary>Hours from creation to delivery, per unit delivered since the last statistics reset.</summary>
    public Tally SystemTimes { get; } = new(withQuantiles: true);

    /// <summary>Batch means of system times, when a batch size was given.</summary>
    public BatchMeans? SystemTimeBatches { get; }

    /// <inheritdoc />
    public override int CargoCount => 0;

    /// <summary>Mean hours per delivered unit spent in <paramref name="category"/>.</summary>
    public double MeanTimeIn(TimeCategory category) =>
        Delivered == 0 ? double.NaN : _categoryHours[(int)category] / Delivered;

    /// <inheritdoc />
    public bool TryAccept(int cargo)
    {
        double systemTime = Simulation.NowHours - _cargo.CreatedAt(cargo);
        SystemTimes.Add(systemTime);
        SystemTimeBatches?.Add(systemTime);
        var breakdown = _cargo.Breakdown(cargo);
        for (int i = 0; i < breakdown.Length; i++)
        {
            _categoryHours[i] += breakdown[i];
        }

        _cargo.Deliver(cargo, Simulation.NowHours);
        if (++_deliveredInRun >= StopAfter)
        {
            Simulation.Stop();
        }

        return true;
    }

    /// <summary>A sink never refuses, so nobody ever waits for room here.</summary>
    public void NotifyWhenRoom(IRoomListener sender)
    {
    }

    /// <inheritdoc />
    protected internal override void OnEvent(int kind, int argument) =>
        throw new InvalidOperationException("A sink schedules no events.");

    /// <inheritdoc />
    protected internal override void ResetStatistics()
    {
        SystemTimes.Reset();
        SystemTimeBatches?.Reset();
        Array.Clear(_categoryHours);
    }
}
