using CorridorSim.Kernel;
using CorridorSim.Model.Links;
using CorridorSim.Model.Nodes;
using CorridorSim.Results;

namespace CorridorSim.Experiments;

/// <summary>
/// Samples the capacity-limited components at the end of each measured week: the week's mean
/// queue, the containers held at its end and the week's utilisation. The components keep time
/// averages since the statistics reset; a week's mean is the growth of that average's area over
/// the week, so sampling costs nothing per event.
/// </summary>
internal sealed class WeeklySampler
{
    private readonly IReadOnlyList<Component> _sampled;
    private readonly double _start;
    private readonly List<double>[] _meanQueue;
    private readonly List<double>[] _backlog;
    private readonly List<double>[] _utilisation;
    private readonly double[] _queueArea;
    private readonly double[][] _busyArea;
    private double _previous;

    /// <summary>Samples <paramref name="simulation"/>'s queues, carriers, yards and origins from <paramref name="startHours"/>, when its statistics were reset.</summary>
    public WeeklySampler(Simulation simulation, double startHours)
    {
        _sampled = [.. simulation.Components.Where(c => c is IQueueMeasures or BatchCarrierService or VesselService or Yard or DemandSource)];
        _start = startHours;
        _previous = startHours;
        _meanQueue = [.. _sampled.Select(_ => new List<double>())];
        _backlog = [.. _sampled.Select(_ => new List<double>())];
        _utilisation = [.. _sampled.Select(_ => new List<double>())];
        _queueArea = new double[_sampled.Count];
        _busyArea = [.. _sampled.Select(c => new double[BusyAreas(c, SimTime.Zero, 0.0).Length])];
    }

    /// <summary>Closes the week that ends at <paramref name="at"/> hours (the last event's time when a run stopped early); nothing when no time passed.</summary>
    public void Sample(SimTime now, double at)
    {
        if (at <= _previous)
        {
            return;
        }

        double elapsed = at - _start;
        double week = at - _previous;
        for (int i = 0; i < _sampled.Count; i++)
        {
            var component = _sampled[i];
            double area = MeanQueue(component, now) * elapsed;
            _meanQueue[i].Add((area - _queueArea[i]) / week);
            _queueArea[i] = area;
            _backlog[i].Add(Held(component));

            double[] busy = BusyAreas(component, now, elapsed);
            double most = double.NaN;
            for (int k = 0; k < busy.Length; k++)
            {
                double share = (busy[k] - _busyArea[i][k]) / week;
                most = double.IsNaN(most) ? share : Math.Max(most, share);
                _busyArea[i][k] = busy[k];
            }

            _utilisation[i].Add(most);
        }

        _previous = at;
    }

    /// <summary>The end of the last week sampled, in hours.</summary>
    public double SampledUntil => _previous;

    /// <summary>Each component's weeks so far.</summary>
    public IReadOnlyList<ComponentSeries> Series() =>
        [.. _sampled.Select((c, i) => new ComponentSeries(c.Id, _meanQueue[i], _backlog[i]) { Utilisation = _utilisation[i] })];

    private static double MeanQueue(Component component, SimTime now) => component switch
    {
        IQueueMeasures queue => queue.MeanQueueLength(now),
        BatchCarrierService carriers => carriers.MeanQueueLength(now),
        VesselService vessels => vessels.MeanQueueLength(now),
        Yard yard => yard.MeanHeldContainers(now),
        DemandSource source => source.MeanBacklogContainers(now),
        _ => double.NaN,
    };

    /// <summary>Containers a sampled component holds now: an origin its backlog, a yard what the components inside it hold.</summary>
    private static int Held(Component component) => component switch
    {
        Yard yard => yard.HeldContainers,
        DemandSource source => source.BacklogContainers,
        _ => component.CargoCount,
    };

    /// <summary>
    /// The hours of capacity used since the reset, one figure per kind of capacity the component
    /// has (the shares summary.json reports, times <paramref name="elapsed"/>): servers or daily
    /// capacity; a train service's fleet, line slots and rolling stock; a vessel service's fleet;
    /// a yard's room. None for an origin.
    /// </summary>
    private static double[] BusyAreas(Component component, SimTime now, double elapsed) => component switch
    {
        VesselService vessels => [vessels.FleetUtilisation(now) * elapsed],
        IQueueMeasures queue => [queue.Utilisation(now) * elapsed],
        BatchCarrierService carriers =>
        [
            carriers.FleetUtilisation(now) * elapsed,
            .. carriers.MinimumHeadway.Hours > 0 ? [carriers.Departures * carriers.MinimumHeadway.Hours] : Array.Empty<double>(),
            .. carriers.RollingStock is RollingStockPool stock ? [stock.TrainSetUtilisation(now) * elapsed, stock.PlatformUtilisation(now) * elapsed] : Array.Empty<double>(),
        ],
        Yard yard => [yard.MeanHeldTeu(now) / yard.CapacityTeu * elapsed],
        _ => [],
    };
}
