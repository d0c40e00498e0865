using CorridorSim.Input;
using CorridorSim.Model.Network;

namespace CorridorSim.Tests.Input;

/// <summary>A network file's figures that are valid but probably in the wrong unit are warned about, at the value; plausible ones are not.</summary>
public sealed class NetworkPlausibilityTests
{
    // Two ports 440 km apart across a sea (great circle 43.6 N 51.2 E – 40.0 N 49.4 E) and an
    // inland terminal 81 km from the first (one degree of longitude at 43 N), every figure plausible.
    private const string Template = """
        {
          "name": "plausible",
          "nodes": [
            { "id": "inland", "name": "Inland", "country": "KZ", "kind": "origin", "lat": 43.6, "lon": 52.2,
              "capacityTeuPerDay": CAPACITY, "sources": ["S01"] },
            { "id": "east-port", "name": "East Port", "country": "KZ", "kind": "port", "lat": 43.6, "lon": 51.2,
              "servers": 2, "handlingHoursPerTeu": HANDLING, "dwellHours": DWELL, "sources": ["S01"] },
            { "id": "west-port", "name": "West Port", "country": "AZ", "kind": "destination", "lat": 40.0, "lon": 49.4, "sources": ["S01"] }
          ],
          "links": [
            { "id": "inland-rail", "from": "inland", "to": "east-port", "mode": "rail", "distanceKm": RAILKM, "speedKmh": SPEED,
              "trainCapacityTeu": 100, "trainsPerDay": 12, "maxWaitHours": 2, "sources": ["S01"] },
            { "id": "sea-ferry", "from": "east-port", "to": "west-port", "mode": "ferry", "distanceKm": 470,
              "crossingHours": 20, "fleet": 3, "vesselCapacityTeu": VESSEL, "maxWaitHours": WAIT, "sources": ["S01"] }
          ]
        }
        """;

    private static readonly Dictionary<string, string> Plausible = new(StringComparer.Ordinal)
    {
        ["CAPACITY"] = "400", ["HANDLING"] = "0.1", ["DWELL"] = "24", ["RAILKM"] = "95", ["SPEED"] = "45", ["VESSEL"] = "300", ["WAIT"] = "72",
    };

    [Fact]
    public void A_network_of_plausible_figures_draws_no_warning()
    {
        var loaded = Load();

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        Assert.Empty(loaded.Warnings);
    }

    [Theory]
    [InlineData("CAPACITY", "146000", "$.nodes[0].capacityTeuPerDay", 5, "capacityTeuPerDay 146,000 TEU a day is 53,290,000 a year, more than 20,000 a day; is it a yearly figure?")]
    [InlineData("HANDLING", "20", "$.nodes[1].handlingHoursPerTeu", 7, "handlingHoursPerTeu has a mean of 20 hours for one TEU, more than 12; is it a whole train's or vessel's handling time?")]
    [InlineData("DWELL", "4320", "$.nodes[1].dwellHours", 7, "dwellHours has a mean of 4,320 hours (180 days); is it in minutes?")]
    [InlineData("RAILKM", "50", "$.links[0].distanceKm", 11, "distanceKm 50 km is shorter than the great circle from \"inland\" to \"east-port\" (81 km); is it in miles, or are the coordinates wrong?")]
    [InlineData("RAILKM", "950", "$.links[0].distanceKm", 11, "distanceKm 950 km is 11.8 times the great circle from \"inland\" to \"east-port\" (81 km); is it in the right unit, or are the coordinates wrong?")]
    [InlineData("SPEED", "250", "$.links[0].speedKmh", 11, "speedKmh 250 km/h is faster than any rail freight service (160 km/h); is it a top speed, or in another unit?")]
    [InlineData("VESSEL", "300000", "$.links[1].vesselCapacityTeu", 14, "vesselCapacityTeu 300,000 TEU a vessel is more than 25,000; is it in the right unit?")]
    [InlineData("WAIT", "3", "$.links[1].maxWaitHours", 14, "maxWaitHours 3 hours for a sailing, where ferries and feeders wait days to fill; is it in days?")]
    public void A_figure_in_the_wrong_unit_is_warned_about_at_its_value(string field, string value, string path, int line, string message)
    {
        var loaded = Load((field, value));

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        var warning = Assert.Single(loaded.Warnings);
        Assert.Equal(("network.json", path, line, message), (warning.File, warning.JsonPath, warning.Line, warning.Message));
        Assert.NotNull(warning.Fix);
    }

    [Fact]
    public void A_short_link_between_approximate_coordinates_is_not_questioned()
    {
        // 75 km where the coordinates give 81: within the 10 % and 10 km a tenth of a degree allows.
        Assert.Empty(Load(("RAILKM", "75")).Warnings);
    }

    [Fact]
    public void A_custom_network_files_warnings_reach_the_scenario_that_runs_it()
    {
        var folder = Directory.CreateTempSubdirectory("corridorsim-network-plausibility-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "net.json"), Text(("SPEED", "250")));
            var scenario = ScenarioLoader.LoadFromText("s.json", """
                { "name": "custom", "network": "net.json", "years": 0.1,
                  "streams": [ { "id": "inland-west", "origin": "inland", "destination": "west-port", "teuPerYear": 1000, "sources": ["S01"] } ] }
                """, folder.FullName).ValueOrThrow();

            var warning = Assert.Single(scenario.InputWarnings);
            Assert.Equal("$.links[0].speedKmh", warning.JsonPath);
            Assert.EndsWith("net.json", warning.File, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static LoadResult<TransportNetwork> Load(params (string Field, string Value)[] changes) =>
        NetworkLoader.LoadFromText("network.json", new Dictionary<string, string> { ["network.json"] = Text(changes) });

    private static string Text(params (string Field, string Value)[] changes)
    {
        string text = Template;
        foreach (var (field, plausible) in Plausible)
        {
            string value = changes.FirstOrDefault(c => c.Field == field).Value ?? plausible;
            text = text.Replace(field, value, StringComparison.Ordinal);
        }

        return text;
    }
}
