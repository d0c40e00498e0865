using System.Text.Json.Serialization;

namespace CorridorSim.Results;

/// <summary>
/// What one demand stream did in the measured period. For a stream with several routes every
/// figure covers all its containers whatever their route; the route figures (length, charges,
/// CO2) are the means over its delivered containers, <see cref="Route"/> is its first route, and
/// <see cref="Routes"/> has each route's own figures.
/// </summary>
public sealed record StreamResult
{
    /// <summary>Stream id.</summary>
    public required string Id { get; init; }

    /// <summary>Display name for tables and charts (the id when the scenario gives none).</summary>
    public required string Name { get; init; }

    /// <summary>Origin node id.</summary>
    public required string Origin { get; init; }

    /// <summary>Destination node id.</summary>
    public required string Destination { get; init; }

    /// <summary>Main corridor of the route (the corridor covering most kilometres).</summary>
    public required string Corridor { get; init; }

    /// <summary>Whether the stream's block trains have priority at borders.</summary>
    public bool Priority { get; init; }

    /// <summary>Demand in TEU per year (scenario input).</summary>
    public double DemandTeuPerYear { get; init; }

    /// <summary>TEU offered at the origin in the measured period (entered, held back or rejected).</summary>
    public long GeneratedTeu { get; init; }

    /// <summary>TEU that entered the corridor in the measured period, at once or from the origin's backlog.</summary>
    public long EnteredTeu { get; init; }

    /// <summary>TEU rejected at the origin in the measured period: the corridor could not take them and the backlog was at its maximum.</summary>
    public long RejectedTeu { get; init; }

    /// <summary>TEU held back in the origin's backlog at the end of the run.</summary>
    public long BacklogEndTeu { get; init; }

    /// <summary>Days each container that entered the corridor in the measured period waited in the origin's backlog first (0 for those sent at once); NaN when none entered.</summary>
    public TransitSummary BacklogWait { get; init; } = TransitSummary.None;

    /// <summary>TEU delivered in the measured period (including some created during the warm-up).</summary>
    public long DeliveredTeu { get; init; }

    /// <summary>Containers delivered in the measured period.</summary>
    public long DeliveredContainers { get; init; }

    /// <summary>Transit times of the delivered containers: time in the corridor, from entering it (after any wait in the origin's backlog) to the destination.</summary>
    public required TransitSummary Transit { get; init; }

    /// <summary>Mean days per container in each time category; they add up to the mean transit time.</summary>
    public required TimeBreakdown TimeBreakdownDays { get; init; }

    /// <summary>TEU delivered per calendar month of the measured period (labels in <see cref="RunResult.Months"/>).</summary>
    public required IReadOnlyList<double> DeliveredTeuByMonth { get; init; }

    /// <summary>TEU delivered per week of the measured period; week 0 starts with it.</summary>
    public required IReadOnlyList<double> WeeklyTeu { get; init; }

    /// <summary>Mean transit days of the containers delivered in the period, by calendar month of their departure (January first; NaN where none departed).</summary>
    public required IReadOnlyList<double> TransitDaysByDepartureMonth { get; init; }

    /// <summary>Containers by whole days of transit: element d counts transits in [d, d + 1) days (trailing zeros dropped; the last possible bin holds a year or more).</summary>
    public required IReadOnlyList<long> ContainersByTransitDay { get; init; }

    /// <summary>Route length, km.</summary>
    public double RouteKm { get; init; }

    /// <summary>Node ids of the route, origin first.</summary>
    public required IReadOnlyList<string> Route { get; init; }

    /// <summary>Link ids of the route, in travel order.</summary>
    public required IReadOnlyList<string> RouteLinks { get; init; }

    /// <summary>The route's nodes as a reader names them (see <see cref="ComponentNames.Brief"/>), origin first; empty in a result saved before they were kept.</summary>
    public IReadOnlyList<string> RouteNames { get; init; } = [];

    /// <summary>Charges per TEU paid at each node of <see cref="Route"/>, USD; empty in a result saved before they were kept.</summary>
    public IReadOnlyList<double> NodeChargesUsd { get; init; } = [];

    /// <summary>Length of each link of <see cref="RouteLinks"/>, km; empty in a result saved before they were kept.</summary>
    public IReadOnlyList<double> LinkKm { get; init; } = [];

    /// <summary>Freight per TEU of each link of <see cref="RouteLinks"/>, USD; empty in a result saved before they were kept.</summary>
    public IReadOnlyList<double> LinkFreightUsd { get; init; } = [];

    /// <summary>Freight and node charges per TEU along the route, USD.</summary>
    public double CostUsdPerTeu { get; init; }

    /// <summary>Charges plus the value of the simulated mean transit time, USD per TEU.</summary>
    public double GeneralisedCostUsdPerTeu { get; init; }

    /// <summary>Well-to-wheel CO2 per TEU along the route, kg.</summary>
    public double Co2KgPerTeu { get; init; }

    /// <summary>CPMM speed without delay: route length over mean moving time, km/h.</summary>
    public double SpeedWithoutDelayKmh { get; init; }

    /// <summary>CPMM speed with delay: route length over mean transit time, km/h.</summary>
    public double SpeedWithDelayKmh { get; init; }

    /// <summary>How shipments chose among several routes, "shares" or "logit"; null (not written) for a stream with one route.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RouteChoice { get; init; }

    /// <summary>Each route's share and transit times, for a stream with several routes; null (not written) for a stream with one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<RouteResult>? Routes { get; init; }
}
