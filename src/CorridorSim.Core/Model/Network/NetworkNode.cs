namespace CorridorSim.Model.Network;

/// <summary>A place in the network, with its handling parameters and sources.</summary>
/// <param name="Id">Unique kebab-case id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code.</param>
/// <param name="Kind">What the node is.</param>
/// <param name="Latitude">Decimal degrees north.</param>
/// <param name="Longitude">Decimal degrees east.</param>
public sealed record NetworkNode(string Id, string Name, string Country, NodeKind Kind, double Latitude, double Longitude)
{
    /// <summary>Parallel handling servers, if the node handles cargo.</summary>
    public int? Servers { get; init; }

    /// <summary>Time one server needs per TEU.</summary>
    public DistributionSpec? HandlingHoursPerTeu { get; init; }

    /// <summary>Uncapacitated dwell per container (documents, inspection).</summary>
    public DistributionSpec? DwellHours { get; init; }

    /// <summary>Dwell of scheduled block trains of priority streams, where it differs from <see cref="DwellHours"/>.</summary>
    public DistributionSpec? PriorityDwellHours { get; init; }

    /// <summary>
    /// Dwell of containers travelling through the node against the links' written direction (they
    /// leave it over a link from its <c>to</c> to its <c>from</c>, or, at their destination,
    /// arrived over one), replacing <see cref="DwellHours"/> and <see cref="PriorityDwellHours"/>
    /// for them (with no <see cref="DwellHours"/>, only they dwell); the same dwell both ways when null.
    /// </summary>
    public DistributionSpec? ReverseDwellHours { get; init; }

    /// <summary>Throughput limit per day.</summary>
    public double? CapacityTeuPerDay { get; init; }

    /// <summary>Containers that may wait here.</summary>
    public int? YardCapacityTeu { get; init; }

    /// <summary>Charges per TEU paid here, USD.</summary>
    public double ChargeUsdPerTeu { get; init; }

    /// <summary>Share of containers physically inspected.</summary>
    public double? InspectionShare { get; init; }

    /// <summary>Source ids of the node's figures.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Notes on estimates and caveats.</summary>
    public string? Notes { get; init; }

    /// <summary>The file the node was read from.</summary>
    public string? File { get; init; }

    /// <summary>Where in <see cref="File"/> the node was read from, e.g. <c>$.nodes[3]</c>.</summary>
    public string? JsonPath { get; init; }

    /// <summary>Hours a container spends here with no queueing, for listings: mean handling per TEU plus dwell; routes are timed by <see cref="Routing.RouteTiming"/>.</summary>
    public double ExpectedHours => (HandlingHoursPerTeu?.Mean ?? 0.0) + (DwellHours?.Mean ?? 0.0);
}
