using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Statistics;

namespace CorridorSim.Model.Links;

/// <summary>
/// Rolling stock shared by the train services of several links (one railway operator or region,
/// one track gauge): <see cref="TrainSets"/> train sets (locomotive and crew) and
/// <see cref="Platforms"/> container platforms of <see cref="TeuPerPlatform"/> TEU each. A
/// departing train takes one train set and the platforms its load needs,
/// ⌈TEU aboard ÷ <see cref="TeuPerPlatform"/>⌉, and gives them back when it is back at its
/// origin — after the loaded run, unloading and the empty return — plus
/// <see cref="TurnaroundHours"/>. A train the pool cannot supply waits; when stock comes back,
/// the waiting services are offered it in the order they began waiting, and each takes it if
/// what its train needs is there (first fit); a service whose train left joins the back of the
/// line with its next train. The pool draws no random numbers.
/// </summary>
public sealed class RollingStockPool : Component
{
    private const int Returned = 0;

    private readonly List<BatchCarrierService> _waiting = [];
    private readonly TimeWeighted _trainSetsInUse = new();
    private readonly TimeWeighted _platformsInUse = new();
    private int _trainSetsOut;
    private int _platformsOut;
    private bool _serving;

    /// <summary>Creates a pool with all its stock available.</summary>
    /// <param name="simulation">The owning simulation.</param>
    /// <param name="id">Unique component id.</param>
    /// <param name="trainSets">Train sets (locomotive and crew), ≥ 1.</param>
    /// <param name="platforms">Container platforms, ≥ 1.</param>
    /// <param name="teuPerPlatform">TEU one platform carries, ≥ 1.</param>
    /// <param name="turnaroundHours">Hours a train's stock stays out after it is back at its origin (inspection, re-forming), ≥ 0.</param>
    public RollingStockPool(Simulation simulation, string id, int trainSets, int platforms, int teuPerPlatform, double turnaroundHours = 0.0)
        : base(simulation, id)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trainSets);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(platforms);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(teuPerPlatform);
        ArgumentOutOfRangeException.ThrowIfNegative(turnaroundHours);
        ArgumentOutOfRangeException.ThrowIfEqual(double.IsFinite(turnaroundHours), false, nameof(turnaroundHours));
        TrainSets = trainSets;
        Platforms = platforms;
        TeuPerPlatform = teuPerPlatform;
        TurnaroundHours = turnaroundHours;
    }

    /// <summary>Train sets in the pool.</summary>
    public int TrainSets { get; }

    /// <summary>Container platforms in the pool.</summary>
    public int Platforms { get; }

    /// <summary>TEU one platform carries.</summary>
    public int TeuPerPlatform { get; }

    /// <summary>Hours a train's stock stays out after the train is back at its origin.</summary>
    public double TurnaroundHours { get; }

    /// <summary>Train sets not in use right now.</summary>
    public int TrainSetsAvailable => TrainSets - _trainSetsOut;

    /// <summary>Platforms not in use right now.</summary>
    public int PlatformsAvailable => Platforms - _platformsOut;

    /// <inheritdoc />
    public override int CargoCount => 0;

    /// <summary>Departures the pool supplied since the last statistics reset.</summary>
    public long Supplied { get; private set; }

    /// <summary>Of <see cref="Supplied"/>, the departures whose train had to wait for the stock.</summary>
    public long Waited { get; private set; }

    /// <summary>Train-hours trains waited for the pool's stock (outside closures) since the last statistics reset.</summary>
    public double WaitHours { get; private set; }

    /// <summary>Time-average share of the train sets in use.</summary>
    public double TrainSetUtilisation(SimTime now) => _trainSetsInUse.Mean(now.Hours) / TrainSets;

    /// <summary>Time-average share of the platforms in use.</summary>
    public double PlatformUtilisation(SimTime now) => _platformsInUse.Mean(now.Hours) / Platforms;

    /// <summary>Platforms a load of <paramref name="teu"/> TEU takes.</summary>
    public int PlatformsFor(int teu) => (teu + TeuPerPlatform - 1) / TeuPerPlatform;

    /// <inheritdoc />
    protected internal override void OnEvent(int kind, int argument)
    {
        if (kind != Returned)
        {
            WiringFaults.UnknownEvent(kind, Id);
        }

        GiveBack(argument);
    }

    /// <inheritdoc />
    protected internal override void ResetStatistics()
    {
        double now = Simulation.NowHours;
        Supplied = 0;
        Waited = 0;
        WaitHours = 0.0;
        _trainSetsInUse.Reset(now);
        _platformsInUse.Reset(now);
    }

    /// <summary>Takes one train set and <paramref name="platforms"/> platforms if the pool has them; <paramref name="waitedHours"/> is how long the train waited for them.</summary>
    internal bool TryTake(int platforms, double waitedHours)
    {
        if (_trainSetsOut == TrainSets || _platformsOut + platforms > Platforms)
        {
            return false;
        }

        double now = Simulation.NowHours;
        _trainSetsOut++;
        _platformsOut += platforms;
        _trainSetsInUse.Update(now, _trainSetsOut);
        _platformsInUse.Update(now, _platformsOut);
        Supplied++;
        if (waitedHours > 0.0)
        {
            Waited++;
            WaitHours += waitedHours;
        }

        return true;
    }

    /// <summary>Puts <paramref name="service"/> in line for returning stock, unless it is already.</summary>
    internal void Wait(BatchCarrierService service)
    {
        if (!_waiting.Contains(service))
        {
            _waiting.Add(service);
        }
    }

    /// <summary>A train set and its <paramref name="platforms"/> platforms are back at their origin; they are available after the turnaround.</summary>
    internal void Release(int platforms)
    {
        if (TurnaroundHours > 0.0)
        {
            Schedule(TurnaroundHours, Returned, platforms);
        }
        else
        {
            GiveBack(platforms);
        }
    }

    private void GiveBack(int platforms)
    {
        double now = Simulation.NowHours;
        _trainSetsOut--;
        _platformsOut -= platforms;
        _trainSetsInUse.Update(now, _trainSetsOut);
        _platformsInUse.Update(now, _platformsOut);
        if (_serving)
        {
            return;
        }

        // Each service in line is offered the stock. One whose train leaves and whose next train
        // is at once short of stock too joins the back of the line; one that still cannot leave
        // keeps its place; one no longer waiting (closed, or supplied meanwhile) leaves the line
        // and joins again when it next finds the pool short.
        _serving = true;
        for (int i = 0; i < _waiting.Count && _trainSetsOut < TrainSets;)
        {
            var service = _waiting[i];
            _waiting.RemoveAt(i);
            bool departed = service.OfferRollingStock();
            int rejoined = _waiting.IndexOf(service);
            if (!departed && rejoined >= 0)
            {
                _waiting.RemoveAt(rejoined);
                _waiting.Insert(i++, service);
            }
        }

        _serving = false;
    }
}
