using CorridorSim.Input;
using CorridorSim.Scenarios;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Input;

/// <summary>A scenario that <c>"extends"</c> another is merged over it; problems are reported in the file that holds them.</summary>
public sealed class ScenarioInheritanceTests : IDisposable
{
    private const string Parent = ScenarioFolder.Parent;

    private readonly ScenarioFolder _scenarios = new();

    public void Dispose() => _scenarios.Dispose();

    [Fact]
    public void A_scenario_that_extends_another_inherits_its_streams_seed_run_length_and_overrides()
    {
        Write("parent.json", Parent);

        var child = Load("""{ "extends": "parent.json", "name": "child" }""");

        Assert.Equal("child", child.Name);
        Assert.Equal("the parent", child.Description);
        Assert.Equal(7UL, child.Seed);
        Assert.Equal(0.5, child.Years);
        Assert.Equal(["a", "b"], child.Streams.Select(s => s.Id));
        Assert.Equal(500, child.Network.Node("alat").CapacityTeuPerDay);
        Assert.Equal(9, child.Network.Link("aktau-alat-feeder").Fleet);
    }

    [Fact]
    public void A_parent_reached_through_a_parent_folder_is_named_without_the_detour()
    {
        Directory.CreateDirectory(Path.Combine(_scenarios.Folder, "shared"));
        Directory.CreateDirectory(Path.Combine(_scenarios.Folder, "mine"));
        Write(Path.Combine("shared", "parent.json"), """{ "name": "parent", "extends": "baseline-2024.json", "years": -1 }""");
        Write(Path.Combine("mine", "child.json"), """{ "name": "child", "extends": "./../shared/parent.json" }""");

        var error = Assert.Single(ScenarioLoader.LoadFile(Path.Combine(_scenarios.Folder, "mine", "child.json")).Errors);

        Assert.Equal((Path.Combine(_scenarios.Folder, "shared", "parent.json"), "$.years"), (error.File, error.JsonPath));
    }

    [Fact]
    public void The_childs_values_replace_the_parents_and_a_null_removes_one()
    {
        Write("parent.json", Parent);

        var child = Load("""{ "extends": "parent.json", "name": "child", "description": null, "years": 2, "seed": 3 }""");

        Assert.Null(child.Description);
        Assert.Equal(2, child.Years);
        Assert.Equal(3UL, child.Seed);
    }

    [Fact]
    public void A_child_without_a_name_of_its_own_is_named_after_its_file_and_the_scenario_it_extends()
    {
        Write("parent.json", Parent);

        var unnamed = Load("""{ "extends": "parent.json" }""");
        var nulled = Load("""{ "extends": "parent.json", "name": null }""");

        Assert.Equal("child (based on parent)", unnamed.Name);
        Assert.Equal("child (based on parent)", nulled.Name);
        using var resolved = System.Text.Json.JsonDocument.Parse(unnamed.SourceText!);
        Assert.Equal("child (based on parent)", resolved.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public void An_unnamed_scenario_in_a_chain_quotes_the_nearest_name_written_above_it()
    {
        Write("grandparent.json", Parent);
        Write("middle.json", """{ "extends": "grandparent.json" }""");
        Write("named.json", """{ "extends": "grandparent.json", "name": "named" }""");

        var fromUnnamed = Load("""{ "extends": "middle.json" }""");
        var fromNamed = Load("""{ "extends": "named.json" }""");
        var fromBuiltIn = Load("""{ "extends": "aktau-doubled.json" }""");

        Assert.Equal("child (based on parent)", fromUnnamed.Name);
        Assert.Equal("child (based on named)", fromNamed.Name);
        Assert.Equal("child (based on Aktau doubled)", fromBuiltIn.Name);
        Assert.Equal("middle (based on parent)", ScenarioLoader.LoadFile(Path.Combine(_scenarios.Folder, "middle.json")).ValueOrThrow().Name);
    }

    [Fact]
    public void Overrides_merge_per_element_with_the_childs_patch_over_the_parents()
    {
        Write("parent.json", Parent);

        var child = Load("""
            { "extends": "parent.json", "name": "child",
              "overrides": { "nodes": { "alat": { "capacityTeuPerDay": 800, "dwellHours": null }, "aktau": { "capacityTeuPerDay": 700 } } } }
            """);

        Assert.Equal(800, child.Network.Node("alat").CapacityTeuPerDay);
        Assert.Null(child.Network.Node("alat").DwellHours);
        Assert.Equal(700, child.Network.Node("aktau").CapacityTeuPerDay);
        Assert.Equal(9, child.Network.Link("aktau-alat-feeder").Fleet);
    }

    [Fact]
    public void A_null_drops_an_inherited_override_or_the_inherited_closures()
    {
        Write("parent.json", Parent);
        int? builtInFleet = NetworkLoader.LoadBuiltIn().ValueOrThrow().Link("aktau-alat-feeder").Fleet;

        var child = Load("""{ "extends": "parent.json", "name": "child", "overrides": { "links": { "aktau-alat-feeder": null } }, "closures": null }""");

        Assert.Equal(builtInFleet, child.Network.Link("aktau-alat-feeder").Fleet);
        Assert.Equal(500, child.Network.Node("alat").CapacityTeuPerDay);
        Assert.Empty(child.Closures);
    }

    [Fact]
    public void Streams_the_child_gives_replace_the_inherited_ones_and_closures_add_to_them()
    {
        Write("parent.json", Parent);

        var child = Load("""
            { "extends": "parent.json", "name": "child",
              "streams": [ { "id": "c", "origin": "xian", "destination": "halkali", "teuPerYear": 50, "sources": ["S73"] } ],
              "closures": [ { "target": "aktau", "startDay": 1, "endDay": 3 } ] }
            """);

        Assert.Equal(["c"], child.Streams.Select(s => s.Id));
        Assert.Equal(["alashankou", "aktau"], child.Closures.Select(c => c.Target));
    }

    [Fact]
    public void Demand_scale_multiplies_every_inherited_streams_volume()
    {
        Write("parent.json", Parent);

        var child = Load("""{ "extends": "parent.json", "name": "busier", "demandScale": 1.5 }""");

        Assert.Equal([1500.0, 450.0], child.Streams.Select(s => s.TeuPerYear));
    }

    [Fact]
    public void Demand_scale_with_streams_of_the_childs_own_is_refused()
    {
        Write("parent.json", Parent);

        var error = Assert.Single(Errors("""
            { "extends": "parent.json", "name": "child", "demandScale": 2,
              "streams": [ { "id": "c", "origin": "xian", "destination": "baku", "teuPerYear": 50, "sources": ["S96"] } ] }
            """));

        Assert.Equal("$.demandScale", error.JsonPath);
        Assert.Contains("gives its own \"streams\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chain_of_scenarios_merges_from_the_first_ancestor_down()
    {
        Write("grandparent.json", Parent);
        Write("parent.json", """{ "extends": "grandparent.json", "demandScale": 2, "overrides": { "nodes": { "aktau": { "capacityTeuPerDay": 600 } } } }""");

        var child = Load("""{ "extends": "parent.json", "name": "child", "demandScale": 3, "overrides": { "nodes": { "alat": { "capacityTeuPerDay": 900 } } } }""");

        Assert.Equal([6000.0, 1800.0], child.Streams.Select(s => s.TeuPerYear));
        Assert.Equal(600, child.Network.Node("aktau").CapacityTeuPerDay);
        Assert.Equal(900, child.Network.Node("alat").CapacityTeuPerDay);
        Assert.NotNull(child.Network.Node("alat").DwellHours);
    }

    [Fact]
    public void Scenarios_that_extend_each_other_in_a_circle_are_reported_with_every_file()
    {
        Write("a.json", """{ "extends": "b.json", "name": "a" }""");
        Write("b.json", """{ "extends": "a.json" }""");

        var error = Assert.Single(ScenarioLoader.LoadFile(Path.Combine(_scenarios.Folder, "a.json")).Errors);

        Assert.EndsWith("b.json", error.File, StringComparison.Ordinal);
        Assert.Equal("$.extends", error.JsonPath);
        Assert.Matches(@"circle: \S*a\.json → \S*b\.json → \S*a\.json\.$", error.Message);
    }

    [Fact]
    public void A_built_in_scenario_name_falls_back_to_the_built_in_scenario_when_no_such_file_is_beside_it()
    {
        var baseline = ScenarioLoader.LoadBuiltIn().ValueOrThrow();

        var child = Load("""{ "extends": "baseline-2024.json", "name": "mine", "years": 0.25 }""");

        Assert.Equal(baseline.Streams.Select(s => (s.Id, s.TeuPerYear)), child.Streams.Select(s => (s.Id, s.TeuPerYear)));
        Assert.Equal(baseline.Seed, child.Seed);
        Assert.Equal(0.25, child.Years);
    }

    [Fact]
    public void A_file_beside_the_scenario_takes_precedence_over_a_built_in_one_of_the_same_name()
    {
        Write("baseline-2024.json", Parent);

        var child = Load("""{ "extends": "baseline-2024.json", "name": "mine" }""");

        Assert.Equal(["a", "b"], child.Streams.Select(s => s.Id));
    }

    [Fact]
    public void An_unknown_scenario_to_extend_is_reported_with_the_built_in_names()
    {
        var error = Assert.Single(Errors("""{ "extends": "baseline-2042.json", "name": "x" }"""));

        Assert.Equal("child.json", error.File);
        Assert.Equal("$.extends", error.JsonPath);
        Assert.Contains("baseline-2024.json", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Mistakes_are_reported_in_the_file_that_holds_them()
    {
        Write("parent.json", Parent.Replace("\"origin\": \"almaty\"", "\"origin\": \"almayt\"", StringComparison.Ordinal));

        var errors = Errors("""
            { "extends": "parent.json", "name": "child",
              "closures": [ { "target": "akatu", "startDay": 1, "endDay": 2 } ] }
            """);

        Assert.Contains(errors, e => e.File == "parent.json" && e.JsonPath == "$.streams[1].origin" && e.Line == 8 && e.Fix == "did you mean \"almaty\"?");
        Assert.Contains(errors, e => e.File == "child.json" && e.JsonPath == "$.closures[0].target" && e.Line == 2 && e.Fix == "did you mean \"aktau\"?");
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void A_childs_problems_come_first_from_the_top_down_then_those_of_the_scenario_it_extends()
    {
        Write("parent.json", Parent.Replace("\"origin\": \"xian\"", "\"origin\": \"xain\"", StringComparison.Ordinal));

        var errors = Errors("""
            { "extends": "parent.json",
              "colour": "red",
              "overrides": { "streams": { "b": { "destination": "varan" } } },
              "closures": [ { "target": "akatu", "startDay": 1, "endDay": 2 } ],
              "years": -1 }
            """);

        Assert.Equal(
            [("child.json", 2), ("child.json", 3), ("child.json", 4), ("child.json", 5), ("parent.json", 7)],
            errors.Select(e => (e.File, e.Line ?? 0)));
    }

    [Fact]
    public void A_mistake_in_an_inherited_override_is_reported_in_the_parent()
    {
        Write("parent.json", Parent.Replace("\"fleet\": 9", "\"fleet\": 0", StringComparison.Ordinal));

        var error = Assert.Single(Errors("""{ "extends": "parent.json", "name": "child", "overrides": { "links": { "aktau-alat-feeder": { "vesselCapacityTeu": 400 } } } }"""));

        Assert.Equal("parent.json", error.File);
        Assert.Equal("$.overrides.links.aktau-alat-feeder.fleet", error.JsonPath);
        Assert.Equal(10, error.Line);
    }

    [Fact]
    public void A_network_path_is_relative_to_the_file_that_names_it()
    {
        Directory.CreateDirectory(Path.Combine(_scenarios.Folder, "net"));
        Directory.CreateDirectory(Path.Combine(_scenarios.Folder, "base"));
        File.WriteAllText(Path.Combine(_scenarios.Folder, "net", "network.json"), TestNetworks.Root);
        File.WriteAllText(Path.Combine(_scenarios.Folder, "net", "part.json"), TestNetworks.Part);
        Write(Path.Combine("base", "parent.json"), """
            { "name": "small", "network": "../net/network.json",
              "streams": [ { "id": "s", "origin": "origin-town", "destination": "city-dest", "teuPerYear": 100, "sources": ["S01"] } ] }
            """);

        var child = Load("""{ "extends": "base/parent.json", "name": "child" }""");

        Assert.Equal("test network", child.Network.Name);

        // The resolved copy written with the results names the network wherever it is rerun from.
        using var resolved = System.Text.Json.JsonDocument.Parse(child.SourceText!);
        Assert.Equal(Path.GetFullPath(Path.Combine(_scenarios.Folder, "net", "network.json")), resolved.RootElement.GetProperty("network").GetString());
    }

    [Fact]
    public void The_example_in_the_scenarios_readme_extends_the_built_in_baseline()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "scenarios", "README.md"));
        int start = readme.IndexOf("```jsonc\n", readme.IndexOf("## Extending a scenario", StringComparison.Ordinal), StringComparison.Ordinal) + "```jsonc\n".Length;
        var baseline = ScenarioLoader.LoadBuiltIn().ValueOrThrow();

        var example = Load(readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)]);

        Assert.Equal(baseline.Streams.Sum(s => s.TeuPerYear) * 1.5, example.Streams.Sum(s => s.TeuPerYear), 6);
        Assert.Equal(768, example.Network.Node("aktau").CapacityTeuPerDay);
    }

    private Scenario Load(string text) => _scenarios.Load(text);

    private IReadOnlyList<InputError> Errors(string text) => _scenarios.Errors(text);

    private void Write(string name, string text) => _scenarios.Write(name, text);
}
