using System.Text.Json;
using CorridorSim.Model.Network;

namespace CorridorSim.Input;

/// <summary>Reads the nodes, links and defaults of one network file into model records, recording problems.</summary>
internal static class NetworkElementReader
{
    private static readonly Dictionary<string, NodeKind> Kinds = new(StringComparer.Ordinal)
    {
        ["origin"] = NodeKind.Origin,
        ["destination"] = NodeKind.Destination,
        ["terminal"] = NodeKind.Terminal,
        ["port"] = NodeKind.Port,
        ["border"] = NodeKind.Border,
        ["gauge_change"] = NodeKind.GaugeChange,
        ["junction"] = NodeKind.Junction,
    };

    private static readonly Dictionary<string, TransportMode> Modes = new(StringComparer.Ordinal)
    {
        ["rail"] = TransportMode.Rail,
        ["ferry"] = TransportMode.Ferry,
        ["sea"] = TransportMode.Sea,
        ["road"] = TransportMode.Road,
    };

    public static NetworkDefaults ReadDefaults(JsonObjectReader r)
    {
        double valueOfTime = r.Number("valueOfTimeUsdPerTeuHour", min: 0.0, unit: "USD per TEU-hour") ?? 0.0;
        double? yardDays = r.Number("yardDays", min: 0.0, exclusiveMin: true, unit: "days");
        var co2 = new Dictionary<TransportMode, double>();
        if (r.Object("co2KgPerTeuKm") is JsonObjectReader c)
        {
            foreach (var (name, mode) in Modes)
            {
                if (c.Number(name, min: 0.0, unit: "kg CO2 per TEU-km") is double factor)
                {
                    co2[mode] = factor;
                }
            }

            c.ReportUnknownProperties();
        }

        var sources = r.StringList("sources") ?? [];
        r.String("notes");
        r.ReportUnknownProperties();
        return new NetworkDefaults(valueOfTime, co2, sources) { YardDays = yardDays };
    }

    /// <summary>
    /// Adds the file's nodes and links to the lists. Elements with problems are added too (and
    /// to <paramref name="faulty"/>) as long as they have an id, so that a link to a node with a
    /// typo elsewhere is not also reported as a link to an unknown node.
    /// </summary>
    public static void ReadElements(InputFile file, bool isRoot, List<NetworkNode> nodes, List<NetworkLink> links, List<SeaArea> seaAreas, List<RollingStockSpec> pools, HashSet<object> faulty, NetworkOverrides overrides, List<OverriddenElement> overridden)
    {
        var reader = JsonObjectReader.ForObject(file.Document!.RootElement, "$", file);
        if (reader is null)
        {
            return;
        }

        ReadArray(reader, "seaAreas", overrides.SeaAreas, ReadSeaArea, seaAreas, faulty, overridden);
        ReadArray(reader, "nodes", overrides.Nodes, ReadNode, nodes, faulty, overridden);
        ReadArray(reader, "links", overrides.Links, ReadLink, links, faulty, overridden);
        ReadArray(reader, "rollingStock", overrides.RollingStock, ReadPool, pools, faulty, overridden);

        if (!isRoot)
        {
            // A part file holds only sea areas, nodes and links; name, defaults and includes belong in the root.
            reader.ReportUnknownProperties();
        }
    }

    /// <summary>
    /// Reads every element of array <paramref name="name"/>, with overrides merged in; elements with
    /// problems are also added to <paramref name="faulty"/>, patched ones to <paramref name="overridden"/>.
    /// </summary>
    private static void ReadArray<T>(JsonObjectReader reader, string name, IReadOnlyDictionary<string, System.Text.Json.Nodes.JsonObject> patches, Func<JsonObjectReader, T?> read, List<T> into, HashSet<object> faulty, List<OverriddenElement> overridden)
        where T : class
    {
        if (reader.Array(name) is not JsonElement array)
        {
            return;
        }

        var file = reader.File;
        int i = 0;
        foreach (var element in array.EnumerateArray())
        {
            int before = file.Errors.Count;
            string path = $"$.{name}[{i++}]";
            var patched = element;
            if (PatchFor(element, patches) is (string id, var patch))
            {
                patched = NetworkOverrides.Apply(element, patch);
                overridden.Add(new OverriddenElement(file.DisplayName, path, file.LineOf(path), name, id, patch));
            }

            if (JsonObjectReader.ForObject(patched, path, file) is JsonObjectReader r && read(r) is T item)
            {
                into.Add(item);
                if (file.Errors.Count > before)
                {
                    faulty.Add(item);
                }
            }
        }
    }

    /// <summary>The scenario's override for the element's id, if there is one.</summary>
    private static (string Id, System.Text.Json.Nodes.JsonObject Patch)? PatchFor(JsonElement element, IReadOnlyDictionary<string, System.Text.Json.Nodes.JsonObject> patches) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String &&
        patches.TryGetValue(id.GetString()!, out var patch)
            ? (id.GetString()!, patch)
            : null;

    private static NetworkNode? ReadNode(JsonObjectReader r)
    {
        int errors = r.File.Errors.Count;
        string? id = Id(r);
        string? name = r.String("name", required: true);
        string? country = r.String("country", required: true);
        var kind = r.Enum("kind", Kinds, required: true);
        double? lat = r.Number("lat", required: true, min: -90, max: 90, unit: "degrees");
        double? lon = r.Number("lon", required: true, min: -180, max: 180, unit: "degrees");
        var node = new NetworkNode(id ?? string.Empty, name ?? string.Empty, country ?? string.Empty, kind ?? NodeKind.Junction, lat ?? 0, lon ?? 0)
        {
            Servers = r.Integer("servers", min: 1),
            HandlingHoursPerTeu = r.Distribution("handlingHoursPerTeu"),
            DwellHours = r.Distribution("dwellHours"),
            PriorityDwellHours = r.Distribution("priorityDwellHours"),
            ReverseDwellHours = r.Distribution("reverseDwellHours"),
            CapacityTeuPerDay = r.Number("capacityTeuPerDay", min: 0, exclusiveMin: true, unit: "TEU per day"),
            YardCapacityTeu = r.Integer("yardCapacityTeu", min: 2),
            ChargeUsdPerTeu = r.Number("chargeUsdPerTeu", min: 0, unit: "USD per TEU") ?? 0.0,
            InspectionShare = r.Number("inspectionShare", min: 0, max: 1),
            Sources = r.StringList("sources", required: true, minCount: 1) ?? [],
            Notes = r.String("notes"),
            File = r.File.DisplayName,
            JsonPath = r.Path,
        };
        if (country is not null && !(country.Length == 2 && country.All(char.IsAsciiLetterUpper)))
        {
            r.File.Error(r.PathOf("country"), $"\"{country}\" is not an ISO 3166-1 alpha-2 country code.", "use two capital letters, e.g. \"KZ\", \"AZ\", \"GE\", \"BG\".");
        }

        if ((node.Servers is null) != (node.HandlingHoursPerTeu is null) && r.File.Errors.Count == errors)
        {
            r.File.Error(r.Path, "\"servers\" and \"handlingHoursPerTeu\" go together.", "give both (handling capacity) or neither (use \"dwellHours\" for a wait without a capacity limit).");
        }

        if (node.PriorityDwellHours is not null && node.DwellHours is null && r.File.Errors.Count == errors)
        {
            r.File.Error(r.PathOf("priorityDwellHours"), "\"priorityDwellHours\" needs a \"dwellHours\" for the other traffic.", "add \"dwellHours\" (the dwell of ordinary traffic), or rename this to \"dwellHours\" if every train clears alike.");
        }

        r.ReportUnknownProperties();
        return id is null ? null : node;
    }

    private static NetworkLink? ReadLink(JsonObjectReader r)
    {
        int errors = r.File.Errors.Count;
        string? id = Id(r);
        string? from = r.String("from", required: true);
        string? to = r.String("to", required: true);
        var mode = r.Enum("mode", Modes, required: true);
        double? distance = r.Number("distanceKm", required: true, min: 0, exclusiveMin: true, unit: "km");
        var link = new NetworkLink(id ?? string.Empty, from ?? string.Empty, to ?? string.Empty, mode ?? TransportMode.Rail, distance ?? 1)
        {
            Name = r.String("name"),
            Corridor = r.String("corridor"),
            Bidirectional = r.Bool("bidirectional") ?? true,
            Waypoints = ReadWaypoints(r),
            SpeedKmh = r.Number("speedKmh", min: 0, exclusiveMin: true, unit: "km/h"),
            CrossingHours = r.Distribution("crossingHours"),
            MaxWaitHours = r.Number("maxWaitHours", min: 0, unit: "hours"),
            Timetable = r.Object("timetable") is JsonObjectReader t ? ReadTimetable(t) : null,
            TrainCapacityTeu = r.Integer("trainCapacityTeu", min: 1),
            TrainsPerDay = r.Number("trainsPerDay", min: 0, exclusiveMin: true),
            RollingStock = r.String("rollingStock"),
            Fleet = r.Integer("fleet", min: 1),
            VesselCapacityTeu = r.Integer("vesselCapacityTeu", min: 1),
            LoadingHours = r.Distribution("loadingHours"),
            UnloadingHours = r.Distribution("unloadingHours"),
            ReturnMaxWaitHours = r.Number("returnMaxWaitHours", min: 0, unit: "hours"),
            Weather = r.Object("weather") is JsonObjectReader w ? ReadWeather(w) : null,
            SeaArea = r.String("seaArea"),
            CloseChance = r.Number("closeChance", min: 0, max: 1) ?? 1.0,
            TariffUsdPerTeu = r.Number("tariffUsdPerTeu", min: 0, unit: "USD per TEU"),
            CostUsdPerTeuKm = r.Number("costUsdPerTeuKm", min: 0, unit: "USD per TEU-km"),
            Co2KgPerTeuKm = r.Number("co2KgPerTeuKm", min: 0, unit: "kg CO2 per TEU-km"),
            Sources = r.StringList("sources", required: true, minCount: 1) ?? [],
            Notes = r.String("notes"),
            File = r.File.DisplayName,
            JsonPath = r.Path,
        };
        CheckVessels(r, link, soundSoFar: r.File.Errors.Count == errors);
        r.ReportUnknownProperties();
        return id is null || from is null || to is null ? null : link;
    }

    /// <summary>
    /// Refuses the removed <c>returnHours</c>, and checks the vessel-service fields of a link against
    /// each other when they were read without problems (so that a mistyped fleet is one problem, not three).
    /// </summary>
    private static void CheckVessels(JsonObjectReader r, NetworkLink link, bool soundSoFar)
    {
        if (r.Has("returnHours"))
        {
            r.File.Error(r.PathOf("returnHours"), "\"returnHours\" is no longer used: a vessel's fleet serves both directions, and its way back is the crossing plus the far end's loading, unloading and longest wait.", "remove it; to set how long a vessel waits for return cargo at the \"to\" end, give \"returnMaxWaitHours\" (it defaults to maxWaitHours).");
        }

        if (!soundSoFar)
        {
            return;
        }

        bool sea = link.Mode is TransportMode.Ferry or TransportMode.Sea;
        if (sea && (link.Fleet is null) != (link.VesselCapacityTeu is null))
        {
            var (given, missing) = link.Fleet is null ? ("vesselCapacityTeu", "fleet") : ("fleet", "vesselCapacityTeu");
            r.File.Error(r.PathOf(given), $"a vessel service needs both \"fleet\" and \"vesselCapacityTeu\", but this link has only \"{given}\"; without both it would be an uncapacitated crossing.", $"add \"{missing}\", or remove \"{given}\" for a leg without a fleet of its own (one that continues a liner voyage).");
        }

        bool vessels = sea && link.Fleet is not null && link.VesselCapacityTeu is not null;
        foreach (string property in new[] { "returnMaxWaitHours", "seaArea", "weather" })
        {
            if (r.Has(property) && !vessels)
            {
                r.File.Error(r.PathOf(property), $"\"{property}\" is for vessel services, and link \"{link.Id}\" has none.", sea ? "add \"fleet\" and \"vesselCapacityTeu\", or remove it." : "remove it: only ferry and sea links with a fleet have vessels.");
            }
        }

        if (link.ReturnMaxWaitHours is not null && link.Timetable is not null)
        {
            r.File.Error(r.PathOf("returnMaxWaitHours"), "a timetabled service leaves both ends by its timetable, so \"returnMaxWaitHours\" would not be used.", "remove \"returnMaxWaitHours\", or remove \"timetable\" to let vessels leave when full or after their longest wait.");
        }

        if (r.Has("closeChance") && link.SeaArea is null)
        {
            r.File.Error(r.PathOf("closeChance"), "\"closeChance\" is the chance that a storm of the link's sea area closes it, but the link names no \"seaArea\".", "add \"seaArea\": \"…\", or remove \"closeChance\".");
        }

        if (link.SeaArea is not null && r.Has("weather"))
        {
            r.File.Error(r.PathOf("weather"), $"link \"{link.Id}\" takes its storms from sea area \"{link.SeaArea}\" and has a \"weather\" of its own too.", "remove \"weather\" (change the area's weather instead), or remove \"seaArea\" to give the link storms of its own.");
        }
    }

    private static SeaArea? ReadSeaArea(JsonObjectReader r)
    {
        string? id = Id(r);
        string? name = r.String("name", required: true);
        var weather = r.Object("weather", required: true) is JsonObjectReader w ? ReadWeather(w) : null;
        var sources = r.StringList("sources", required: true, minCount: 1) ?? [];
        string? notes = r.String("notes");
        r.ReportUnknownProperties();
        // An area with a faulty weather is still kept (marked faulty, the network refused), so that
        // the links naming it are not also reported as naming an unknown area.
        weather ??= new WeatherSpec(new double[12], DistributionSpec.Fixed(0.0), []);
        return id is null ? null : new SeaArea(id, name ?? id, weather) { Sources = sources, Notes = notes, File = r.File.DisplayName, JsonPath = r.Path };
    }

    private static RollingStockSpec? ReadPool(JsonObjectReader r)
    {
        string? id = Id(r);
        string? name = r.String("name", required: true);
        string? op = r.String("operator", required: true);
        int? gauge = r.Integer("gaugeMm", required: true, min: 1);
        var countries = r.StringList("countries", required: true, minCount: 1) ?? [];
        int? trainSets = r.Integer("trainSets", required: true, min: 1);
        int? platforms = null, teuPerPlatform = null;
        if (r.Object("platforms", required: true) is JsonObjectReader p)
        {
            platforms = p.Integer("count", required: true, min: 1);
            teuPerPlatform = p.Integer("teuPerPlatform", required: true, min: 1);
            p.String("notes");
            p.ReportUnknownProperties();
        }

        var pool = new RollingStockSpec(id ?? string.Empty, name ?? string.Empty, op ?? string.Empty, gauge ?? 0, countries, trainSets ?? 1, platforms ?? 1, teuPerPlatform ?? 1)
        {
            TurnaroundHours = r.Number("turnaroundHours", min: 0, unit: "hours") ?? 0.0,
            Sources = r.StringList("sources", required: true, minCount: 1) ?? [],
            Notes = r.String("notes"),
            File = r.File.DisplayName,
            JsonPath = r.Path,
        };
        for (int i = 0; i < countries.Count; i++)
        {
            if (!(countries[i].Length == 2 && countries[i].All(char.IsAsciiLetterUpper)))
            {
                r.File.Error($"{r.PathOf("countries")}[{i}]", $"\"{countries[i]}\" is not an ISO 3166-1 alpha-2 country code.", "use two capital letters, e.g. \"KZ\", \"GE\", \"TR\".");
            }
        }

        r.ReportUnknownProperties();
        return id is null ? null : pool;
    }

    private static List<(double Longitude, double Latitude)> ReadWaypoints(JsonObjectReader r)
    {
        var points = new List<(double, double)>();
        if (r.Array("waypoints") is not JsonElement array)
        {
            return points;
        }

        int i = 0;
        foreach (var item in array.EnumerateArray())
        {
            string path = $"{r.PathOf("waypoints")}[{i++}]";
            if (item.ValueKind == JsonValueKind.Array && item.GetArrayLength() == 2 &&
                item[0].ValueKind == JsonValueKind.Number && item[1].ValueKind == JsonValueKind.Number &&
                Math.Abs(item[0].GetDouble()) <= 180 && Math.Abs(item[1].GetDouble()) <= 90)
            {
                points.Add((item[0].GetDouble(), item[1].GetDouble()));
            }
            else
            {
                r.File.Error(path, "a waypoint must be [longitude, latitude] with |longitude| ≤ 180 and |latitude| ≤ 90.", "write it as two numbers, longitude first, e.g. [50.5, 40.25].");
            }
        }

        return points;
    }

    private static Model.Links.Timetable? ReadTimetable(JsonObjectReader t)
    {
        double? every = t.Number("everyHours", required: true, min: 0, exclusiveMin: true, unit: "hours");
        double first = t.Number("firstHour", min: 0, unit: "hours") ?? 0.0;
        t.String("notes");
        t.ReportUnknownProperties();
        return every is double hours ? new Model.Links.Timetable(hours, first) : null;
    }

    private static WeatherSpec? ReadWeather(JsonObjectReader w)
    {
        int errors = w.File.Errors.Count;
        var perMonth = w.NumberList("closuresPerMonth", required: true, min: 0.0);
        var duration = w.Distribution("durationHours", required: true);
        var sources = w.StringList("sources") ?? [];
        w.String("notes");
        w.ReportUnknownProperties();
        if (perMonth is not null && perMonth.Count != 12)
        {
            w.File.Error(w.PathOf("closuresPerMonth"), $"needs 12 values, one per month from January, but has {perMonth.Count}.", "give the expected number of closures starting in each month, January to December; write 0 for months without.");
        }

        if (w.File.Errors.Count == errors && perMonth is { Count: 12 } && duration is not null)
        {
            for (int m = 0; m < 12; m++)
            {
                double closed = perMonth[m] * duration.Mean;
                if (closed > Kernel.SimCalendar.HoursInMonth(m))
                {
                    string month = System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m + 1);
                    w.File.Error(
                        $"{w.PathOf("closuresPerMonth")}[{m}]",
                        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{perMonth[m]:0.##} closures of {duration.Mean:0.#} h on average would close it for {closed:0} h in {month}, which has {Kernel.SimCalendar.HoursInMonth(m):0} h."),
                        "lower the number of closures that month or their duration; a crossing closed all month needs a planned closure in the scenario instead.");
                }
            }
        }

        return w.File.Errors.Count == errors && perMonth is not null && duration is not null ? new WeatherSpec(perMonth, duration, sources) : null;
    }

    /// <summary>Reads the object's required "id", and reports one that is not lower-case kebab-case (the pattern docs/schema gives), with the id it probably meant.</summary>
    internal static string? Id(JsonObjectReader r)
    {
        string? id = r.String("id", required: true);
        if (id is not null && !IsKebabCase(id))
        {
            // Every run of other characters becomes one hyphen: "China, EU" → "china-eu".
            string suggestion = string.Join('-', new string([.. id.ToLowerInvariant().Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
            // An element added by an override is named by its key, which holds the id: no "id" is written.
            string at = r.File.LineOf(r.PathOf("id")) is null && r.File.LineOf(r.Path) is not null ? r.Path : r.PathOf("id");
            r.File.Error(at, $"\"{id}\" is not a valid id.", $"use lower-case letters, digits and single hyphens, e.g. \"{suggestion}\".");
        }

        return id;
    }

    private static bool IsKebabCase(string id) =>
        id.Length > 0 && id[0] != '-' && id[^1] != '-' && !id.Contains("--", StringComparison.Ordinal) &&
        id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
