namespace CorridorSim.Charts;

/// <summary>
/// Where a map's node labels went: placed greedily, the most important nodes first (origins and
/// destinations, then ports, borders, gauge changes, terminals; within a kind, the busier first),
/// each at the first free place of eight around its node that crosses the fewest lines, or
/// further out with a leader line, or left out. No two placed labels overlap, none covers another
/// node, and all lie inside the map's frame.
/// </summary>
/// <param name="Placed">The labels drawn, in the order they were placed.</param>
/// <param name="Skipped">Ids of the nodes in view whose label found no room.</param>
/// <param name="Frame">The map's data area in pixels (left, top, right, bottom) that the labels keep inside.</param>
public sealed record LabelPlacement(IReadOnlyList<PlacedLabel> Placed, IReadOnlyList<string> Skipped, (double Left, double Top, double Right, double Bottom) Frame);
