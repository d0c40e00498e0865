using System.Globalization;
using CorridorSim.Model.Network;

namespace CorridorSim.Input;

/// <summary>
/// Values in a network file that are valid but probably in the wrong unit, judged against what
/// freight transport can physically do rather than against another figure: a terminal handling
/// more a day than the world's busiest ports (a yearly figure in a per-day field), a freight train
/// at 300 km/h (metres a second or miles an hour read as km/h), a ferry whose longest wait is a few
/// hours where days are usual (days written as hours), a link shorter than the straight line between
/// its ends (miles, or wrong coordinates). Each is a warning at the value, with the figure; the
/// ready-made network raises none. <see cref="PlausibilityCheck"/> questions overrides the same way,
/// against the figures they replace.
/// </summary>
internal static class NetworkPlausibility
{
    /// <summary>Above this a node's daily capacity is probably a yearly figure: 20,000 TEU a day is 7.3 million a year, several times any terminal on the corridor's routes.</summary>
    public const double MaxCapacityTeuPerDay = 20_000;

    /// <summary>Above this a yard holds more than the largest container terminals' yards.</summary>
    public const double MaxYardCapacityTeu = 500_000;

    /// <summary>A dwell, crossing or voyage above this many hours (120 days) is probably in minutes.</summary>
    public const double MaxHours = 120 * 24;

    /// <summary>Handling one TEU takes minutes; above this many hours it is probably a whole train's or vessel's time.</summary>
    public const double MaxHandlingHoursPerTeu = 12;

    /// <summary>A sailing's longest wait below this many hours is probably in days: ferries and feeders wait days to fill.</summary>
    public const double MinSeaMaxWaitHours = 6;

    /// <summary>Faster than this (km/h) no freight service of the mode runs.</summary>
    public static double MaxSpeedKmh(TransportMode mode) => mode switch
    {
        TransportMode.Rail => 160,
        TransportMode.Road => 130,
        _ => 65,
    };

    /// <summary>Above these a train carries more than the longest container trains (about 200 TEU), a vessel more than the largest ships (about 24,000 TEU).</summary>
    public const double MaxTrainCapacityTeu = 500, MaxVesselCapacityTeu = 25_000, MaxTrainsPerDay = 200, MaxFleet = 500;

    /// <summary>How far a link's length may fall short of the straight line between its ends' coordinates, which are often given to a tenth of a degree (about 10 km).</summary>
    public const double CoordinateSlackKm = 10.0;

    /// <summary>A link may be longer than the straight line between its ends by this factor at most (sea routes round continents: Asia to Europe by sea is about 2.2).</summary>
    public const double MaxDetour = 4.0;

    /// <summary>Below this (km/h) a freight service's speed is probably in metres a second (a 3.6-fold slip).</summary>
    public static double MinSpeedKmh(TransportMode mode) => mode is TransportMode.Rail or TransportMode.Road ? 10 : 5;

    private const string UnitFix = "check the unit the schema gives (hours, not days or minutes; per day, not per year; km, not miles; km/h, not m/s); if the figure is meant, the warning can be ignored.";

    /// <summary>The warnings about <paramref name="nodes"/> and <paramref name="links"/>, at their places in <paramref name="files"/>.</summary>
    public static List<InputError> Of(IReadOnlyList<NetworkNode> nodes, IReadOnlyList<NetworkLink> links, IReadOnlyList<InputFile> files)
    {
        var byFile = files.ToDictionary(f => f.DisplayName, StringComparer.Ordinal);
        var warnings = new List<InputError>();
        Action<string, string, string?> At(string? file, string? element) => (property, message, fix) =>
        {
            string path = $"{element ?? "$"}.{property}";
            warnings.Add(file is not null && byFile.TryGetValue(file, out var input)
                ? input.ErrorAt(path, message, fix ?? UnitFix)
                : new InputError(file ?? "network", path, message, fix ?? UnitFix));
        };

        foreach (var node in nodes)
        {
            CheckNode(node, At(node.File, node.JsonPath));
        }

        var byId = Index(nodes);
        foreach (var link in links)
        {
            CheckLink(link, byId, At(link.File, link.JsonPath));
        }

        return warnings;
    }

    /// <summary>
    /// The same warnings about the values the overrides of <paramref name="file"/> wrote: those of
    /// <paramref name="run"/>, the network as patched, that differ from <paramref name="published"/>'s,
    /// at the override that wrote them.
    /// </summary>
    public static List<InputError> OfOverrides(InputFile file, TransportNetwork published, TransportNetwork run)
    {
        var warnings = new List<InputError>();
        Action<string, string, string?> At(string kind, string id, object before, object after) => (property, message, fix) =>
        {
            var info = after.GetType().GetProperty(char.ToUpperInvariant(property[0]) + property[1..]);
            if (info is null || !Equals(info.GetValue(before), info.GetValue(after)))
            {
                warnings.Add(file.ErrorAt($"$.overrides.{kind}.{id}.{property}", message, fix ?? UnitFix));
            }
        };

        foreach (var node in run.Nodes.Where(n => published.HasNode(n.Id) && published.Node(n.Id) != n))
        {
            CheckNode(node, At("nodes", node.Id, published.Node(node.Id), node));
        }

        var byId = Index(run.Nodes);
        foreach (var link in run.Links.Where(l => published.HasLink(l.Id) && published.Link(l.Id) != l))
        {
            CheckLink(link, byId, At("links", link.Id, published.Link(link.Id), link));
        }

        return warnings;
    }

    private static Dictionary<string, NetworkNode> Index(IEnumerable<NetworkNode> nodes)
    {
        var byId = new Dictionary<string, NetworkNode>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            byId.TryAdd(node.Id, node);
        }

        return byId;
    }

    private static void CheckNode(NetworkNode node, Action<string, string, string?> warn)
    {
        if (node.CapacityTeuPerDay is double perDay && perDay > MaxCapacityTeuPerDay)
        {
            warn("capacityTeuPerDay", F($"capacityTeuPerDay {perDay:#,0.###} TEU a day is {perDay * 365:#,0} a year, more than {MaxCapacityTeuPerDay:#,0} a day; is it a yearly figure?"), "give TEU a day (a year's figure divided by 365); if the figure is meant, the warning can be ignored.");
        }

        if (node.YardCapacityTeu is int yard && yard > MaxYardCapacityTeu)
        {
            warn("yardCapacityTeu", F($"yardCapacityTeu {yard:#,0} TEU is more than the largest yards hold ({MaxYardCapacityTeu:#,0}); is it in the right unit?"), "give the yard's room in TEU; if the figure is meant, the warning can be ignored.");
        }

        foreach (var (property, spec) in new[] { ("dwellHours", node.DwellHours), ("priorityDwellHours", node.PriorityDwellHours), ("reverseDwellHours", node.ReverseDwellHours) })
        {
            if (spec?.Mean is double mean && mean > MaxHours)
            {
                warn(property, F($"{property} has a mean of {mean:#,0.#} hours ({mean / 24:#,0} days); is it in minutes?"), "give the dwell in hours (3 days is 72); if the figure is meant, the warning can be ignored.");
            }
        }

        if (node.HandlingHoursPerTeu?.Mean is double handling && handling > MaxHandlingHoursPerTeu)
        {
            warn("handlingHoursPerTeu", F($"handlingHoursPerTeu has a mean of {handling:0.#} hours for one TEU, more than {MaxHandlingHoursPerTeu:0}; is it a whole train's or vessel's handling time?"), "give the time per TEU; a train's or vessel's loading time goes on the link (loadingHours).");
        }
    }

    private static void CheckLink(NetworkLink link, Dictionary<string, NetworkNode> nodes, Action<string, string, string?> warn)
    {
        bool sea = link.Mode is TransportMode.Ferry or TransportMode.Sea;
        if (link.SpeedKmh is double speed && speed > MaxSpeedKmh(link.Mode))
        {
            warn("speedKmh", F($"speedKmh {speed:0.#} km/h is faster than any {link.Mode.ToString().ToLowerInvariant()} freight service ({MaxSpeedKmh(link.Mode):0} km/h); is it a top speed, or in another unit?"), "give the service's mean speed between stops in km/h; if the figure is meant, the warning can be ignored.");
        }

        if (link.SpeedKmh is double slow && slow < MinSpeedKmh(link.Mode))
        {
            warn("speedKmh", F($"speedKmh {slow:0.##} km/h is slower than any {link.Mode.ToString().ToLowerInvariant()} freight service runs between stops ({MinSpeedKmh(link.Mode):0} km/h); is it in metres a second?"), F($"give the speed in km/h ({slow:0.##} m/s is {slow * 3.6:0.#} km/h); if the figure is meant, the warning can be ignored."));
        }

        if (sea && link.MaxWaitHours is double wait && wait < MinSeaMaxWaitHours)
        {
            warn("maxWaitHours", F($"maxWaitHours {wait:0.##} hours for a sailing, where ferries and feeders wait days to fill; is it in days?"), "give the longest wait in hours (3 days is 72).");
        }

        foreach (var (property, hours) in new[] { ("maxWaitHours", link.MaxWaitHours), ("returnMaxWaitHours", link.ReturnMaxWaitHours), ("crossingHours", link.CrossingHours?.Mean) })
        {
            if (hours is double h && h > MaxHours)
            {
                warn(property, F($"{property} {h:#,0.#} hours is {h / 24:#,0} days; is it in minutes?"), null);
            }
        }

        foreach (var (property, value, max, what) in new[]
        {
            ("trainCapacityTeu", (double?)link.TrainCapacityTeu, MaxTrainCapacityTeu, "TEU a train"),
            ("trainsPerDay", link.TrainsPerDay, MaxTrainsPerDay, "trains a day"),
            ("vesselCapacityTeu", link.VesselCapacityTeu, MaxVesselCapacityTeu, "TEU a vessel"),
            ("fleet", link.Fleet, MaxFleet, "vessels"),
        })
        {
            if (value is double v && v > max)
            {
                warn(property, F($"{property} {v:#,0.#} {what} is more than {max:#,0}; is it in the right unit?"), null);
            }
        }

        if (nodes.TryGetValue(link.From, out var from) && nodes.TryGetValue(link.To, out var to))
        {
            double straight = StraightLineKm(from, to, link.Waypoints);
            if (link.DistanceKm < (0.9 * straight) - CoordinateSlackKm)
            {
                warn("distanceKm", F($"distanceKm {link.DistanceKm:#,0.#} km is shorter than the great circle from \"{from.Id}\" to \"{to.Id}\"{(link.Waypoints.Count > 0 ? " through its waypoints" : "")} ({straight:#,0} km); is it in miles, or are the coordinates wrong?"), "give the distance in km along the route, and check both nodes' lat and lon.");
            }
            else if (straight > 50.0 && link.DistanceKm > MaxDetour * straight)
            {
                warn("distanceKm", F($"distanceKm {link.DistanceKm:#,0.#} km is {link.DistanceKm / straight:0.#} times the great circle from \"{from.Id}\" to \"{to.Id}\"{(link.Waypoints.Count > 0 ? " through its waypoints" : "")} ({straight:#,0} km); is it in the right unit, or are the coordinates wrong?"), "give the distance in km along the route, and check both nodes' lat and lon.");
            }
        }
    }

    /// <summary>The great-circle length from <paramref name="from"/> through the waypoints to <paramref name="to"/>.</summary>
    private static double StraightLineKm(NetworkNode from, NetworkNode to, IReadOnlyList<(double Longitude, double Latitude)> waypoints)
    {
        double total = 0.0;
        var (lon, lat) = (from.Longitude, from.Latitude);
        foreach (var (wLon, wLat) in waypoints.Append((to.Longitude, to.Latitude)))
        {
            total += GreatCircleKm(lat, lon, wLat, wLon);
            (lon, lat) = (wLon, wLat);
        }

        return total;
    }

    private static double GreatCircleKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double EarthRadiusKm = 6371.0;
        double p1 = lat1 * Math.PI / 180.0, p2 = lat2 * Math.PI / 180.0;
        double dp = p2 - p1, dl = (lon2 - lon1) * Math.PI / 180.0;
        double h = (Math.Sin(dp / 2) * Math.Sin(dp / 2)) + (Math.Cos(p1) * Math.Cos(p2) * Math.Sin(dl / 2) * Math.Sin(dl / 2));
        return 2.0 * EarthRadiusKm * Math.Asin(Math.Min(1.0, Math.Sqrt(h)));
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
