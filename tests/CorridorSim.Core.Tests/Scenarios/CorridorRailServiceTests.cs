using System.Globalization;
using CorridorSim.Experiments;
using CorridorSim.Model.Corridor;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Scenarios;

/// <summary>Line slots, rolling-stock pools and direction-dependent dwell in a corridor model built from a network and a scenario.</summary>
public sealed class CorridorRailServiceTests
{
    [Fact]
    public void Containers_take_the_reverse_dwell_where_they_travel_against_the_links_direction()
    {
        // Full trains of 20 TEU, 2 h a link. With the links (east → west): 2 + 10 + 2 h.
        // Against them (west → east): 2 + 50 + 2 h; ending at the port after arriving against a link: 2 + 50 h.
        using var folder = new ScenarioFolder();
        folder.Write("rail.json", RailNetwork.Text);
        var model = new CorridorModel(folder.Load(Scenario("""
            { "id": "with", "origin": "east", "destination": "west", "teuPerYear": 2000, "containersPerShipment": 10, "feuShare": 1, "arrivals": "scheduled", "sources": ["S01"] },
            { "id": "against", "origin": "west", "destination": "east", "teuPerYear": 2000, "containersPerShipment": 10, "feuShare": 1, "arrivals": "scheduled", "sources": ["S01"] },
            { "id": "to-port", "origin": "west", "destination": "port", "teuPerYear": 2000, "containersPerShipment": 10, "feuShare": 1, "arrivals": "scheduled", "sources": ["S01"] }
            """)));

        model.Run();

        var with = model.Destinations["west"].Stream(0).TransitHours;
        var against = model.Destinations["east"].Stream(1).TransitHours;
        var toPort = model.Destinations["port"].Stream(2).TransitHours;
        Assert.True(with.Count > 100 && against.Count > 100 && toPort.Count > 100);
        Assert.Equal(14.0, with.Min, 9);
        Assert.Equal(14.0, with.Max, 9);
        Assert.Equal(54.0, against.Min, 9);
        Assert.Equal(54.0, against.Max, 9);
        Assert.Equal(52.0, toPort.Min, 9);
        Assert.Equal(52.0, toPort.Max, 9);
    }

    [Fact]
    public void A_saturated_line_in_a_corridor_runs_no_more_trains_than_its_slots()
    {
        // 2 slots a day on north → south against demand for about 6 trains a day: in the measured
        // year of 8,760 h the departures, at least 12 h apart, number at most 8,760 / 12 + 1 = 731.
        using var folder = new ScenarioFolder();
        folder.Write("rail.json", RailNetwork.Text);
        var scenario = folder.Load(Scenario("""
            { "id": "s", "origin": "north", "destination": "south", "teuPerYear": 44000, "containersPerShipment": 10, "feuShare": 1, "sources": ["S01"] }
            """, warmUpDays: 10));

        var result = ScenarioRunner.Run(scenario, cancellationToken: TestContext.Current.CancellationToken);

        var line = result.Components.Single(c => c.Id == "link:north-south:f").Measures.ToDictionary(m => m.Name, m => m.Value);
        Assert.InRange(line["departures"], 729, 731);
        Assert.InRange(line["slotUtilisation"], 0.99, 1.0);
        Assert.Equal(1, line["saturated"]);
        Assert.Contains(result.Warnings, w => w.StartsWith("link:north-south:f is saturated", StringComparison.Ordinal));
        Assert.True(result.Streams[0].TimeBreakdownDays.Queueing > 1.0, "the waiting trains' boxes queue");
    }

    [Fact]
    public void A_pool_on_one_link_changes_neither_the_other_streams_nor_any_stream_s_arrivals()
    {
        // Common random numbers: giving east → port a pool of one train set makes the boxes on
        // it wait for stock, while the stream on north → south, which shares no component with
        // it, sees the same trains and times to the last digit, and every stream's demand the
        // same arrivals.
        using var folder = new ScenarioFolder();
        folder.Write("rail.json", RailNetwork.Text);
        const string Streams = """
            { "id": "main", "origin": "east", "destination": "west", "teuPerYear": 40000, "containersPerShipment": 10, "feuShare": 0.5, "sources": ["S01"] },
            { "id": "other", "origin": "north", "destination": "south", "teuPerYear": 10000, "containersPerShipment": 5, "feuShare": 0.5, "sources": ["S01"] }
            """;
        var without = folder.Load(Scenario(Streams));
        var with = folder.Load(Scenario(Streams, overrides: """{ "links": { "east-port": { "rollingStock": "ktz-containers" } } }"""));

        var a = ScenarioRunner.Run(without, cancellationToken: TestContext.Current.CancellationToken);
        var b = ScenarioRunner.Run(with, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0.0, a.Streams[0].TimeBreakdownDays.RollingStock);
        Assert.True(b.Streams[0].TimeBreakdownDays.RollingStock > 0.0, "one train set for a busy line: trains wait for it");
        Assert.Equal(a.Streams[0].GeneratedTeu, b.Streams[0].GeneratedTeu);
        Assert.Equal(a.Streams[1].GeneratedTeu, b.Streams[1].GeneratedTeu);
        Assert.Equal(a.Streams[1].DeliveredContainers, b.Streams[1].DeliveredContainers);
        Assert.Equal(a.Streams[1].Transit, b.Streams[1].Transit);
        Assert.Equal(a.Streams[1].TimeBreakdownDays, b.Streams[1].TimeBreakdownDays);
        var pool = b.Components.Single(c => c.Id == "rollingStock:ktz-containers").Measures.ToDictionary(m => m.Name, m => m.Value);
        Assert.InRange(pool["trainSetUtilisation"], 0.9, 1.0);
        Assert.True(pool["waitHours"] > 0 && pool["trainsWaited"] > 0);

        // (ScenarioRunner.Run has checked that cargo is conserved in both runs.)
    }

    private static string Scenario(string streams, int warmUpDays = 30, string overrides = "{}") => string.Create(CultureInfo.InvariantCulture, $$"""
        { "name": "rail", "network": "rail.json", "seed": 3, "years": 1, "warmUpDays": {{warmUpDays}},
          "streams": [ {{streams}} ], "overrides": {{overrides}} }
        """);
}
