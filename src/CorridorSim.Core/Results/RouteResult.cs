namespace CorridorSim.Results;

/// <summary>What one of the routes of a stream with several routes carried in the measured period.</summary>
public sealed record RouteResult
{
    /// <summary>Which of the stream's routes, 1 for the first (for <c>"best"</c>, the best by planned generalised cost).</summary>
    public int Number { get; init; }

    /// <summary>The route's name in the scenario, or the ports, gauge changes and borders it passes (its other nodes when it passes none).</summary>
    public required string Name { get; init; }

    /// <summary>Main corridor of the route (the corridor covering most kilometres).</summary>
    public required string Corridor { get; init; }

    /// <summary>Node ids of the route, origin first.</summary>
    public required IReadOnlyList<string> Nodes { get; init; }

    /// <summary>Link ids of the route, in travel order.</summary>
    public required IReadOnlyList<string> Links { get; init; }

    /// <summary>Route length, km.</summary>
    public double RouteKm { get; init; }

    /// <summary>Freight and node charges per TEU along the route, USD.</summary>
    public double CostUsdPerTeu { get; init; }

    /// <summary>Containers of the stream that set off on this route in the measured period.</summary>
    public long Containers { get; init; }

    /// <summary>This route's share of the containers of the stream that set off in the measured period (NaN if none did).</summary>
    public double ShareOfContainers { get; init; }

    /// <summary>Containers delivered by this route in the measured period (including some that set off during the warm-up).</summary>
    public long DeliveredContainers { get; init; }

    /// <summary>TEU delivered by this route in the measured period.</summary>
    public long DeliveredTeu { get; init; }

    /// <summary>Transit times of the containers this route delivered.</summary>
    public required TransitSummary Transit { get; init; }

    /// <summary>Charges plus the value of the simulated mean transit time, USD per TEU.</summary>
    public double GeneralisedCostUsdPerTeu { get; init; }
}
