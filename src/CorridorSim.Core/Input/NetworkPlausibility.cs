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

    /// <summary>The warnings about <paramref name="nodes"/> and <paramref name="links"/>, at their places in <paramref name="files"/>.</summary>
    public static List<InputError> Of(IReadOnlyList<NetworkNode> nodes, IReadOnlyList<NetworkLink> links, IReadOnlyList<InputFile> files)
    {
        var byFile = files.ToDictionary(f => f.DisplayName, StringComparer.Ordinal);
        var warnings = new List<InputError>();
        void Warn(string? file, string path, string message, string fix)
        {
            warnings.Add(file is not null && byFile.TryGetValue(file, out var input)
                ? input.ErrorAt(path, message, fix)
                : new InputError(file ?? "network", path, message, fix));
        }

        const string UnitFix = "check the unit the schema gives (hours, not days or minutes; per day, not per year; km, not miles); if the figure is meant, the warning can be ignored.";
        foreach (var node in nodes)
        {
            string at = node.JsonPath ?? "$";
            if (node.CapacityTeuPerDay is double perDay && perDay > MaxCapacityTeuPerDay)
            {
                Warn(node.File, $"{at}.capacityTeuPerDay", F($"capacityTeuPerDay {perDay:#,0} TEU a day is {perDay * 365:#,0} a year, more than {MaxCapacityTeuPerDay:#,0} a day; is it a yearly figure?"), UnitFix);
            }

            if (node.YardCapacityTeu is int yard && yard > MaxYardCapacityTeu)
            {
                Warn(node.File, $"{at}.yardCapacityTeu", F($"yardCapacityTeu {yard:#,0} TEU is more than the largest yards hold ({MaxYardCapacityTeu:#,0}); is it in the right unit?"), UnitFix);
            }

            CheckHours(node.DwellHours, "dwellHours");
            CheckHours(node.PriorityDwellHours, "priorityDwellHours");
            CheckHours(node.ReverseDwellHours, "reverseDwellHours");
            if (node.HandlingHoursPerTeu?.Mean is double handling && handling > MaxHandlingHoursPerTeu)
            {
                Warn(node.File, $"{at}.handlingHoursPerTeu", F($"handlingHoursPerTeu has a mean of {handling:0.#} hours for one TEU, more than {MaxHandlingHoursPerTeu:0}; is it a whole train's or vessel's handling time?"), "give the time per TEU; a train's or vessel's loading time goes on the link (loadingHours).");
            }

            void CheckHours(DistributionSpec? spec, string property)
            {
                if (spec?.Mean is double mean && mean > MaxHours)
                {
                    Warn(node.File, $"{at}.{property}", F($"{property} has a mean of {mean:#,0.#} hours ({mean / 24:#,0} days); is it in minutes?"), UnitFix);
                }
            }
        }

        var byId = new Dictionary<string, NetworkNode>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            byId.TryAdd(node.Id, node);
        }

        foreach (var link in links)
        {
            CheckLink(link, byId, (path, message, fix) => Warn(link.File, $"{link.JsonPath ?? "$"}.{path}", message, fix ?? UnitFix));
        }

        return warnings;
    }

    private static void CheckLink(NetworkLink link, Dictionary<string, NetworkNode> nodes, Action<string, string, string?> warn)
    {
        bool sea = link.Mode is TransportMode.Ferry or TransportMode.Sea;
        if (link.SpeedKmh is double speed && speed > MaxSpeedKmh(link.Mode))
        {
            warn("speedKmh", F($"speedKmh {speed:0.#} km/h is faster than any {link.Mode.ToString().ToLowerInvariant()} freight service ({MaxSpeedKmh(link.Mode):0} km/h); is it in the right unit?"), null);
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
