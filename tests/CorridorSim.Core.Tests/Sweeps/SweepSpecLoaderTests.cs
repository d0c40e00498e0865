using CorridorSim.Sweeps;

namespace CorridorSim.Tests.Sweeps;

/// <summary>A sweep file loads into its spec, or every mistake in it is reported with its JSON path, line and a fix.</summary>
public sealed class SweepSpecLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-sweep-spec-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_grid_over_the_built_in_baseline_loads_with_its_points_and_replications()
    {
        var loaded = SweepSpecLoader.LoadFile(Write("""
            {
              "name": "Feeder fleet and demand",
              "years": 0.5,
              "replications": 2,
              "design": { "kind": "grid" },
              "factors": [
                { "name": "feederFleet", "pointer": "/overrides/links/aktau-alat-feeder/fleet", "values": [4, 6, 8] },
                { "name": "demand", "pointer": "/streams/china-azerbaijan/teuPerYear", "range": { "from": 10000, "to": 30000, "step": 10000 }, "whole": true }
              ]
            }
            """));

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        var spec = loaded.Value!;
        Assert.Equal(9, spec.Points().Count);
        Assert.Equal(2, spec.Replications);
        Assert.Equal(0.5, spec.Base.Years);
        Assert.Equal(["feederFleet", "demand"], spec.Factors.Select(f => f.Name));
    }

    [Theory]
    [InlineData("seed", "the sweep's own \"seed\"")]
    [InlineData("total/transitMeanDays", "a KPI (component/measure)")]
    public void A_factor_named_as_a_column_the_results_have_already_is_refused(string name, string column)
    {
        var errors = SweepSpecLoader.LoadFile(Write($$"""
            { "name": "Clash", "design": { "kind": "grid" },
              "factors": [ { "name": "{{name}}", "pointer": "/seed", "values": [1, 2] } ] }
            """)).Errors;

        var error = Assert.Single(errors);
        Assert.Equal("$.factors[0].name", error.JsonPath);
        Assert.Contains($"would head the same column of the results as {column}", error.Message, StringComparison.Ordinal);
        Assert.Contains("give the factor another name", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_mistake_is_reported_at_once_with_its_path_line_and_fix()
    {
        string path = Write("""
            {
              "name": "Broken",
              "desing": { "kind": "grid" },
              "factors": [
                { "name": "fleet", "pointer": "/overrides/links/aktau-alat-feedr/fleet", "values": [4, 6] },
                { "name": "fleet", "pointer": "streams", "values": [1], "uniform": { "min": 0, "max": 1 } }
              ]
            }
            """);

        var errors = SweepSpecLoader.LoadFile(path).Errors;

        Assert.Contains(errors, e => e.JsonPath == "$.desing" && e.Fix!.Contains("\"design\"", StringComparison.Ordinal) && e.Line == 3);
        Assert.Contains(errors, e => e.JsonPath == "$" && e.Message.Contains("\"design\"", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.JsonPath == "$.factors[0].pointer" && e.Message.Contains("aktau-alat-feedr", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.JsonPath == "$.factors[1].pointer" && e.Message.Contains("not a JSON Pointer", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.JsonPath == "$.factors[1]" && e.Message.Contains("one way", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.JsonPath == "$.factors[1].name" && e.Message.Contains("two factors", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Equal(path, e.File));
    }

    [Fact]
    public void A_pointer_into_nothing_names_the_nearest_pointer_that_exists()
    {
        var errors = SweepSpecLoader.LoadFile(Write("""
            {
              "name": "Typo",
              "design": { "kind": "lhs", "points": 5 },
              "factors": [ { "name": "demand", "pointer": "/streams/china-azerbiajan/teuPerYear", "uniform": { "min": 1000, "max": 2000 } } ]
            }
            """)).Errors;

        var error = Assert.Single(errors);
        Assert.Equal("$.factors[0].pointer", error.JsonPath);
        Assert.Contains("'/streams/china-azerbaijan/teuPerYear'", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Fix);
    }

    [Fact]
    public void A_missing_base_scenario_and_a_grid_over_a_distribution_are_input_errors()
    {
        var missing = SweepSpecLoader.LoadFile(Write("""
            { "name": "x", "base": "nowhere.json", "design": { "kind": "grid" }, "factors": [ { "name": "y", "pointer": "/years", "values": [1] } ] }
            """)).Errors;
        var grid = SweepSpecLoader.LoadFile(Write("""
            { "name": "x", "design": { "kind": "grid" }, "factors": [ { "name": "years", "pointer": "/years", "uniform": { "min": 0.5, "max": 1 } } ] }
            """)).Errors;

        Assert.Contains(missing, e => e.JsonPath == "$.base" && e.Message.Contains("nowhere.json", StringComparison.Ordinal));
        Assert.Contains(grid, e => e.JsonPath == "$.design" && e.Message.Contains("'years' is a distribution", StringComparison.Ordinal));
    }

    [Fact]
    public void A_base_is_found_relative_to_the_sweep_file()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "sweeps"));
        File.WriteAllText(Path.Combine(_folder, "short.json"), $$"""{ "extends": "{{Path.Combine(RepositoryRoot(), "scenarios", "baseline-2024.json").Replace("\\", "/", StringComparison.Ordinal)}}", "name": "Short", "years": 0.25 }""");
        string spec = Path.Combine(_folder, "sweeps", "spec.json");
        File.WriteAllText(spec, """{ "name": "x", "base": "../short.json", "design": { "kind": "morris", "trajectories": 2 }, "factors": [ { "name": "scenarioSeed", "pointer": "/seed", "range": { "from": 1, "to": 9 }, "whole": true } ] }""");

        var loaded = SweepSpecLoader.LoadFile(spec);

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        Assert.Equal("Short", loaded.Value!.Base.Name);
        Assert.Equal(4, loaded.Value.Points().Count);
    }

    [Fact]
    public void Every_property_the_schema_names_is_one_the_loader_reads()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "schema", "sweep.schema.json")));
        var top = schema.RootElement.GetProperty("properties");
        string Names(System.Text.Json.JsonElement properties) => string.Join(", ", properties.EnumerateObject().Select(p => p.Name));

        var loaded = SweepSpecLoader.LoadFile(Write("""
            {
              "$schema": "x", "name": "All", "description": "d", "years": 0.25, "replications": 2,
              "design": { "kind": "lhs", "points": 4, "candidates": 3, "trajectories": 2, "levels": 4, "seed": 5 },
              "factors": [
                { "name": "a", "pointer": "/streams/china-azerbaijan/teuPerYear", "range": { "from": 1000, "to": 2000, "step": 500 }, "whole": true },
                { "name": "b", "pointer": "/warmUpDays", "uniform": { "min": 30, "max": 60 } },
                { "name": "c", "pointer": "/seed", "values": [1, 2] }
              ]
            }
            """));

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        Assert.Equal("$schema, name, description, base, years, replications, design, factors", Names(top));
        Assert.Equal("kind, points, candidates, trajectories, levels, seed", Names(top.GetProperty("design").GetProperty("properties")));
        Assert.Equal("name, pointer, values, range, uniform, whole", Names(top.GetProperty("factors").GetProperty("items").GetProperty("properties")));
    }

    private static string RepositoryRoot() => CorridorSim.Tests.TestSupport.RepositoryRoot.Path;

    private string Write(string json)
    {
        string path = Path.Combine(_folder, $"sweep-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }
}
