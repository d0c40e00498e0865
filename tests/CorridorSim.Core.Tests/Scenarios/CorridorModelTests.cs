using System.Globalization;
using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Model.Corridor;
using CorridorSim.Results;

namespace CorridorSim.Tests.Scenarios;

/// <summary>
/// A four-node line with deterministic times, where every container's transit can be worked out
/// by hand: origin ─2 h─ junction ─2 h─ border (65 h dwell, 12 h for priority trains) ─2 h─
/// destination. Trains carry 10 forty-foot boxes and wait at most 24 h to fill at the origin.
/// </summary>
public sealed class CorridorModelTests
{
    private const string Network = """
        {
          "name": "line",
          "nodes": [
            { "id": "n0", "name": "Origin", "country": "CN", "kind": "origin", "lat": 45, "lon": 80, "sources": ["S01"] },
            { "id": "n1", "name": "Junction", "country": "CN", "kind": "junction", "lat": 45, "lon": 81, "sources": ["S01"] },
            { "id": "n2", "name": "Border", "country": "CN", "kind": "border", "lat": 45, "lon": 82,
              "dwellHours": 65, "priorityDwellHours": 12, "sources": ["S01"] },
            { "id": "n3", "name": "Destination", "country": "KZ", "kind": "destination", "lat": 45, "lon": 83, "sources": ["S01"] }
          ],
          "links": [
            { "id": "l1", "from": "n0", "to": "n1", "mode": "rail", "distanceKm": 100, "speedKmh": 50, "trainCapacityTeu": 20, "maxWaitHours": 24, "sources": ["S01"] },
            { "id": "l2", "from": "n1", "to": "n2", "mode": "rail", "distanceKm": 100, "speedKmh": 50, "trainCapacityTeu": 20, "maxWaitHours": 24, "sources": ["S01"] },
            { "id": "l3", "from": "n2", "to": "n3", "mode": "rail", "distanceKm": 100, "speedKmh": 50, "trainCapacityTeu": 20, "maxWaitHours": 24, "sources": ["S01"] }
          ]
        }
        """;

    [Fact]
    public void A_full_priority_block_train_runs_through_with_its_priority_border_dwell()
    {
        // Departs full at once, 2 + 2 h to the border, 12 h there, 2 h on: 18 h for every box.
        var hours = TransitHours(containersPerShipment: 10, priority: true);

        Assert.Equal(18.0, hours.Min, 9);
        Assert.Equal(18.0, hours.Max, 9);
    }

    [Fact]
    public void An_ordinary_train_clears_the_border_in_the_ordinary_dwell()
    {
        var hours = TransitHours(containersPerShipment: 10, priority: false);

        Assert.Equal(2 + 2 + 65 + 2, hours.Min, 9);
        Assert.Equal(2 + 2 + 65 + 2, hours.Max, 9);
    }

    [Fact]
    public void A_half_train_waits_to_fill_only_where_trains_are_made_up()
    {
        // Trains every 100 h carry 5 boxes for a train of 10: the origin holds them the longest
        // wait, 24 h; the junction and the border pass the train straight on.
        var hours = TransitHours(containersPerShipment: 5, priority: false);

        Assert.Equal(24 + 2 + 2 + 65 + 2, hours.Min, 9);
        Assert.Equal(24 + 2 + 2 + 65 + 2, hours.Max, 9);
    }

    [Fact]
    public void CPMM_indicators_time_each_crossing_and_section_from_the_containers()
    {
        // Half trains: the first section takes the 24 h wait plus 2 h moving, so its speed with
        // delay is 100 km / 26 h and without delay 50 km/h; the border crossing takes its 65 h dwell.
        var model = Run(containersPerShipment: 5, priority: false);
        var sections = CpmmIndicators.Sections(model).ToDictionary(s => s.Link.Id);
        var (crossings, crossingHours) = model.Passages.Crossing(model.NodeIndexOf("n2"), priority: false);

        Assert.Equal(100.0 / 26.0, sections["l1"].SpeedWithDelayKmh, 9);
        Assert.Equal(50.0, sections["l1"].SpeedWithoutDelayKmh, 9);
        Assert.Equal(100.0 / (65.0 + 2.0), sections["l3"].SpeedWithDelayKmh, 9);
        Assert.Equal(65.0, crossingHours, 9);
        Assert.Equal(sections["l3"].Containers, crossings);
        Assert.Equal(0, model.Passages.Crossing(model.NodeIndexOf("n2"), priority: true).Containers);
    }

    [Fact]
    public void One_storm_process_closes_a_sea_crossing_in_both_directions()
    {
        // Streams both ways across the test network's ferry: one vessel service for both
        // directions, one weather process for the link, and its closed time is reported.
        string folder = Directory.CreateTempSubdirectory("corridorsim-ferry-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "network.json"), CorridorSim.Tests.TestSupport.TestNetworks.Root);
            File.WriteAllText(Path.Combine(folder, "part.json"), CorridorSim.Tests.TestSupport.TestNetworks.Part);
            const string scenario = """
                { "name": "both ways", "network": "network.json", "years": 1, "streams": [
                  { "id": "west", "origin": "origin-town", "destination": "city-dest", "via": ["caspian-ferry"], "teuPerYear": 2000, "sources": ["S01"] },
                  { "id": "east", "origin": "city-dest", "destination": "origin-town", "via": ["caspian-ferry"], "teuPerYear": 2000, "sources": ["S01"] } ] }
                """;
            var model = new CorridorModel(ScenarioLoader.LoadFromText("both.json", scenario, folder).ValueOrThrow());
            model.Run();

            var weather = Assert.Single(model.Simulation.Components.OfType<CorridorSim.Model.Disruptions.SeasonalClosures>());
            var ferry = Assert.Single(model.Simulation.Components.OfType<CorridorSim.Model.Links.VesselService>());
            Assert.Equal("link:caspian-ferry", ferry.Id);
            Assert.True(ferry.Forward.Departures > 0 && ferry.Reverse.Departures > 0, "the one fleet sails both ways");
            Assert.True(weather.ClosedHours(model.Simulation.Now) > 0, "no storm in a year of 10 expected closures");
            var result = CorridorSim.Experiments.ScenarioRunner.Run(ScenarioLoader.LoadFromText("both.json", scenario, folder).ValueOrThrow(), cancellationToken: TestContext.Current.CancellationToken);
            Assert.Contains(result.Components, c => c.Id == "weather:link:caspian-ferry" && c.Measures.Any(m => m.Name == "closedDays" && m.Value > 0));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_crossings_of_a_sea_area_are_closed_by_the_same_storms_unless_a_chance_spares_one()
    {
        // One stream over the Aktau feeder, one over the Kuryk ferry: both in the Caspian area.
        static RunResult Run(string overrides) => ScenarioRunner.Run(ScenarioLoader.LoadFromText("two.json", $$"""
            { "name": "two", "years": 1, "streams": [
              { "id": "a", "origin": "xian", "destination": "baku", "via": ["aktau-alat-feeder"], "teuPerYear": 3000, "sources": ["S96"] },
              { "id": "k", "origin": "xian", "destination": "baku", "via": ["kuryk-alat-ferry"], "teuPerYear": 3000, "sources": ["S96"] } ]{{overrides}} }
            """).ValueOrThrow(), cancellationToken: TestContext.Current.CancellationToken);
        static double ClosedDays(RunResult run, string id) => run.Components.Single(c => c.Id == id).Measures.Single(m => m.Name == "closedDays").Value;

        var shared = Run(string.Empty);
        var spared = Run(""", "overrides": { "links": { "kuryk-alat-ferry": { "closeChance": 0.5 } } }""");

        double storms = ClosedDays(shared, "weather:sea:caspian");
        Assert.True(storms > 0, "no storm over the Caspian in a year");
        Assert.Equal(storms, ClosedDays(shared, "weather:link:aktau-alat-feeder"));
        Assert.Equal(storms, ClosedDays(shared, "weather:link:kuryk-alat-ferry"));
        Assert.Equal(storms, ClosedDays(spared, "weather:link:aktau-alat-feeder"));
        Assert.True(ClosedDays(spared, "weather:link:kuryk-alat-ferry") < storms, "a chance of 0.5 spared the ferry no storm");
    }

    private static (double Min, double Max) TransitHours(int containersPerShipment, bool priority)
    {
        var transit = Run(containersPerShipment, priority).Destinations["n3"].Stream(0).TransitHours;
        Assert.True(transit.Count > 100, $"only {transit.Count} containers delivered");
        return (transit.Min, transit.Max);
    }

    private static CorridorModel Run(int containersPerShipment, bool priority)
    {
        string folder = Directory.CreateTempSubdirectory("corridorsim-line-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "line.json"), Network);

            // 8,760 h a year / 100 h per train, 2 TEU per box.
            double teuPerYear = SimCalendar() / 100.0 * containersPerShipment * 2;
            string scenario = string.Create(CultureInfo.InvariantCulture, $$"""
                { "name": "line", "network": "line.json", "seed": 1, "years": 0.5, "warmUpDays": 30,
                  "streams": [ { "id": "s", "origin": "n0", "destination": "n3", "teuPerYear": {{teuPerYear}}, "feuShare": 1,
                    "containersPerShipment": {{containersPerShipment}}, "arrivals": "scheduled", "priority": {{(priority ? "true" : "false")}}, "sources": ["S01"] } ] }
                """);
            var model = new CorridorModel(ScenarioLoader.LoadFromText("line-scenario.json", scenario, folder).ValueOrThrow());
            model.Run();
            return model;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double SimCalendar() => CorridorSim.Kernel.SimCalendar.HoursPerYear;
}
