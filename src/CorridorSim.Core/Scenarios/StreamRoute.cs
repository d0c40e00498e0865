namespace CorridorSim.Scenarios;

/// <summary>
/// One of the routes a demand stream may take: the fastest route from the stream's origin through
/// <see cref="Via"/>, in order, to its destination.
/// </summary>
/// <param name="Via">Node ids the route passes in order, or link ids to force one service where several run between the same places.</param>
public sealed record StreamRoute(IReadOnlyList<string> Via)
{
    /// <summary>Label in tables and results; null to describe the route by the ports, gauge changes and borders it passes.</summary>
    public string? Name { get; init; }
}
