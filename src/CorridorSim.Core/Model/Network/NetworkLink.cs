namespace CorridorSim.Model.Network;

/// <summary>A connection between two nodes, with its service parameters and sources.</summary>
/// <param name="Id">Unique kebab-case id.</param>
/// <param name="From">Id of the node the link starts at.</param>
/// <param name="To">Id of the node the link ends at.</param>
/// <param name="Mode">Rail, ferry, sea or road.</param>
/// <param name="DistanceKm">Length in km.</param>
public sealed record NetworkLink(string Id, string From, string To, TransportMode Mode, double DistanceKm)
{
    /// <summary>Display name (defaults to the id).</summary>
    public string? Name { get; init; }

    /// <summary>Route family the link belongs to, e.g. "middle" or "access"; labels routes in reports.</summary>
    public string? Corridor { get; init; }

    /// <summary>Whether cargo may also travel from <see cref="To"/> to <see cref="From"/>.</summary>
    public bool Bidirectional { get; init; } = true;

    /// <summary>
    /// Intermediate points (longitude, latitude) the link passes between its end nodes, for
    /// drawing; they do not change <see cref="DistanceKm"/>.
    /// </summary>
    public IReadOnlyList<(double Longitude, double Latitude)> Waypoints { get; init; } = [];

    /// <summary>Average speed while moving, km/h.</summary>
    public double? SpeedKmh { get; init; }

    /// <summary>Time under way, port to port (ferry, sea).</summary>
    public DistributionSpec? CrossingHours { get; init; }

    /// <summary>Longest a train or vessel waits to fill (for a vessel service, at the <see cref="From"/> end, from its first container aboard).</summary>
    public double? MaxWaitHours { get; init; }

    /// <summary>Longest a vessel stays at the <see cref="To"/> end for return cargo, from when it is unloaded there; <see cref="MaxWaitHours"/> when absent.</summary>
    public double? ReturnMaxWaitHours { get; init; }

    /// <summary>Regular departures (trains or sailings leave only then), or none.</summary>
    public Links.Timetable? Timetable { get; init; }

    /// <summary>TEU per block train.</summary>
    public int? TrainCapacityTeu { get; init; }

    /// <summary>Container-train slots per day in each direction: departures at least 24 h ÷ this apart.</summary>
    public double? TrainsPerDay { get; init; }

    /// <summary>Id of the <see cref="RollingStockSpec"/> whose train sets and platforms the link's trains use; unbounded stock when null.</summary>
    public string? RollingStock { get; init; }

    /// <summary>Vessels in the service.</summary>
    public int? Fleet { get; init; }

    /// <summary>TEU per vessel.</summary>
    public int? VesselCapacityTeu { get; init; }

    /// <summary>Time to load a vessel.</summary>
    public DistributionSpec? LoadingHours { get; init; }

    /// <summary>Time to unload a vessel.</summary>
    public DistributionSpec? UnloadingHours { get; init; }

    /// <summary>Weather closures of this link alone, for a crossing in no <see cref="SeaArea"/>.</summary>
    public WeatherSpec? Weather { get; init; }

    /// <summary>Id of the sea area whose storms close the link, or none.</summary>
    public string? SeaArea { get; init; }

    /// <summary>Chance in [0, 1] that one of its <see cref="SeaArea"/>'s storms closes the link (1: every storm).</summary>
    public double CloseChance { get; init; } = 1.0;

    /// <summary>Freight charge per TEU for the whole link, USD.</summary>
    public double? TariffUsdPerTeu { get; init; }

    /// <summary>Freight charge per TEU-km, USD, used when <see cref="TariffUsdPerTeu"/> is absent.</summary>
    public double? CostUsdPerTeuKm { get; init; }

    /// <summary>CO2 per TEU-km, overriding the network default for the mode.</summary>
    public double? Co2KgPerTeuKm { get; init; }

    /// <summary>Source ids of the link's figures.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Notes on estimates and caveats.</summary>
    public string? Notes { get; init; }

    /// <summary>The file the link was read from.</summary>
    public string? File { get; init; }

    /// <summary>Where in <see cref="File"/> the link was read from, e.g. <c>$.links[3]</c>.</summary>
    public string? JsonPath { get; init; }

    /// <summary>Expected hours moving: the mean crossing time, or distance over speed.</summary>
    public double MovingHours => CrossingHours?.Mean ?? (SpeedKmh is double v ? DistanceKm / v : 0.0);

    /// <summary>
    /// A rough figure of the hours a container spends on the link, for listings (<c>network
    /// show</c>, GeoJSON): moving, loading and unloading, plus half the longest consolidation wait
    /// (half the interval between timetabled departures). Routes are timed by
    /// <see cref="Routing.RouteTiming"/> instead, by the rules the model runs.
    /// </summary>
    public double ExpectedHours =>
        MovingHours + (LoadingHours?.Mean ?? 0.0) + (UnloadingHours?.Mean ?? 0.0) + (0.5 * (Timetable?.EveryHours ?? MaxWaitHours ?? 0.0));

    /// <summary>Freight charge per TEU, USD.</summary>
    public double MoneyUsdPerTeu => TariffUsdPerTeu ?? ((CostUsdPerTeuKm ?? 0.0) * DistanceKm);
}
