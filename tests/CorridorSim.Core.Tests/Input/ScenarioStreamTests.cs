using CorridorSim.Input;

namespace CorridorSim.Tests.Input;

/// <summary>A scenario's demand streams are checked against the network, each problem at the stream that has it.</summary>
public sealed class ScenarioStreamTests
{
    [Fact]
    public void A_mistake_in_a_stream_is_reported_at_that_stream_even_after_an_incomplete_one()
    {
        const string text = """
            {
              "name": "x",
              "streams": [
                { "id": "s", "destination": "baku", "teuPerYear": 100, "sources": ["S96"] },
                { "id": "t", "origin": "xain", "destination": "baku", "teuPerYear": 100, "sources": ["S96"] }
              ]
            }
            """;

        var errors = ScenarioLoader.LoadFromText("x.json", text).Errors;

        Assert.Contains(errors, e => e.JsonPath == "$.streams[0]" && e.Message.Contains("\"origin\"", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.JsonPath == "$.streams[1].origin" && e.Line == 5 && e.Fix == "did you mean \"xian\"?");
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void A_stream_that_ends_where_it_starts_is_refused_with_a_fix()
    {
        const string text = """
            { "name": "x", "streams": [ { "id": "round", "origin": "baku", "destination": "baku", "teuPerYear": 100, "sources": ["S96"] } ] }
            """;

        var error = Assert.Single(ScenarioLoader.LoadFromText("x.json", text).Errors);

        Assert.Equal("$.streams[0].destination", error.JsonPath);
        Assert.Equal("stream \"round\" starts and ends at \"baku\".", error.Message);
        Assert.Contains("must differ from \"origin\"", error.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("poti-burgas-fedeer", "poti-burgas-feeder")]
    [InlineData("atkau", "aktau")]
    public void A_misspelt_via_is_called_an_unknown_node_or_link_and_gets_the_nearest_of_both_suggested(string typed, string meant)
    {
        string text = $$"""
            { "name": "x", "streams": [ { "id": "s", "origin": "xian", "destination": "sofia", "via": ["{{typed}}"], "teuPerYear": 100, "sources": ["S73"] } ] }
            """;

        var error = Assert.Single(ScenarioLoader.LoadFromText("x.json", text).Errors);

        Assert.Equal("$.streams[0].via[0]", error.JsonPath);
        Assert.Equal($"unknown node or link \"{typed}\".", error.Message);
        Assert.Equal($"did you mean \"{meant}\"?", error.Fix);
    }

    [Fact]
    public void An_unknown_origin_is_called_an_unknown_node_and_only_nodes_are_offered()
    {
        const string text = """
            { "name": "x", "streams": [ { "id": "s", "origin": "nowhere-at-all", "destination": "baku", "teuPerYear": 100, "sources": ["S96"] } ] }
            """;

        var error = Assert.Single(ScenarioLoader.LoadFromText("x.json", text).Errors);

        Assert.Equal("unknown node \"nowhere-at-all\".", error.Message);
        Assert.Matches(@"^use one of the \d+ known node ids\.$", error.Fix);
    }

    [Fact]
    public void A_stream_is_shown_by_its_name_and_by_its_id_when_it_has_none()
    {
        const string text = """
            { "name": "x", "streams": [
              { "id": "s", "name": "China → Azerbaijan", "origin": "xian", "destination": "baku", "teuPerYear": 100, "sources": ["S96"] },
              { "id": "t", "origin": "xian", "destination": "baku", "teuPerYear": 100, "sources": ["S96"] } ] }
            """;

        var streams = ScenarioLoader.LoadFromText("x.json", text).ValueOrThrow().Streams;

        Assert.Equal(["China → Azerbaijan", "t"], streams.Select(s => s.DisplayName));
        Assert.Equal([(string?)"China → Azerbaijan", null], streams.Select(s => s.Name));
    }
}
