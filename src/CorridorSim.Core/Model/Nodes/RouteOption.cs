namespace CorridorSim.Model.Nodes;

/// <summary>One route a <see cref="RouteChooser"/> weighs with its logit.</summary>
/// <param name="PlannedHours">Planning estimate of the route's transit time, hours: its expected time until containers have been delivered on it.</param>
/// <param name="ChargesUsdPerTeu">Freight and node charges along the route, USD per TEU.</param>
/// <param name="PathSize">Path size in (0, 1]: 1 for a route that shares no link with the others (path-size logit); its log is added to the route's utility.</param>
public readonly record struct RouteOption(double PlannedHours, double ChargesUsdPerTeu, double PathSize = 1.0);
