using System.Diagnostics.CodeAnalysis;

namespace CorridorSim.Scenarios;

/// <summary>One flow of containers from an origin to a destination.</summary>
/// <param name="Id">Unique kebab-case id, used in outputs.</param>
/// <param name="Origin">Origin node id.</param>
/// <param name="Destination">Destination node id.</param>
/// <param name="TeuPerYear">Yearly volume in TEU.</param>
[SuppressMessage("Naming", "CA1711", Justification = "A demand stream is the transport-planning term, not a System.IO.Stream.")]
public sealed record DemandStream(string Id, string Origin, string Destination, double TeuPerYear)
{
    /// <summary>Display name for tables and charts, e.g. "Eastbound block trains"; null to show the id.</summary>
    public string? Name { get; init; }

    /// <summary>The name shown in tables and charts: <see cref="Name"/>, or the id when it has none.</summary>
    public string DisplayName => Name ?? Id;

    /// <summary>Nodes the route must pass, in order; between them the fastest route is taken.</summary>
    public IReadOnlyList<string> Via { get; init; } = [];

    /// <summary>
    /// The routes the stream may take, each through its own <c>via</c>, when it has several (or
    /// one given this way); empty for the one route through <see cref="Via"/>.
    /// </summary>
    public IReadOnlyList<StreamRoute> Routes { get; init; } = [];

    /// <summary>The stream's routes as the k best by generalised cost, instead of <see cref="Routes"/>; null when not.</summary>
    public BestRoutes? BestRoutes { get; init; }

    /// <summary>How shipments are shared among several routes; null with one route.</summary>
    public RouteChoice? Choice { get; init; }

    /// <summary>How many routes the stream has: the k of <see cref="BestRoutes"/>, the entries of <see cref="Routes"/>, or 1.</summary>
    public int RouteCount => BestRoutes?.Count ?? Math.Max(1, Routes.Count);

    /// <summary>Containers per shipment: 1 for single boxes, more for block trains.</summary>
    public int ContainersPerShipment { get; init; } = 1;

    /// <summary>Whether shipments come as a Poisson process or on a regular timetable.</summary>
    public ArrivalPattern Arrivals { get; init; } = ArrivalPattern.Poisson;

    /// <summary>
    /// Whether the stream's shipments are scheduled block trains with priority at borders: where a
    /// node gives a priority dwell, they draw from it instead of the dwell of other traffic.
    /// </summary>
    public bool Priority { get; init; }

    /// <summary>Relative volume in each calendar month, January first; all equal by default.</summary>
    public IReadOnlyList<double> Seasonality { get; init; } = Enumerable.Repeat(1.0, 12).ToArray();

    /// <summary>Share of containers that are 40-ft (2 TEU).</summary>
    public double FeuShare { get; init; } = 0.5;

    /// <summary>
    /// Most TEU the origin holds back when the corridor cannot take the stream's containers;
    /// beyond it they are rejected. Unlimited when null: every container waits its turn.
    /// </summary>
    public double? MaxBacklogTeu { get; init; }

    /// <summary>Source ids (data/SOURCES.md) of the volume and mix.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>How the figures were derived.</summary>
    public string? Notes { get; init; }

    /// <summary>Mean TEU per container.</summary>
    public double TeuPerContainer => 1.0 + FeuShare;

    /// <summary>Yearly volume in containers.</summary>
    public double ContainersPerYear => TeuPerYear / TeuPerContainer;
}
