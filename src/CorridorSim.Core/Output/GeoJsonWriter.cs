using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CorridorSim.Model.Network;

namespace CorridorSim.Output;

/// <summary>
/// Writes a network as a GeoJSON FeatureCollection (RFC 7946): one Point per node and one
/// LineString per link, coordinates in [longitude, latitude] order, every parameter carried as a
/// feature property so GIS tools can style and query them.
/// </summary>
public static class GeoJsonWriter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The network as GeoJSON text.</summary>
    public static string ToGeoJson(TransportNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var features = new JsonArray();
        foreach (var node in network.Nodes)
        {
            var properties = new JsonObject
            {
                ["featureType"] = "node",
                ["id"] = node.Id,
                ["name"] = node.Name,
                ["country"] = node.Country,
                ["kind"] = KindName(node.Kind),
                ["servers"] = node.Servers,
                ["handlingHoursPerTeu"] = Distribution(node.HandlingHoursPerTeu),
                ["dwellHours"] = Distribution(node.DwellHours),
                ["priorityDwellHours"] = Distribution(node.PriorityDwellHours),
                ["reverseDwellHours"] = Distribution(node.ReverseDwellHours),
                ["capacityTeuPerDay"] = node.CapacityTeuPerDay,
                ["yardCapacityTeu"] = node.YardCapacityTeu,
                ["chargeUsdPerTeu"] = node.ChargeUsdPerTeu,
                ["inspectionShare"] = node.InspectionShare,
                ["expectedHours"] = node.ExpectedHours,
                ["sources"] = Strings(node.Sources),
                ["notes"] = node.Notes,
            };
            features.Add(Feature(new JsonObject { ["type"] = "Point", ["coordinates"] = Position(node) }, properties));
        }

        foreach (var link in network.Links)
        {
            var from = network.Node(link.From);
            var to = network.Node(link.To);
            var weather = network.WeatherOf(link);
            double chance = link.SeaArea is null ? 1.0 : link.CloseChance;
            var properties = new JsonObject
            {
                ["featureType"] = "link",
                ["id"] = link.Id,
                ["name"] = link.Name ?? link.Id,
                ["from"] = link.From,
                ["to"] = link.To,
                ["mode"] = link.Mode.ToString().ToLowerInvariant(),
                ["corridor"] = link.Corridor,
                ["bidirectional"] = link.Bidirectional,
                ["distanceKm"] = link.DistanceKm,
                ["speedKmh"] = link.SpeedKmh,
                ["crossingHours"] = Distribution(link.CrossingHours),
                ["loadingHours"] = Distribution(link.LoadingHours),
                ["unloadingHours"] = Distribution(link.UnloadingHours),
                ["seaArea"] = link.SeaArea,
                ["closeChance"] = link.SeaArea is null ? null : link.CloseChance,
                // The closures expected on this link: its sea area's storms times its chance of closing.
                ["weatherClosuresPerYear"] = weather?.ClosuresPerMonth.Sum() * chance,
                ["weatherClosedHoursPerYear"] = weather?.ExpectedClosedHoursPerYear * chance,
                ["weatherClosuresPerMonth"] = weather is null ? null : new JsonArray([.. weather.ClosuresPerMonth.Select(v => (JsonNode?)JsonValue.Create(v * chance))]),
                ["weatherDurationHours"] = Distribution(weather?.DurationHours),
                ["maxWaitHours"] = link.MaxWaitHours,
                ["returnMaxWaitHours"] = link.ReturnMaxWaitHours,
                ["departureEveryHours"] = link.Timetable?.EveryHours,
                ["trainCapacityTeu"] = link.TrainCapacityTeu,
                ["trainsPerDay"] = link.TrainsPerDay,
                ["rollingStock"] = link.RollingStock,
                ["fleet"] = link.Fleet,
                ["vesselCapacityTeu"] = link.VesselCapacityTeu,
                ["expectedHours"] = link.ExpectedHours,
                ["moneyUsdPerTeu"] = link.MoneyUsdPerTeu,
                ["co2KgPerTeuKm"] = network.Co2KgPerTeuKm(link),
                ["sources"] = Strings(link.Sources),
                ["notes"] = link.Notes,
            };
            var line = new JsonArray(Position(from));
            foreach (var (lon, lat) in link.Waypoints)
            {
                line.Add(new JsonArray(lon, lat));
            }

            line.Add(Position(to));
            features.Add(Feature(new JsonObject { ["type"] = "LineString", ["coordinates"] = line }, properties));
        }

        var collection = new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["name"] = network.Name,
            ["features"] = features,
        };
        return collection.ToJsonString(Options) + "\n";
    }

    /// <summary>Writes the network's GeoJSON to <paramref name="path"/> atomically.</summary>
    public static void Write(TransportNetwork network, string path) => AtomicFile.WriteAllText(path, ToGeoJson(network));

    /// <summary>The data-file name of a node kind, e.g. "gauge_change".</summary>
    public static string KindName(NodeKind kind) => kind == NodeKind.GaugeChange ? "gauge_change" : kind.ToString().ToLowerInvariant();

    private static JsonObject Feature(JsonObject geometry, JsonObject properties)
    {
        // Absent parameters are left out rather than written as null.
        foreach (string key in properties.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            properties.Remove(key);
        }

        return new JsonObject { ["type"] = "Feature", ["geometry"] = geometry, ["properties"] = properties };
    }

    private static JsonNode? Distribution(DistributionSpec? spec) => spec is null ? null : NetworkJsonWriter.Distribution(spec);

    private static JsonArray Position(NetworkNode node) => new(node.Longitude, node.Latitude);

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
