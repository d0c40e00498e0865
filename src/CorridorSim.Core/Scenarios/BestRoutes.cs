namespace CorridorSim.Scenarios;

/// <summary>
/// A stream's routes as the <paramref name="Count"/> best simple routes from its origin to its
/// destination by generalised cost (expected hours × value of time + charges), best first.
/// </summary>
/// <param name="Count">How many routes, at least 1.</param>
public sealed record BestRoutes(int Count)
{
    /// <summary>
    /// A route family (a link <c>corridor</c> label such as "middle") to keep to: only its links,
    /// links labelled "access" and unlabelled links are used; null to search the whole network.
    /// </summary>
    public string? Corridor { get; init; }
}
