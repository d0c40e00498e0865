using CorridorSim.Input;
using CorridorSim.Model.Network;

namespace CorridorSim.Tests.TestSupport;

/// <summary>
/// A small rail network with hand-computable times, links written east to west:
/// <code>
///   east ─rail 100 km, 50 km/h─ port (dwell 10 h, 50 h against the links) ─rail 100 km, 50 km/h─ west
///   north ─rail 500 km, 50 km/h, 2 trains a day─ south
/// </code>
/// Trains carry 20 TEU and wait at most 24 h to fill; pool "ktz-containers" (1520 mm, KZ) has one
/// train set and 10 platforms of 2 TEU, and no link uses it unless a test says so.
/// </summary>
internal static class RailNetwork
{
    public const string Text = """
        {
          "name": "rail test",
          "nodes": [
            { "id": "east", "name": "East", "country": "KZ", "kind": "terminal", "lat": 45, "lon": 80, "sources": ["S01"] },
            { "id": "port", "name": "Port", "country": "KZ", "kind": "port", "lat": 45, "lon": 79, "dwellHours": 10, "reverseDwellHours": 50, "sources": ["S01"] },
            { "id": "west", "name": "West", "country": "KZ", "kind": "terminal", "lat": 45, "lon": 78, "sources": ["S01"] },
            { "id": "north", "name": "North", "country": "KZ", "kind": "terminal", "lat": 50, "lon": 80, "sources": ["S01"] },
            { "id": "south", "name": "South", "country": "KZ", "kind": "terminal", "lat": 40, "lon": 80, "sources": ["S01"] },
            { "id": "abroad", "name": "Abroad", "country": "GE", "kind": "terminal", "lat": 42, "lon": 44, "sources": ["S01"] }
          ],
          "links": [
            { "id": "east-port", "from": "east", "to": "port", "mode": "rail", "distanceKm": 100, "speedKmh": 50, "trainCapacityTeu": 20, "maxWaitHours": 24, "sources": ["S01"] },
            { "id": "port-west", "from": "port", "to": "west", "mode": "rail", "distanceKm": 100, "speedKmh": 50, "trainCapacityTeu": 20, "maxWaitHours": 24, "sources": ["S01"] },
            { "id": "north-south", "from": "north", "to": "south", "mode": "rail", "distanceKm": 500, "speedKmh": 50, "trainCapacityTeu": 20, "maxWaitHours": 24, "trainsPerDay": 2, "sources": ["S01"] },
            { "id": "west-abroad", "from": "west", "to": "abroad", "mode": "rail", "distanceKm": 900, "speedKmh": 40, "sources": ["S01"] }
          ],
          "rollingStock": [
            { "id": "ktz-containers", "name": "KZ stock", "operator": "KTZ", "gaugeMm": 1520, "countries": ["KZ"], "trainSets": 1,
              "platforms": { "count": 10, "teuPerPlatform": 2 }, "sources": ["S01"] }
          ]
        }
        """;

    /// <summary>Loads the network, or <paramref name="text"/> in its place, as rail.json.</summary>
    public static LoadResult<TransportNetwork> Load(string? text = null) =>
        NetworkLoader.LoadFromText("rail.json", new Dictionary<string, string> { ["rail.json"] = text ?? Text });

    /// <summary>The network with one replacement of <paramref name="find"/> by <paramref name="replace"/>, which must occur.</summary>
    public static string With(string find, string replace)
    {
        Assert.Contains(find, Text, StringComparison.Ordinal);
        return Text.Replace(find, replace, StringComparison.Ordinal);
    }
}
