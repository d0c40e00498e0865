using System.Text.Json.Nodes;
using CorridorSim.Sweeps;

namespace CorridorSim.Tests.Sweeps;

/// <summary>JSON Pointers into a resolved scenario, with stream ids as keys, and an error naming the nearest pointer that exists.</summary>
public sealed class ScenarioPointerTests
{
    private static JsonNode Scenario() => JsonNode.Parse("""
        {
          "name": "Toy",
          "years": 1,
          "streams": [
            { "id": "east-west", "teuPerYear": 1000, "via": ["a", "b"] },
            { "id": "west-east", "teuPerYear": 500 }
          ],
          "overrides": { "links": { "feeder": { "fleet": 2 } }, "nodes": { "a/b": { "servers": 1 } } }
        }
        """)!;

    [Fact]
    public void A_stream_is_addressed_by_its_id_so_the_pointer_survives_reordering()
    {
        var doc = Scenario();
        var streams = doc["streams"]!.AsArray();
        var first = streams[0]!;
        streams.RemoveAt(0);
        streams.Add(first);

        Assert.Null(ScenarioPointer.TrySet(doc, "/streams/east-west/teuPerYear", JsonValue.Create(2500)));

        Assert.Equal(2500, doc["streams"]![1]!["teuPerYear"]!.GetValue<int>());
        Assert.Equal(500, doc["streams"]![0]!["teuPerYear"]!.GetValue<int>());
    }

    [Fact]
    public void An_override_value_and_a_new_property_are_set_and_escapes_follow_rfc_6901()
    {
        var doc = Scenario();

        Assert.Null(ScenarioPointer.TrySet(doc, "/overrides/links/feeder/fleet", JsonValue.Create(4)));
        Assert.Null(ScenarioPointer.TrySet(doc, "/overrides/nodes/a~1b/servers", JsonValue.Create(3)));
        Assert.Null(ScenarioPointer.TrySet(doc, "/warmUpDays", JsonValue.Create(30)));
        Assert.Null(ScenarioPointer.TrySet(doc, "/streams/0/via/1", JsonValue.Create("c")));

        Assert.Equal(4, doc["overrides"]!["links"]!["feeder"]!["fleet"]!.GetValue<int>());
        Assert.Equal(3, doc["overrides"]!["nodes"]!["a/b"]!["servers"]!.GetValue<int>());
        Assert.Equal(30, doc["warmUpDays"]!.GetValue<int>());
        Assert.Equal("c", doc["streams"]![0]!["via"]![1]!.GetValue<string>());
    }

    [Fact]
    public void A_pointer_that_does_not_exist_is_an_error_naming_where_it_stops_and_the_nearest_that_does()
    {
        string? error = ScenarioPointer.TrySet(Scenario(), "/streams/east-wset/teuPerYear", JsonValue.Create(1));

        Assert.NotNull(error);
        Assert.Contains("'/streams' has no 'east-wset'", error, StringComparison.Ordinal);
        Assert.Contains("'/streams/east-west/teuPerYear'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_objects_are_created_only_when_asked()
    {
        var doc = Scenario();

        Assert.NotNull(ScenarioPointer.TrySet(doc, "/overrides/seaAreas/sea/weather", JsonValue.Create(1)));
        Assert.Null(ScenarioPointer.TrySet(doc, "/overrides/seaAreas/sea/weather", JsonValue.Create(1), createObjects: true));

        Assert.Equal(1, doc["overrides"]!["seaAreas"]!["sea"]!["weather"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("years")]
    [InlineData("/a~2b")]
    [InlineData("")]
    public void A_malformed_or_empty_pointer_is_an_error(string path)
    {
        Assert.NotNull(ScenarioPointer.TrySet(Scenario(), path, JsonValue.Create(1)));
    }
}
