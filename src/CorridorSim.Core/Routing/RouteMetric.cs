namespace CorridorSim.Routing;

/// <summary>What "shortest" means when ranking routes.</summary>
public enum RouteMetric
{
    /// <summary>Total length in km.</summary>
    Distance,

    /// <summary>Planning estimate of the transit time: one shipment alone on an empty corridor (<see cref="RouteTiming"/>).</summary>
    Time,

    /// <summary>Generalised cost per TEU: expected time × value of time + freight charges + node charges.</summary>
    Cost,
}
