namespace CorridorSim.Routing;

/// <summary>What "shortest" means when ranking routes.</summary>
public enum RouteMetric
{
    /// <summary>Total length in km.</summary>
    Distance,

    /// <summary>Expected transit time with no queueing: moving, handling, dwell, average consolidation wait.</summary>
    Time,

    /// <summary>Generalised cost per TEU: expected time × value of time + freight charges + node charges.</summary>
    Cost,
}
