using CorridorSim.Input;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Input;

/// <summary>Every kind of problem a network file can have gets its own clear message.</summary>
public sealed class NetworkValidationTests
{
    [Fact]
    public void Invalid_JSON_names_the_file_and_line()
    {
        string broken = TestNetworks.Part.Replace("\"lat\": 40.0,", "\"lat\": 40.0", StringComparison.Ordinal);

        var error = Single(part: broken);

        Assert.Equal("part.json", error.File);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void A_timetable_is_read_and_needs_trains_or_vessels_to_run_it()
    {
        string weekly = TestNetworks.Part.Replace("\"fleet\": 3,", "\"fleet\": 3, \"timetable\": { \"everyHours\": 168, \"firstHour\": 12 },", StringComparison.Ordinal);
        string railWithout = TestNetworks.Part.Replace("\"distanceKm\": 50, \"speedKmh\": 50,", "\"distanceKm\": 50, \"speedKmh\": 50, \"timetable\": { \"everyHours\": 24 },", StringComparison.Ordinal);

        var ferry = TestNetworks.Load(part: weekly).ValueOrThrow().Link("caspian-ferry");
        var error = Single(part: railWithout);

        Assert.Equal(new CorridorSim.Model.Links.Timetable(168, 12), ferry.Timetable);
        Assert.Equal("$.links[0].timetable", error.JsonPath);
        Assert.Equal("add \"trainCapacityTeu\".", error.Fix);
    }

    [Fact]
    public void Weather_that_would_close_a_link_longer_than_the_month_is_refused()
    {
        // 2 closures of 24 h mean in January are fine; 40 of them (960 h) exceed January's 744 h.
        string stormy = TestNetworks.Part.Replace("\"closuresPerMonth\": [2, 2,", "\"closuresPerMonth\": [40, 2,", StringComparison.Ordinal);

        var error = Single(part: stormy);

        Assert.Equal("$.links[1].weather.closuresPerMonth[0]", error.JsonPath);
        Assert.Contains("960 h in January, which has 744 h", error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(error.Fix));
    }

    [Fact]
    public void A_missing_required_property_is_named_with_its_path()
    {
        var error = Single(part: TestNetworks.Part.Replace("\"country\": \"AZ\", ", string.Empty, StringComparison.Ordinal));

        Assert.Equal("$.nodes[1]", error.JsonPath);
        Assert.Contains("missing required property \"country\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void A_number_written_as_a_string_is_reported_with_the_fix()
    {
        var error = Single(part: TestNetworks.Part.Replace("\"distanceKm\": 120,", "\"distanceKm\": \"120\",", StringComparison.Ordinal));

        Assert.Equal("$.links[1].distanceKm", error.JsonPath);
        Assert.Equal("remove the quotes around the number.", error.Fix);
    }

    [Fact]
    public void A_value_out_of_range_says_the_allowed_range()
    {
        var error = Single(part: TestNetworks.Part.Replace("\"lat\": 43.6", "\"lat\": 143.6", StringComparison.Ordinal));

        Assert.Equal("$.nodes[0].lat", error.JsonPath);
        Assert.Contains("between -90 and 90 degrees", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_property_gets_a_did_you_mean()
    {
        var error = Single(part: TestNetworks.Part.Replace("\"distanceKm\": 60,", "\"distanceKM\": 60, \"distanceKm\": 60,", StringComparison.Ordinal));

        Assert.Equal("$.links[2].distanceKM", error.JsonPath);
        Assert.Equal("did you mean \"distanceKm\"?", error.Fix);
    }

    [Fact]
    public void An_unknown_kind_gets_a_did_you_mean()
    {
        var error = Single(part: TestNetworks.Part.Replace("\"kind\": \"port\", \"lat\": 43.6", "\"kind\": \"prot\", \"lat\": 43.6", StringComparison.Ordinal));

        Assert.Equal("$.nodes[0].kind", error.JsonPath);
        Assert.Equal("did you mean \"port\"?", error.Fix);
    }

    [Fact]
    public void A_duplicate_id_names_both_places()
    {
        var error = Single(part: TestNetworks.Part.Replace("\"id\": \"port-west\"", "\"id\": \"port-east\"", StringComparison.Ordinal)
            .Replace("\"to\": \"port-west\"", "\"to\": \"city-dest\"", StringComparison.Ordinal)
            .Replace("\"from\": \"port-west\"", "\"from\": \"port-east\"", StringComparison.Ordinal));

        Assert.Equal("$.nodes[1].id", error.JsonPath);
        Assert.Contains("used twice (first in part.json)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_an_unknown_node_gets_a_did_you_mean()
    {
        var error = Single(part: TestNetworks.Part.Replace("\"to\": \"port-west\"", "\"to\": \"port-wset\"", StringComparison.Ordinal));

        Assert.Equal("$.links[1].to", error.JsonPath);
        Assert.Equal("did you mean \"port-west\"?", error.Fix);
    }

    [Fact]
    public void An_id_that_is_not_kebab_case_gets_a_corrected_suggestion()
    {
        var errors = Errors(root: TestNetworks.Root.Replace("\"id\": \"origin-north\"", "\"id\": \"Origin North\"", StringComparison.Ordinal));

        var error = Assert.Single(errors);
        Assert.Equal("$.links[0].id", error.JsonPath);
        Assert.Contains("\"origin-north\"", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_include_is_reported_at_the_include()
    {
        var error = Single(root: TestNetworks.Root.Replace("[\"part.json\"]", "[\"part.json\", \"extra.json\"]", StringComparison.Ordinal));

        Assert.Equal("$.include[1]", error.JsonPath);
        Assert.Contains("\"extra.json\" not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_from_a_node_to_itself_is_refused()
    {
        var error = Single(part: TestNetworks.Part.Replace("\"from\": \"port-west\", \"to\": \"city-dest\"", "\"from\": \"port-west\", \"to\": \"port-west\"", StringComparison.Ordinal)
            .Replace("\"kind\": \"port\", \"lat\": 40.0", "\"kind\": \"port\", \"lat\": 40.0", StringComparison.Ordinal));

        Assert.Equal("$.links[2]", error.JsonPath);
        Assert.Contains("starts and ends at \"port-west\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_destination_no_origin_can_reach_is_a_validation_error()
    {
        string root = TestNetworks.Root.Replace("\"bidirectional\"", "\"x\"", StringComparison.Ordinal)
            .Replace("\"to\": \"city-dest\", \"mode\": \"rail\", \"corridor\": \"northern\", \"distanceKm\": 300", "\"to\": \"city-dest\", \"mode\": \"rail\", \"bidirectional\": false, \"distanceKm\": 300", StringComparison.Ordinal);
        string reversed = root.Replace("\"from\": \"junction-north\", \"to\": \"city-dest\"", "\"from\": \"city-dest\", \"to\": \"junction-north\"", StringComparison.Ordinal)
            .Replace("\"from\": \"junction-south\", \"to\": \"city-dest\"", "\"from\": \"junction-south\", \"to\": \"junction-north\"", StringComparison.Ordinal);
        string part = TestNetworks.Part.Replace("\"from\": \"port-west\", \"to\": \"city-dest\"", "\"from\": \"port-west\", \"to\": \"junction-south\"", StringComparison.Ordinal);

        var errors = Errors(root: reversed, part: part);

        var error = Assert.Single(errors, e => e.Message.Contains("destination \"city-dest\" cannot be reached from any origin", StringComparison.Ordinal));
        Assert.Equal("$.nodes[3]", error.JsonPath);
        Assert.Contains(errors, e => e.Message.Contains("origin \"origin-town\" cannot reach any destination", StringComparison.Ordinal));
    }

    [Fact]
    public void A_node_without_links_is_reported()
    {
        string part = TestNetworks.Part.Replace("\"nodes\": [", "\"nodes\": [\n { \"id\": \"lonely\", \"name\": \"Lonely\", \"country\": \"GE\", \"kind\": \"terminal\", \"lat\": 42, \"lon\": 42, \"sources\": [\"S01\"] },", StringComparison.Ordinal);

        var error = Single(part: part);

        Assert.Equal("$.nodes[0]", error.JsonPath);
        Assert.Contains("not connected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rail_link_without_a_speed_has_no_travel_time()
    {
        var error = Single(part: TestNetworks.Part.Replace("\"distanceKm\": 60, \"speedKmh\": 60,", "\"distanceKm\": 60,", StringComparison.Ordinal));

        Assert.Equal("$.links[2]", error.JsonPath);
        Assert.Equal("add \"speedKmh\".", error.Fix);
    }

    [Theory]
    [InlineData("{ \"dist\": \"lognormal\", \"mean\": 24 }", "needs \"sd\"")]
    [InlineData("{ \"dist\": \"lognormall\", \"mean\": 24, \"sd\": 12 }", "unknown distribution")]
    [InlineData("{ \"dist\": \"lognormal\", \"mean\": 24, \"sd\": 12, \"max\": 48 }", "takes no \"max\"")]
    [InlineData("{ \"dist\": \"triangular\", \"min\": 30, \"mode\": 20, \"max\": 40 }", "min ≤ mode ≤ max")]
    [InlineData("-3", "at least 0")]
    public void A_bad_distribution_says_what_it_needs(string duration, string expected)
    {
        var error = Single(part: TestNetworks.Part.Replace("{ \"dist\": \"lognormal\", \"mean\": 24, \"sd\": 12 }", duration, StringComparison.Ordinal));

        Assert.StartsWith("$.links[1].weather.durationHours", error.JsonPath, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weather_needs_twelve_months()
    {
        var error = Single(part: TestNetworks.Part.Replace("[2, 2, 1, 1, 0, 0, 0, 0, 0, 1, 1, 2]", "[2, 2, 1]", StringComparison.Ordinal));

        Assert.Equal("$.links[1].weather.closuresPerMonth", error.JsonPath);
        Assert.Contains("needs 12 values", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Servers_without_a_handling_time_are_refused()
    {
        var error = Single(part: TestNetworks.Part.Replace("\"servers\": 2, \"handlingHoursPerTeu\": 0.5, ", "\"servers\": 2, ", StringComparison.Ordinal));

        Assert.Equal("$.nodes[1]", error.JsonPath);
        Assert.Contains("go together", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_that_is_not_an_ISO_code_is_refused()
    {
        var error = Single(part: TestNetworks.Part.Replace("\"country\": \"AZ\"", "\"country\": \"Azerbaijan\"", StringComparison.Ordinal));

        Assert.Equal("$.nodes[1].country", error.JsonPath);
    }

    [Fact]
    public void An_element_without_sources_is_refused()
    {
        var error = Single(part: TestNetworks.Part.Replace("\"dwellHours\": 5, \"sources\": [\"S03\"]", "\"dwellHours\": 5, \"sources\": []", StringComparison.Ordinal));

        Assert.Equal("$.nodes[0].sources", error.JsonPath);
        Assert.Contains("SOURCES.md", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        string part = TestNetworks.Part
            .Replace("\"lat\": 43.6", "\"lat\": 143.6", StringComparison.Ordinal)
            .Replace("\"to\": \"port-west\"", "\"to\": \"port-wset\"", StringComparison.Ordinal)
            .Replace("\"mode\": \"ferry\"", "\"mode\": \"ferri\"", StringComparison.Ordinal);
        string root = TestNetworks.Root.Replace("\"speedKmh\": 100, \"costUsdPerTeuKm\": 1, \"sources\": [\"S01\"] },\n    ]", "\"speedKmh\": 100, \"costUsdPerTeuKm\": 1, \"sources\": [\"S01\"], \"colour\": \"red\" },\n    ]", StringComparison.Ordinal)
            .Replace("\"id\": \"south-dest\", \"from\": \"junction-south\"", "\"id\": \"south-dest\", \"from\": \"junction-sout\"", StringComparison.Ordinal);

        var errors = Errors(root: root, part: part);

        Assert.True(errors.Count >= 4, string.Join("\n", errors));
        Assert.Contains(errors, e => e.File == "network.json" && e.JsonPath == "$.links[3].from");
        Assert.Contains(errors, e => e.File == "part.json" && e.JsonPath == "$.nodes[0].lat");
        Assert.Contains(errors, e => e.File == "part.json" && e.JsonPath == "$.links[1].mode");
    }

    [Fact]
    public void Errors_read_as_file_line_path_message_and_fix()
    {
        var error = Single(part: TestNetworks.Part.Replace("\"to\": \"port-west\"", "\"to\": \"port-wset\"", StringComparison.Ordinal));

        Assert.Equal("part.json:9: $.links[1].to: unknown node id \"port-wset\". Fix: did you mean \"port-west\"?", error.ToString());
    }

    private static InputError Single(string? root = null, string? part = null)
    {
        var errors = Errors(root, part);
        Assert.True(errors.Count == 1, $"expected one error, got {errors.Count}:\n{string.Join("\n", errors)}");
        return errors[0];
    }

    private static IReadOnlyList<InputError> Errors(string? root = null, string? part = null)
    {
        var result = TestNetworks.Load(root, part);
        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        return result.Errors;
    }
}
