using CorridorSim.Input;

namespace CorridorSim.Tests.Input;

/// <summary>Demand typed in the wrong unit — thousands of TEU, a day's figure, a percentage — is warned about at the value, and a quoted duration gets the fix that works.</summary>
public sealed class DemandPlausibilityTests
{
    [Theory]
    [InlineData("21", "teuPerYear 21 TEU a year is 1/1,000 of the 21,000 it replaces")]
    [InlineData("8000000", "teuPerYear 8,000,000 TEU a year is 1,000 times the 8,000 it replaces")]
    public void A_stream_override_far_from_the_inherited_volume_is_questioned(string teu, string message)
    {
        string stream = teu == "21" ? "china-azerbaijan" : "china-turkiye-btk";
        var scenario = ScenarioLoader.LoadFromText("demand.json", $$"""
            { "name": "demand", "extends": "baseline-2024.json",
              "overrides": { "streams": { "{{stream}}": { "teuPerYear": {{teu}} } } } }
            """).ValueOrThrow();

        var warning = Assert.Single(scenario.InputWarnings);
        Assert.Equal($"$.overrides.streams.{stream}.teuPerYear", warning.JsonPath);
        Assert.StartsWith(message, warning.Message, StringComparison.Ordinal);
        Assert.StartsWith("give TEU a year", warning.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("150", true)]
    [InlineData("0.02", true)]
    [InlineData("3", false)]
    public void A_demand_scale_that_looks_like_a_percentage_is_questioned(string scale, bool questioned)
    {
        var scenario = ScenarioLoader.LoadFromText("scaled.json", $$"""{ "name": "scaled", "extends": "baseline-2024.json", "demandScale": {{scale}}, "years": 0.1 }""").ValueOrThrow();

        Assert.Equal(questioned, scenario.InputWarnings.Any(w => w.JsonPath == "$.demandScale" && w.Message.EndsWith("is it a percentage?", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_override_beyond_what_freight_can_do_is_questioned_even_when_close_to_the_figure_it_replaces()
    {
        // 250 km/h is about six times the line's 40: within the 20-fold of a unit slip, beyond any freight train.
        var scenario = ScenarioLoader.LoadFromText("fast.json", """
            { "name": "fast", "extends": "baseline-2024.json", "overrides": { "links": { "tbilisi-marabda": { "speedKmh": 250 } } } }
            """).ValueOrThrow();

        var warning = Assert.Single(scenario.InputWarnings);
        Assert.Equal("$.overrides.links.tbilisi-marabda.speedKmh", warning.JsonPath);
        Assert.Contains("faster than any rail freight service (160 km/h)", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"22\"", "remove the quotes: 22.")]
    [InlineData("\"a day\"", "give the hours as a number (e.g. 12.5), or a distribution such as")]
    public void A_duration_given_as_text_gets_a_fix_for_a_duration(string value, string fix)
    {
        var errors = ScenarioLoader.LoadFromText("quoted.json", $$"""
            { "name": "quoted", "extends": "baseline-2024.json", "overrides": { "links": { "aktau-alat-feeder": { "crossingHours": {{value}} } } } }
            """).Errors;

        var error = Assert.Single(errors);
        Assert.StartsWith("expected a number of hours or a distribution", error.Message, StringComparison.Ordinal);
        Assert.StartsWith(fix, error.Fix, StringComparison.Ordinal);
    }
}
