using System.Globalization;
using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Results;
using CorridorSim.Scenarios;

namespace CorridorSim.Tests.TestSupport;

/// <summary>
/// Two parallel rail routes with fixed times and no queues, where every container's transit is
/// known by hand (plain travel: each link is distance ÷ speed, nodes take no time):
/// <code>
///   o ─100 km─ a ─900 km──────── d      route via "a": 2 + 18 = 20 h
///   o ─1,400 km─ b ═100 km (b-d-1)═ d   route via "b-d-1": 28 + 2 = 30 h
///                  ═100 km (b-d-2)═     route via "b-d-2": 30 h, sharing o–b with the one above
/// </code>
/// one way, at 50 km/h, no charges, value of time 10 USD per TEU-hour: generalised costs 200 and 300 USD
/// per TEU. Scenarios are written to a temporary folder beside the network.
/// </summary>
internal sealed class ParallelRoutes : IDisposable
{
    public const string Network = """
        {
          "name": "parallel routes",
          "defaults": { "valueOfTimeUsdPerTeuHour": 10 },
          "nodes": [
            { "id": "o", "name": "Origin", "country": "KZ", "kind": "origin", "lat": 43, "lon": 77, "sources": ["S01"] },
            { "id": "a", "name": "North", "country": "KZ", "kind": "junction", "lat": 44, "lon": 70, "sources": ["S01"] },
            { "id": "b", "name": "South", "country": "KZ", "kind": "junction", "lat": 42, "lon": 70, "sources": ["S01"] },
            { "id": "d", "name": "Destination", "country": "BG", "kind": "destination", "lat": 42.7, "lon": 23.3, "sources": ["S01"] }
          ],
          "links": [
            { "id": "o-a", "from": "o", "to": "a", "mode": "rail", "corridor": "northern", "distanceKm": 100, "speedKmh": 50, "bidirectional": false, "sources": ["S01"] },
            { "id": "a-d", "from": "a", "to": "d", "mode": "rail", "corridor": "northern", "distanceKm": 900, "speedKmh": 50, "bidirectional": false, "sources": ["S01"] },
            { "id": "o-b", "from": "o", "to": "b", "mode": "rail", "corridor": "middle", "distanceKm": 1400, "speedKmh": 50, "bidirectional": false, "sources": ["S01"] },
            { "id": "b-d-1", "from": "b", "to": "d", "mode": "rail", "corridor": "middle", "distanceKm": 100, "speedKmh": 50, "bidirectional": false, "sources": ["S01"] },
            { "id": "b-d-2", "from": "b", "to": "d", "mode": "rail", "corridor": "middle", "distanceKm": 100, "speedKmh": 50, "bidirectional": false, "sources": ["S01"] }
          ]
        }
        """;

    public ParallelRoutes() => File.WriteAllText(Path.Combine(Folder, "network.json"), Network);

    public string Folder { get; } = Directory.CreateTempSubdirectory("corridorsim-routes-").FullName;

    /// <summary>
    /// A scenario of one stream "s" from o to d of <paramref name="teuPerYear"/> in 20-ft boxes,
    /// <paramref name="containersPerShipment"/> a shipment, with <paramref name="routing"/> (JSON
    /// properties of the stream, e.g. routes and choice) and <paramref name="extra"/> (properties
    /// of the scenario, e.g. closures).
    /// </summary>
    public Scenario Load(string routing, double teuPerYear = 20000, int containersPerShipment = 1, string extra = "", ulong seed = 1, double years = 1)
    {
        string text = string.Create(CultureInfo.InvariantCulture, $$"""
            { "name": "routes", "network": "network.json", "seed": {{seed}}, "years": {{years}}, "warmUpDays": 30,
              "streams": [ { "id": "s", "origin": "o", "destination": "d", "teuPerYear": {{teuPerYear}}, "feuShare": 0,
                "containersPerShipment": {{containersPerShipment}}, "sources": ["S01"], {{routing}} } ] {{extra}} }
            """);
        return ScenarioLoader.LoadFromText("routes.json", text, Folder).ValueOrThrow();
    }

    /// <summary>Runs <paramref name="scenario"/> and returns its result and every container it delivered in the measured period.</summary>
    public static (RunResult Result, List<ShipmentRecord> Shipments) Run(Scenario scenario)
    {
        var shipments = new List<ShipmentRecord>();
        var result = ScenarioRunner.Run(scenario, options: new RunOptions { OnShipment = shipments.Add }, cancellationToken: TestContext.Current.CancellationToken);
        return (result, shipments);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
