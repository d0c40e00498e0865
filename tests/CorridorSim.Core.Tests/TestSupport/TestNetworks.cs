using CorridorSim.Input;
using CorridorSim.Model.Network;

namespace CorridorSim.Tests.TestSupport;

/// <summary>
/// A small network with hand-computable routes from "origin-town" to "city-dest":
/// <code>
///   origin-town ─rail 100 km, 50 km/h─ junction-north ─rail 300 km, 50 km/h──────────── city-dest
///        │                                  └─rail 100 km, 100 km/h─ junction-south ─rail 100 km, 100 km/h─┘
///        └─rail 50 km, 50 km/h─ port-east ═ferry 120 km, 10 h═ port-west ─rail 60 km, 60 km/h─┘
/// </code>
/// Rail costs 1 USD per TEU-km, the ferry 500 USD per TEU; port-east adds a 5 h dwell and
/// port-west 0.5 h of handling; value of time 10 USD per TEU-hour.
/// </summary>
internal static class TestNetworks
{
    public const string Root = """
        // A test network: comments and trailing commas are allowed.
        {
          "name": "test network",
          "defaults": { "valueOfTimeUsdPerTeuHour": 10, "co2KgPerTeuKm": { "rail": 0.5, "ferry": 2.0 }, },
          "include": ["part.json"],
          "nodes": [
            { "id": "origin-town", "name": "Origin Town", "country": "KZ", "kind": "origin", "lat": 43.0, "lon": 77.0, "sources": ["S01"] },
            { "id": "junction-north", "name": "North Junction", "country": "KZ", "kind": "junction", "lat": 44.0, "lon": 70.0, "sources": ["S01"] },
            { "id": "junction-south", "name": "South Junction", "country": "KZ", "kind": "junction", "lat": 42.0, "lon": 70.0, "sources": ["S01"] },
            { "id": "city-dest", "name": "Destination City", "country": "BG", "kind": "destination", "lat": 42.7, "lon": 23.3, "sources": ["S02"] },
          ],
          "links": [
            { "id": "origin-north", "from": "origin-town", "to": "junction-north", "mode": "rail", "distanceKm": 100, "speedKmh": 50, "costUsdPerTeuKm": 1, "sources": ["S01"] },
            { "id": "north-dest", "from": "junction-north", "to": "city-dest", "mode": "rail", "corridor": "northern", "distanceKm": 300, "speedKmh": 50, "costUsdPerTeuKm": 1, "sources": ["S01"] },
            { "id": "north-south", "from": "junction-north", "to": "junction-south", "mode": "rail", "distanceKm": 100, "speedKmh": 100, "costUsdPerTeuKm": 1, "sources": ["S01"] },
            { "id": "south-dest", "from": "junction-south", "to": "city-dest", "mode": "rail", "distanceKm": 100, "speedKmh": 100, "costUsdPerTeuKm": 1, "sources": ["S01"] },
          ],
        }
        """;

    public const string Part = """
        {
          "nodes": [
            { "id": "port-east", "name": "East Port", "country": "KZ", "kind": "port", "lat": 43.6, "lon": 51.2, "dwellHours": 5, "sources": ["S03"] },
            { "id": "port-west", "name": "West Port", "country": "AZ", "kind": "port", "lat": 40.0, "lon": 49.4,
              "servers": 2, "handlingHoursPerTeu": 0.5, "sources": ["S03"] },
          ],
          "links": [
            { "id": "origin-port", "from": "origin-town", "to": "port-east", "mode": "rail", "corridor": "middle", "distanceKm": 50, "speedKmh": 50, "costUsdPerTeuKm": 1, "sources": ["S01"] },
            { "id": "caspian-ferry", "from": "port-east", "to": "port-west", "mode": "ferry", "corridor": "middle", "distanceKm": 120,
              "crossingHours": 10, "tariffUsdPerTeu": 500, "fleet": 3, "vesselCapacityTeu": 50,
              "weather": { "closuresPerMonth": [2, 2, 1, 1, 0, 0, 0, 0, 0, 1, 1, 2], "durationHours": { "dist": "lognormal", "mean": 24, "sd": 12 } },
              "sources": ["S03"] },
            { "id": "port-dest", "from": "port-west", "to": "city-dest", "mode": "rail", "corridor": "middle", "distanceKm": 60, "speedKmh": 60, "costUsdPerTeuKm": 1, "sources": ["S01"] },
          ],
        }
        """;

    public static LoadResult<TransportNetwork> Load(string? root = null, string? part = null) =>
        NetworkLoader.LoadFromText("network.json", new Dictionary<string, string> { ["network.json"] = root ?? Root, ["part.json"] = part ?? Part });

    public static TransportNetwork Small() => Load().ValueOrThrow();
}
