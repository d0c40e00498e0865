using CorridorSim.Input;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Input;

/// <summary>Vessel services and sea areas in network and scenario files: what is read, and each mistake reported with a fix.</summary>
public sealed class VesselInputTests
{
    private const string OwnWeather = "\"weather\": { \"closuresPerMonth\": [2, 2, 1, 1, 0, 0, 0, 0, 0, 1, 1, 2], \"durationHours\": { \"dist\": \"lognormal\", \"mean\": 24, \"sd\": 12 } },";

    private const string Area = """
        "seaAreas": [ { "id": "inner-sea", "name": "Inner Sea", "sources": ["S03"],
          "weather": { "closuresPerMonth": [1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1], "durationHours": 48 } } ],
        """;

    [Fact]
    public void A_crossing_in_a_sea_area_takes_the_areas_storms()
    {
        var network = TestNetworks.Load(part: InArea("\"seaArea\": \"inner-sea\", \"closeChance\": 0.8,")).ValueOrThrow();

        var ferry = network.Link("caspian-ferry");
        Assert.Equal("inner-sea", Assert.Single(network.SeaAreas).Id);
        Assert.Equal(0.8, ferry.CloseChance);
        Assert.Null(ferry.Weather);
        Assert.Equal(7, network.WeatherOf(ferry)!.ClosuresPerMonth.Sum());
    }

    [Fact]
    public void An_unknown_sea_area_names_the_file_the_path_and_the_nearest_id()
    {
        var error = Single(InArea("\"seaArea\": \"iner-sea\","));

        Assert.Equal("part.json", error.File);
        Assert.Equal("$.links[1].seaArea", error.JsonPath);
        Assert.Equal("unknown sea area \"iner-sea\".", error.Message);
        Assert.Equal("did you mean \"inner-sea\"?", error.Fix);
    }

    [Fact]
    public void A_crossing_with_its_own_weather_and_a_sea_area_is_refused()
    {
        var error = Single(InArea("\"seaArea\": \"inner-sea\", " + OwnWeather));

        Assert.Equal("$.links[1].weather", error.JsonPath);
        Assert.Contains("remove \"weather\"", error.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"seaArea\": \"inner-sea\", \"closeChance\": 1.5,", "$.links[1].closeChance", "between 0 and 1")]
    [InlineData("\"closeChance\": 0.5,", "$.links[1].closeChance", "names no \"seaArea\"")]
    public void A_close_chance_lies_between_0_and_1_and_needs_a_sea_area(string fields, string path, string message)
    {
        var error = Single(InArea(fields));

        Assert.Equal(path, error.JsonPath);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_removed_return_hours_are_refused_with_a_fix()
    {
        var error = Single(TestNetworks.Part.Replace("\"fleet\": 3,", "\"fleet\": 3, \"returnHours\": 12,", StringComparison.Ordinal));

        Assert.Equal("$.links[1].returnHours", error.JsonPath);
        Assert.Contains("no longer used", error.Message, StringComparison.Ordinal);
        Assert.Contains("returnMaxWaitHours", error.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"fleet\": 3, ", "$.links[1].vesselCapacityTeu", "add \"fleet\"")]
    [InlineData("\"vesselCapacityTeu\": 50,", "$.links[1].fleet", "add \"vesselCapacityTeu\"")]
    public void A_vessel_capacity_without_a_fleet_or_a_fleet_without_one_is_refused(string removed, string path, string fix)
    {
        var error = Single(TestNetworks.Part.Replace(removed, string.Empty, StringComparison.Ordinal).Replace(OwnWeather, string.Empty, StringComparison.Ordinal));

        Assert.Equal(path, error.JsonPath);
        Assert.Contains("uncapacitated", error.Message, StringComparison.Ordinal);
        Assert.StartsWith(fix, error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sea_leg_with_neither_a_fleet_nor_a_vessel_capacity_is_a_plain_crossing()
    {
        string plain = TestNetworks.Part.Replace("\"fleet\": 3, \"vesselCapacityTeu\": 50,", string.Empty, StringComparison.Ordinal).Replace(OwnWeather, string.Empty, StringComparison.Ordinal);

        var ferry = TestNetworks.Load(part: plain).ValueOrThrow().Link("caspian-ferry");

        Assert.Null(ferry.Fleet);
        Assert.Null(ferry.VesselCapacityTeu);
    }

    [Theory]
    [InlineData("\"returnMaxWaitHours\": 12, \"timetable\": { \"everyHours\": 48 },", "$.links[1].returnMaxWaitHours", "timetabled")]
    [InlineData("\"returnMaxWaitHours\": -1,", "$.links[1].returnMaxWaitHours", "at least 0")]
    public void A_far_end_wait_is_not_negative_and_not_given_with_a_timetable(string fields, string path, string message)
    {
        var error = Single(TestNetworks.Part.Replace("\"fleet\": 3,", "\"fleet\": 3, " + fields, StringComparison.Ordinal));

        Assert.Equal(path, error.JsonPath);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Vessel_fields_on_a_rail_link_are_refused()
    {
        string rail = TestNetworks.Part.Replace("\"speedKmh\": 60,", "\"speedKmh\": 60, \"returnMaxWaitHours\": 5, \"seaArea\": \"inner-sea\",", StringComparison.Ordinal);

        var errors = TestNetworks.Load(part: InArea("\"seaArea\": \"inner-sea\",", rail)).Errors;

        Assert.Equal(["$.links[2].returnMaxWaitHours", "$.links[2].seaArea"], errors.Select(e => e.JsonPath));
        Assert.All(errors, e => Assert.Contains("only ferry and sea links with a fleet", e.Fix, StringComparison.Ordinal));
    }

    [Fact]
    public void A_sea_area_used_twice_is_refused()
    {
        string twice = InArea("\"seaArea\": \"inner-sea\",").Replace("\"seaAreas\": [ {", "\"seaAreas\": [ { \"id\": \"inner-sea\", \"name\": \"Again\", \"sources\": [\"S03\"], \"weather\": { \"closuresPerMonth\": [0,0,0,0,0,0,0,0,0,0,0,0], \"durationHours\": 1 } }, {", StringComparison.Ordinal);

        var error = Single(twice);

        Assert.Equal("$.seaAreas[1].id", error.JsonPath);
        Assert.Contains("used twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_changes_a_sea_areas_storms_and_an_unknown_area_gets_a_did_you_mean()
    {
        const string Streams = """ "streams": [ { "id": "a", "origin": "xian", "destination": "baku", "teuPerYear": 1000, "sources": ["S96"] } ] """;

        var stormy = ScenarioLoader.LoadFromText("s.json", $$"""{ "name": "s", {{Streams}}, "overrides": { "seaAreas": { "caspian": { "weather": { "closuresPerMonth": [5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4] } } } } }""").ValueOrThrow();
        var typo = ScenarioLoader.LoadFromText("t.json", $$"""{ "name": "t", {{Streams}}, "overrides": { "seaAreas": { "caspain": { "weather": {} } } } }""");

        var feeder = stormy.Network.Link("aktau-alat-feeder");
        Assert.Equal(9, stormy.Network.WeatherOf(feeder)!.ClosuresPerMonth.Sum());
        Assert.Equal("triangular", stormy.Network.WeatherOf(feeder)!.DurationHours.Kind);
        var error = Assert.Single(typo.Errors);
        Assert.Equal(("t.json", "$.overrides.seaAreas.caspain"), (error.File, error.JsonPath));
        Assert.Equal("did you mean \"caspian\"?", error.Fix);
    }

    [Fact]
    public void The_storm_winter_scenario_doubles_the_winter_storms_of_every_caspian_crossing()
    {
        var baseline = ScenarioLoader.LoadBuiltIn().ValueOrThrow().Network;
        var winter = ScenarioLoader.LoadBuiltIn("caspian-storm-winter.json").ValueOrThrow().Network;

        string[] crossings = ["aktau-alat-feeder", "aktau-alat-ferry", "kuryk-alat-ferry", "turkmenbashi-alat-ferry"];
        Assert.All(crossings, id => Assert.Equal("caspian", winter.Link(id).SeaArea));
        var before = baseline.WeatherOf(baseline.Link(crossings[0]))!.ClosuresPerMonth;
        var after = winter.WeatherOf(winter.Link(crossings[0]))!.ClosuresPerMonth;
        int[] winterMonths = [0, 1, 2, 10, 11];
        Assert.All(Enumerable.Range(0, 12), m => Assert.Equal(winterMonths.Contains(m) ? 2 * before[m] : before[m], after[m]));
    }

    [Fact]
    public void A_scenario_extending_the_storm_winter_merges_its_sea_area_override_over_the_inherited_one()
    {
        var child = ScenarioLoader.LoadFromText("child.json", """
            { "extends": "caspian-storm-winter.json", "overrides": { "seaAreas": { "caspian": { "weather": { "durationHours": 48 } } } } }
            """).ValueOrThrow();

        var weather = child.Network.WeatherOf(child.Network.Link("kuryk-alat-ferry"))!;
        Assert.Equal(6.0, weather.ClosuresPerMonth[11]);
        Assert.Equal(48.0, weather.DurationHours.Mean);
    }

    /// <summary>The test network's part file with a sea area, and <paramref name="fields"/> in place of the ferry's own weather.</summary>
    private static string InArea(string fields, string? part = null) =>
        "{" + Area + (part ?? TestNetworks.Part).TrimStart()[1..].Replace(OwnWeather, fields, StringComparison.Ordinal);

    private static InputError Single(string part)
    {
        var result = TestNetworks.Load(part: part);
        Assert.True(result.Errors.Count == 1, $"expected one error, got {result.Errors.Count}:\n{string.Join("\n", result.Errors)}");
        return result.Errors[0];
    }
}
