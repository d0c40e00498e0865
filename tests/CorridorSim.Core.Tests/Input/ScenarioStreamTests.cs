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
}
