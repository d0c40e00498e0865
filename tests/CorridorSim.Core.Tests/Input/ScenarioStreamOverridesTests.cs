using CorridorSim.Input;
using CorridorSim.Scenarios;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Input;

/// <summary><c>overrides.streams</c> patches streams by id; mistakes are reported where the override writes them.</summary>
public sealed class ScenarioStreamOverridesTests : IDisposable
{
    private const string Parent = ScenarioFolder.Parent;

    private readonly ScenarioFolder _scenarios = new();

    public void Dispose() => _scenarios.Dispose();

    [Fact]
    public void An_override_patches_one_inherited_stream_by_id_and_leaves_the_others_alone()
    {
        Write("parent.json", Parent);

        var child = Load("""{ "extends": "parent.json", "overrides": { "streams": { "a": { "priority": true, "teuPerYear": 3000, "via": ["aktau"] } } } }""");

        var a = child.Streams[0];
        Assert.Equal(("a", "xian", "baku", 3000.0, true), (a.Id, a.Origin, a.Destination, a.TeuPerYear, a.Priority));
        Assert.Equal(["aktau"], a.Via);
        Assert.Equal(["S96"], a.Sources);
        Assert.Equal(("b", 300.0, false), (child.Streams[1].Id, child.Streams[1].TeuPerYear, child.Streams[1].Priority));
    }

    [Fact]
    public void A_scenario_of_its_own_may_override_its_own_streams()
    {
        var scenario = Load(Parent.Replace("\"overrides\": {", "\"overrides\": { \"streams\": { \"b\": { \"feuShare\": 0.9 } },", StringComparison.Ordinal));

        Assert.Equal([0.5, 0.9], scenario.Streams.Select(s => s.FeuShare));
    }

    [Fact]
    public void Demand_scale_applies_to_the_inherited_volumes_and_a_volume_the_override_gives_is_taken_as_written()
    {
        Write("parent.json", Parent);

        var child = Load("""{ "extends": "parent.json", "demandScale": 2, "overrides": { "streams": { "a": { "teuPerYear": 5000 } } } }""");

        Assert.Equal([5000.0, 600.0], child.Streams.Select(s => s.TeuPerYear));
    }

    [Fact]
    public void An_inherited_stream_override_is_scaled_with_the_streams_and_merged_with_the_childs()
    {
        Write("parent.json", Parent);
        Write("middle.json", """{ "extends": "parent.json", "overrides": { "streams": { "a": { "teuPerYear": 2000, "priority": true } } } }""");

        var child = Load("""{ "extends": "middle.json", "demandScale": 3, "overrides": { "streams": { "a": { "priority": false, "feuShare": 0.2 } } } }""");

        Assert.Equal(("a", 6000.0, false, 0.2), (child.Streams[0].Id, child.Streams[0].TeuPerYear, child.Streams[0].Priority, child.Streams[0].FeuShare));
        Assert.Equal(900.0, child.Streams[1].TeuPerYear);
    }

    [Fact]
    public void Streams_a_child_gives_replace_the_inherited_stream_overrides_with_the_inherited_streams()
    {
        Write("parent.json", Parent);
        Write("middle.json", """{ "extends": "parent.json", "overrides": { "streams": { "a": { "teuPerYear": 2000 } } } }""");

        var child = Load("""{ "extends": "middle.json", "streams": [ { "id": "c", "origin": "xian", "destination": "baku", "teuPerYear": 50, "sources": ["S96"] } ] }""");

        Assert.Equal([("c", 50.0)], child.Streams.Select(s => (s.Id, s.TeuPerYear)));
    }

    [Fact]
    public void The_resolved_scenario_reruns_to_the_same_streams()
    {
        Write("parent.json", Parent);
        var child = Load("""{ "extends": "parent.json", "demandScale": 2, "overrides": { "streams": { "a": { "priority": true }, "b": { "teuPerYear": 100 } } } }""");

        var rerun = ScenarioLoader.LoadFromText("resolved.json", child.SourceText!).ValueOrThrow();

        Assert.Equal(child.Streams.Select(Describe), rerun.Streams.Select(Describe));
        Assert.Equal([(2000.0, true), (100.0, false)], rerun.Streams.Select(s => (s.TeuPerYear, s.Priority)));
    }

    [Fact]
    public void An_incomplete_override_of_an_unknown_stream_is_reported_where_it_is_written_with_a_suggestion()
    {
        var error = Assert.Single(Errors("""
            { "extends": "baseline-2024.json",
              "overrides": { "streams": { "china-azerbiajan": { "priority": false } } } }
            """));

        Assert.Equal(("child.json", "$.overrides.streams.china-azerbiajan", 2), (error.File, error.JsonPath, error.Line));
        Assert.Equal("\"china-azerbiajan\" is not an inherited stream, and as a new stream it lacks origin, destination and teuPerYear: a new stream needs origin, destination and teuPerYear.", error.Message);
        Assert.Equal("did you mean \"china-azerbaijan\"? To add a stream \"china-azerbiajan\", give its origin, destination, teuPerYear and sources.", error.Fix);
    }

    [Fact]
    public void A_bad_value_an_override_gives_is_reported_where_the_override_writes_it()
    {
        Write("parent.json", Parent);

        var errors = Errors("""
            { "extends": "parent.json",
              "overrides": { "streams": { "b": {
                "teuPerYear": -1,
                "destination": "varan" } } } }
            """);

        Assert.All(errors, e => Assert.Equal("child.json", e.File));
        Assert.Contains(errors, e => e.JsonPath == "$.overrides.streams.b.teuPerYear" && e.Line == 3 && e.Message.EndsWith("It overrides stream \"b\" of parent.json:8.", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.JsonPath == "$.overrides.streams.b.destination" && e.Line == 4 && e.Fix == "did you mean \"varna\"?");
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void A_problem_elsewhere_in_an_overridden_stream_stays_where_it_is_and_names_the_override()
    {
        Write("parent.json", Parent.Replace("\"origin\": \"almaty\"", "\"origin\": \"almayt\"", StringComparison.Ordinal));

        var error = Assert.Single(Errors("""{ "extends": "parent.json", "overrides": { "streams": { "b": { "priority": true } } } }"""));

        Assert.Equal(("parent.json", "$.streams[1].origin", 8), (error.File, error.JsonPath, error.Line));
        Assert.EndsWith("The stream is changed by the override at child.json:1 $.overrides.streams.b.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_that_is_not_an_object_is_refused_with_an_example()
    {
        var error = Assert.Single(Errors(Parent.Replace("\"overrides\": {", "\"overrides\": { \"streams\": { \"a\": false },", StringComparison.Ordinal)));

        Assert.Equal("$.overrides.streams.a", error.JsonPath);
        Assert.Equal("write e.g. { \"priority\": false }, or null to remove the stream.", error.Fix);
    }

    [Fact]
    public void The_stream_example_in_the_scenarios_readme_changes_that_stream_alone()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "scenarios", "README.md"));
        int start = readme.IndexOf("```jsonc\n", readme.IndexOf("### Changing one stream", StringComparison.Ordinal), StringComparison.Ordinal) + "```jsonc\n".Length;
        var baseline = ScenarioLoader.LoadBuiltIn().ValueOrThrow();

        var example = Load(readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)]);

        Assert.Equal(baseline.Streams.Select(s => s.Id == "china-azerbaijan" ? (s.Id, 30000.0, false) : (s.Id, s.TeuPerYear, s.Priority)), example.Streams.Select(s => (s.Id, s.TeuPerYear, s.Priority)));
    }

    private static string Describe(DemandStream s) => $"{s.Id} {s.Origin} {s.Destination} {s.TeuPerYear} {s.Priority} {string.Join(",", s.Via)}";

    private Scenario Load(string text) => _scenarios.Load(text);

    private IReadOnlyList<InputError> Errors(string text) => _scenarios.Errors(text);

    private void Write(string name, string text) => _scenarios.Write(name, text);
}
