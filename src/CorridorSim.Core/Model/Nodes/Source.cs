using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Randomness;
using CorridorSim.Randomness.Distributions;

namespace CorridorSim.Model.Nodes;

/// <summary>
/// Creates cargo: batches of <see cref="BatchSize"/> units at intervals drawn from a distribution
/// (exponential for a Poisson stream, deterministic for a timetable of block trains). Each unit is
/// offered to <see cref="Next"/>; a unit refused for lack of room is rejected and counted.
/// </summary>
public sealed class Source : Component
{
    private const int Arrival = 0;

    private readonly Distribution _interarrival;
    private readonly RandomStream _gaps;
    private readonly CargoPool _cargo;
    private long _batches;

    /// <summary>Creates a source whose first batch arrives one interarrival time after time zero.</summary>
    /// <param name="simulation">The owning simulation.</param>
    /// <param name="id">Unique component id.</param>
    /// <param name="interarrival">Hours between batches.</param>
    /// <param name="batchSize">Units per batch (1 for single containers, N for a block train).</param>
    /// <param name="tag">Tag stamped on every unit, e.g. the demand stream index.</param>
    public Source(Simulation simulation, string id, Distribution interarrival, int batchSize = 1, int tag = 0)
        : base(simulation, id)
    {
        ArgumentNullException.ThrowIfNull(interarrival);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        _interarrival = interarrival;
        _cargo = simulation.Cargo;
        BatchSize = batchSize;
        Tag = tag;
        _gaps = StreamFor("arrival-gaps");
        Schedule(_interarrival.Sample(_gaps), Arrival);
    }

    /// <summary>Where new units are offered. Must be set before the run.</summary>
    public ICargoReceiver? Next { get; set; }

    /// <summary>Units per batch.</summary>
    public int BatchSize { get; }

    /// <summary>Tag stamped on every unit.</summary>
    public int Tag { get; }

    /// <summary>Stop after this many batches (unbounded by default).</summary>
    public long BatchLimit { get; set; } = long.MaxValue;

    /// <summary>Units created since the last statistics reset.</summary>
    public long Generated { get; private set; }

    /// <summary>Units refused by <see cref="Next"/> since the last statistics reset.</summary>
    public long Rejected { get; private set; }

    /// <inheritdoc />
    public override int CargoCount => 0;

    /// <inheritdoc />
    protected internal override void OnEvent(int kind, int argument)
    {
        var next = Next ?? WiringFaults.NoNext("Source", Id);
        double now = Simulation.NowHours;
        for (int i = 0; i < BatchSize; i++)
        {
            int unit = _cargo.Create(now, Tag);
            Generated++;
            if (!next.TryAccept(unit))
            {
                _cargo.Reject(unit, now);
                Rejected++;
            }
        }

        if (++_batches < BatchLimit)
        {
            Schedule(_interarrival.Sample(_gaps), Arrival);
        }
    }

    /// <inheritdoc />
    protected internal override void ResetStatistics()
    {
        Generated = 0;
        Rejected = 0;
    }
}
