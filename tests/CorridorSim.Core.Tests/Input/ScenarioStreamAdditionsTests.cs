using CorridorSim.Input;
using CorridorSim.Scenarios;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Input;

/// <summary><c>overrides.streams</c> adds a stream under a new id and removes an inherited one with null.</summary>
public sealed class ScenarioStreamAdditionsTests : IDisposable
{
    private const string Parent = ScenarioFolder.Parent;

    private const string NewStream = """{ "name": "Kazakhstan → Georgia", "origin": "almaty", "destination": "poti", "teuPerYear": 1200, "sources": ["S96"] }""";

    private readonly ScenarioFolder _scenarios = new();

    public void Dispose() => _scenarios.Dispose();

    [Fact]
    public void A_child_adds_a_stream_after_the_inherited_ones_and_removes_one_with_null()
    {
        _scenarios.Write("parent.json", Parent);

        var child = Load($$"""{ "extends": "parent.json", "overrides": { "streams": { "c": {{NewStream}}, "b": null } } }""");

        Assert.Equal([("a", 1000.0), ("c", 1200.0)], child.Streams.Select(s => (s.Id, s.TeuPerYear)));
        Assert.Equal(("almaty", "poti", "Kazakhstan → Georgia"), (child.Streams[1].Origin, child.Streams[1].Destination, child.Streams[1].DisplayName));
    }

    [Fact]
    public void The_resolved_scenario_of_a_child_that_adds_and_removes_streams_loads_to_the_same_streams()
    {
        _scenarios.Write("parent.json", Parent);
        var child = Load($$"""{ "extends": "parent.json", "demandScale": 2, "overrides": { "streams": { "c": {{NewStream}}, "a": null, "b": { "priority": true } } } }""");

        var rerun = ScenarioLoader.LoadFromText("resolved.json", child.SourceText!).ValueOrThrow();

        Assert.Equal([("b", 600.0, true), ("c", 1200.0, false)], child.Streams.Select(s => (s.Id, s.TeuPerYear, s.Priority)));
        Assert.Equal(child.Streams.Select(Describe), rerun.Streams.Select(Describe));
        Assert.DoesNotContain("\"a\"", child.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_of_its_own_may_add_and_remove_its_own_streams()
    {
        var scenario = Load(Parent.Replace("\"overrides\": {", $$"""  "overrides": { "streams": { "a": null, "c": {{NewStream}} },""", StringComparison.Ordinal));

        Assert.Equal(["b", "c"], scenario.Streams.Select(s => s.Id));
    }

    [Fact]
    public void An_incomplete_new_stream_is_taken_for_a_mistyped_id_and_says_what_it_lacks()
    {
        _scenarios.Write("parent.json", Parent);

        var error = Assert.Single(Errors("""
            { "extends": "parent.json",
              "overrides": { "streams": { "bb": { "priority": false, "origin": "xian" } } } }
            """));

        Assert.Equal(("child.json", "$.overrides.streams.bb", 2), (error.File, error.JsonPath, error.Line));
        Assert.Equal("\"bb\" is not an inherited stream, and as a new stream it lacks destination and teuPerYear: a new stream needs origin, destination and teuPerYear.", error.Message);
        Assert.StartsWith("did you mean \"b\"?", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_a_stream_that_is_not_inherited_is_refused_with_a_suggestion()
    {
        _scenarios.Write("parent.json", Parent);

        var error = Assert.Single(Errors("""
            { "extends": "parent.json",
              "overrides": { "streams": { "bb": null } } }
            """));

        Assert.Equal(("child.json", "$.overrides.streams.bb", 2), (error.File, error.JsonPath, error.Line));
        Assert.Equal("null removes a stream, but \"bb\" is not an inherited stream.", error.Message);
        Assert.Equal("did you mean \"b\"?", error.Fix);
    }

    [Fact]
    public void Mistakes_in_an_added_stream_are_reported_where_the_override_writes_them()
    {
        _scenarios.Write("parent.json", Parent);

        var errors = Errors("""
            { "extends": "parent.json",
              "overrides": { "streams": { "c": { "origin": "almaty",
                "destination": "pott", "teuPerYear": 5 } } } }
            """);

        Assert.Contains(errors, e => (e.File, e.JsonPath, e.Line, e.Fix) == ("child.json", "$.overrides.streams.c.destination", 3, "did you mean \"poti\"?"));
        Assert.Contains(errors, e => (e.File, e.JsonPath, e.Line) == ("child.json", "$.overrides.streams.c", 2) && e.Message.Contains("sources", StringComparison.Ordinal));
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void A_mistake_in_a_stream_after_a_removed_one_is_still_reported_where_it_is_written()
    {
        _scenarios.Write("parent.json", Parent.Replace("\"origin\": \"almaty\"", "\"origin\": \"almayt\"", StringComparison.Ordinal));

        var error = Assert.Single(Errors("""{ "extends": "parent.json", "overrides": { "streams": { "a": null } } }"""));

        Assert.Equal(("parent.json", "$.streams[1].origin", 8), (error.File, error.JsonPath, error.Line));
    }

    [Fact]
    public void Removing_every_stream_is_refused()
    {
        _scenarios.Write("parent.json", Parent);

        var error = Assert.Single(Errors("""{ "extends": "parent.json", "overrides": { "streams": { "a": null, "b": null } } }"""));

        Assert.Equal(("child.json", "$.overrides.streams.b"), (error.File, error.JsonPath));
        Assert.StartsWith("the overrides remove every stream", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Down_a_chain_a_stream_a_parent_added_is_patched_removed_and_scaled_like_an_inherited_one()
    {
        _scenarios.Write("parent.json", Parent);
        _scenarios.Write("middle.json", $$"""{ "extends": "parent.json", "overrides": { "streams": { "c": {{NewStream}}, "b": null } } }""");

        var patched = Load("""{ "extends": "middle.json", "overrides": { "streams": { "c": { "priority": true } } } }""");
        var removed = Load("""{ "extends": "middle.json", "overrides": { "streams": { "c": null } } }""");
        var scaled = Load("""{ "extends": "middle.json", "demandScale": 2, "overrides": { "streams": { "d": { "origin": "xian", "destination": "poti", "teuPerYear": 70, "sources": ["S96"] } } } }""");

        Assert.Equal([("a", 1000.0, false), ("c", 1200.0, true)], patched.Streams.Select(s => (s.Id, s.TeuPerYear, s.Priority)));
        Assert.Equal(["a"], removed.Streams.Select(s => s.Id));
        Assert.Equal([("a", 2000.0), ("c", 2400.0), ("d", 70.0)], scaled.Streams.Select(s => (s.Id, s.TeuPerYear)));
    }

    [Fact]
    public void Below_the_scenario_that_removed_a_stream_its_id_is_free_for_a_new_one()
    {
        _scenarios.Write("parent.json", Parent.Replace("\"teuPerYear\": 300,", "\"teuPerYear\": 300, \"priority\": true,", StringComparison.Ordinal));
        _scenarios.Write("middle.json", """{ "extends": "parent.json", "overrides": { "streams": { "b": null } } }""");

        var again = Load($$"""{ "extends": "middle.json", "overrides": { "streams": { "b": {{NewStream}} } } }""");
        var typo = Errors("""{ "extends": "middle.json", "overrides": { "streams": { "b": { "priority": false } } } }""");

        Assert.Equal([("a", 1000.0, false), ("b", 1200.0, false)], again.Streams.Select(s => (s.Id, s.TeuPerYear, s.Priority)));
        Assert.Equal("$.overrides.streams.b", Assert.Single(typo).JsonPath);
    }

    [Fact]
    public void The_example_in_the_scenarios_readme_replaces_one_baseline_stream_by_a_new_one_at_the_end()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "scenarios", "README.md"));
        int start = readme.IndexOf("```jsonc\n", readme.IndexOf("### Adding and removing streams", StringComparison.Ordinal), StringComparison.Ordinal) + "```jsonc\n".Length;
        var baseline = ScenarioLoader.LoadBuiltIn().ValueOrThrow();

        var example = Load(readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)]);

        Assert.Equal([.. baseline.Streams.Select(s => s.Id).Where(id => id != "kazakhstan-bulgaria"), "kazakhstan-poti"], example.Streams.Select(s => s.Id));
        Assert.Equal("Kazakhstan → Poti", example.Streams[^1].DisplayName);
    }

    private static string Describe(DemandStream s) => $"{s.Id} {s.DisplayName} {s.Origin} {s.Destination} {s.TeuPerYear} {s.Priority} {string.Join(",", s.Via)}";

    private Scenario Load(string text) => _scenarios.Load(text);

    private IReadOnlyList<InputError> Errors(string text) => _scenarios.Errors(text);
}
