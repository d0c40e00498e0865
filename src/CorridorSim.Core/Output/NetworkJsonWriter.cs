using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CorridorSim.Model.Network;

namespace CorridorSim.Output;

/// <summary>
/// Writes a network back to the data-file format as one self-contained file (every part merged),
/// so a network assembled from several files, or changed in code, can be saved and reloaded.
/// </summary>
public static class NetworkJsonWriter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The network as network-file JSON.</summary>
    public static string ToJson(TransportNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var co2 = new JsonObject();
        foreach (var (mode, factor) in network.Defaults.Co2KgPerTeuKm.OrderBy(p => p.Key))
        {
            co2[mode.ToString().ToLowerInvariant()] = factor;
        }

        var root = new JsonObject
        {
            ["name"] = network.Name,
            ["description"] = network.Description,
            ["defaults"] = Compact(new JsonObject
            {
                ["valueOfTimeUsdPerTeuHour"] = network.Defaults.ValueOfTimeUsdPerTeuHour,
                ["yardDays"] = network.Defaults.YardDays,
                ["co2KgPerTeuKm"] = co2.Count > 0 ? co2 : null,
                ["sources"] = network.Defaults.Sources.Count > 0 ? Strings(network.Defaults.Sources) : null,
            }),
            ["seaAreas"] = network.SeaAreas.Count > 0 ? new JsonArray([.. network.SeaAreas.Select(SeaArea)]) : null,
            ["nodes"] = new JsonArray([.. network.Nodes.Select(Node)]),
            ["links"] = new JsonArray([.. network.Links.Select(Link)]),
            ["rollingStock"] = network.RollingStock.Count > 0 ? new JsonArray([.. network.RollingStock.Select(Pool)]) : null,
        };
        return Compact(root).ToJsonString(Options) + "\n";
    }

    /// <summary>A distribution in data-file form: a number when fixed, otherwise an object.</summary>
    public static JsonNode Distribution(DistributionSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Kind == "fixed")
        {
            return JsonValue.Create(spec.Parameters["value"]);
        }

        var result = new JsonObject { ["dist"] = spec.Kind };
        foreach (var (name, value) in spec.Parameters)
        {
            result[name] = value;
        }

        if (spec.Values.Count > 0)
        {
            result["values"] = new JsonArray([.. spec.Values.Select(v => (JsonNode?)JsonValue.Create(v))]);
        }

        if (spec.Weights.Count > 0)
        {
            result["weights"] = new JsonArray([.. spec.Weights.Select(v => (JsonNode?)JsonValue.Create(v))]);
        }

        return result;
    }

    private static JsonNode Node(NetworkNode node) => Compact(new JsonObject
    {
        ["id"] = node.Id,
        ["name"] = node.Name,
        ["country"] = node.Country,
        ["kind"] = GeoJsonWriter.KindName(node.Kind),
        ["lat"] = node.Latitude,
        ["lon"] = node.Longitude,
        ["servers"] = node.Servers,
        ["handlingHoursPerTeu"] = Optional(node.HandlingHoursPerTeu),
        ["dwellHours"] = Optional(node.DwellHours),
        ["priorityDwellHours"] = Optional(node.PriorityDwellHours),
        ["reverseDwellHours"] = Optional(node.ReverseDwellHours),
        ["capacityTeuPerDay"] = node.CapacityTeuPerDay,
        ["yardCapacityTeu"] = node.YardCapacityTeu,
        ["chargeUsdPerTeu"] = node.ChargeUsdPerTeu > 0 ? node.ChargeUsdPerTeu : null,
        ["inspectionShare"] = node.InspectionShare,
        ["sources"] = Strings(node.Sources),
        ["notes"] = node.Notes,
    });

    private static JsonNode Link(NetworkLink link) => Compact(new JsonObject
    {
        ["id"] = link.Id,
        ["name"] = link.Name,
        ["from"] = link.From,
        ["to"] = link.To,
        ["mode"] = link.Mode.ToString().ToLowerInvariant(),
        ["corridor"] = link.Corridor,
        ["bidirectional"] = link.Bidirectional ? null : false,
        ["waypoints"] = link.Waypoints.Count > 0 ? new JsonArray([.. link.Waypoints.Select(w => (JsonNode?)new JsonArray(w.Longitude, w.Latitude))]) : null,
        ["distanceKm"] = link.DistanceKm,
        ["speedKmh"] = link.SpeedKmh,
        ["crossingHours"] = Optional(link.CrossingHours),
        ["maxWaitHours"] = link.MaxWaitHours,
        ["timetable"] = link.Timetable is Model.Links.Timetable t ? new JsonObject { ["everyHours"] = t.EveryHours, ["firstHour"] = t.FirstHour } : null,
        ["trainCapacityTeu"] = link.TrainCapacityTeu,
        ["trainsPerDay"] = link.TrainsPerDay,
        ["rollingStock"] = link.RollingStock,
        ["fleet"] = link.Fleet,
        ["vesselCapacityTeu"] = link.VesselCapacityTeu,
        ["loadingHours"] = Optional(link.LoadingHours),
        ["unloadingHours"] = Optional(link.UnloadingHours),
        ["returnMaxWaitHours"] = link.ReturnMaxWaitHours,
        ["weather"] = link.Weather is WeatherSpec w ? Weather(w) : null,
        ["seaArea"] = link.SeaArea,
        ["closeChance"] = link.SeaArea is not null && link.CloseChance < 1.0 ? link.CloseChance : null,
        ["tariffUsdPerTeu"] = link.TariffUsdPerTeu,
        ["costUsdPerTeuKm"] = link.CostUsdPerTeuKm,
        ["co2KgPerTeuKm"] = link.Co2KgPerTeuKm,
        ["sources"] = Strings(link.Sources),
        ["notes"] = link.Notes,
    });

    private static JsonNode Pool(RollingStockSpec pool) => Compact(new JsonObject
    {
        ["id"] = pool.Id,
        ["name"] = pool.Name,
        ["operator"] = pool.Operator,
        ["gaugeMm"] = pool.GaugeMm,
        ["countries"] = Strings(pool.Countries),
        ["trainSets"] = pool.TrainSets,
        ["platforms"] = new JsonObject { ["count"] = pool.Platforms, ["teuPerPlatform"] = pool.TeuPerPlatform },
        ["turnaroundHours"] = pool.TurnaroundHours > 0 ? pool.TurnaroundHours : null,
        ["sources"] = Strings(pool.Sources),
        ["notes"] = pool.Notes,
    });

    private static JsonNode SeaArea(SeaArea area) => Compact(new JsonObject
    {
        ["id"] = area.Id,
        ["name"] = area.Name,
        ["weather"] = Weather(area.Weather),
        ["sources"] = Strings(area.Sources),
        ["notes"] = area.Notes,
    });

    private static JsonObject Weather(WeatherSpec w) => Compact(new JsonObject
    {
        ["closuresPerMonth"] = new JsonArray([.. w.ClosuresPerMonth.Select(v => (JsonNode?)JsonValue.Create(v))]),
        ["durationHours"] = Distribution(w.DurationHours),
        ["sources"] = w.Sources.Count > 0 ? Strings(w.Sources) : null,
    });

    private static JsonNode? Optional(DistributionSpec? spec) => spec is null ? null : Distribution(spec);

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    private static JsonObject Compact(JsonObject o)
    {
        foreach (string key in o.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            o.Remove(key);
        }

        return o;
    }
}
