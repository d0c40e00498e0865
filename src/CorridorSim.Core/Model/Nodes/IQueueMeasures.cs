using CorridorSim.Kernel;
using CorridorSim.Statistics;

namespace CorridorSim.Model.Nodes;

/// <summary>The queue measures a component reports in kpis.csv: how busy it was, how long the queue, how long the wait.</summary>
public interface IQueueMeasures
{
    /// <summary>Component id.</summary>
    string Id { get; }

    /// <summary>Containers that left since the last statistics reset.</summary>
    long Departures { get; }

    /// <summary>Hours each container waited before service or passing.</summary>
    Tally Waits { get; }

    /// <summary>Largest queue length seen since the last statistics reset.</summary>
    int MaxQueueLength { get; }

    /// <summary>Time-average number waiting up to <paramref name="now"/>.</summary>
    double MeanQueueLength(SimTime now);

    /// <summary>Share of capacity used up to <paramref name="now"/>.</summary>
    double Utilisation(SimTime now);
}
