using CorridorSim.Investments;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Investments;

/// <summary>An investment set loads into its options, or every mistake in it — in the file, in a candidate's overrides, in a combination — is reported at once with its JSON path, line and a fix.</summary>
public sealed class InvestmentSpecLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-invest-spec-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_example_set_loads_its_candidates_and_combinations_over_its_base()
    {
        var loaded = InvestmentSpecLoader.LoadFile(Path.Combine(RepositoryRoot.Path, "scenarios", "sweeps", "corridor-investments.json"));

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        var spec = loaded.Value!;
        Assert.Equal("Investment base 2027", spec.Base.Name);
        Assert.Equal(7, spec.Candidates.Count);
        var options = spec.Options();
        Assert.Equal(10, options.Count);
        Assert.Equal(93 + 168 + 400, options.Single(o => o.Id == "aktau-hub+more-feeders+alat-phase-2").CostMillionUsd);
        Assert.Empty(loaded.Warnings);
    }

    [Fact]
    public void Every_mistake_is_reported_at_once_with_its_path_line_and_fix()
    {
        string path = Write("""
            {
              "name": "Mistakes",
              "years": 0.1,
              "transitKpi": "total/transitMeanHours",
              "indifference": { "throughputGain": 500 }, "replications": 20, "maxReplications": 10,
              "candidates": [
                { "id": "hub", "name": "Hub", "costMillionUsd": 90, "overrides": { "nodes": { "aktua": { "capacityTeuPerDay": 658 } } } },
                { "id": "hub", "name": "Hub again", "costMillionUsd": 10, "overrides": { "nodes": { "alat": { "capacityTeuPerDay": 900 } } } },
                { "id": "a+b", "name": "Plus", "costMillionUsd": -5, "overrides": { "nodez": {} } },
                { "id": "port", "name": "Port", "costMillionUsd": 400, "overrides": { "nodes": { "alat": { "capacityTeuPerDay": 1370 } } } }
              ],
              "combinations": [["hub", "prot"], ["hub"]]
            }
            """);

        var loaded = InvestmentSpecLoader.LoadFile(path);

        Assert.False(loaded.Succeeded);
        var errors = loaded.Errors;
        Assert.All(errors, e => Assert.Equal(path, e.File));
        Assert.Contains(errors, e => e.JsonPath == "$.transitKpi" && e.Fix!.Contains("transitMeanDays", StringComparison.Ordinal) && e.Line == 4);
        Assert.Contains(errors, e => e.JsonPath == "$.indifference.throughputGain" && e.Fix!.Contains("throughputGainTeuPerYear", StringComparison.Ordinal) && e.Line == 5);
        Assert.Contains(errors, e => e.JsonPath == "$.maxReplications" && e.Message.Contains("fewer than the 20", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.JsonPath == "$.candidates[1].id" && e.Message.Contains("two candidates", StringComparison.Ordinal) && e.Line == 8);
        Assert.Contains(errors, e => e.JsonPath == "$.candidates[2].id" && e.Message.Contains("'+'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.JsonPath == "$.candidates[2].costMillionUsd" && e.Message.Contains("out of range", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.JsonPath == "$.candidates[2].overrides.nodez" && e.Fix!.Contains("nodes", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.JsonPath == "$.combinations[0]" && e.Message.Contains("\"prot\"", StringComparison.Ordinal) && e.Fix!.Contains("port", StringComparison.Ordinal) && e.Line == 12);
        Assert.Contains(errors, e => e.JsonPath == "$.combinations[1]" && e.Message.Contains("two or more", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.JsonPath.StartsWith("$.candidates[0].overrides.nodes", StringComparison.Ordinal) && e.ToString().Contains("aktau", StringComparison.Ordinal));
    }

    [Fact]
    public void A_candidates_own_mistake_is_told_once_not_again_at_the_combinations_that_name_it()
    {
        string path = Write("""
            {
              "name": "Once", "years": 0.1,
              "candidates": [
                { "id": "cheap", "name": "Cheap", "costMillionUsd": -1, "overrides": { "nodes": { "alat": { "capacityTeuPerDay": 900 } } } },
                { "id": "typo", "name": "Typo", "costMillionUsd": 5, "overrides": { "links": { "aktau-alat-feeder": { "fleets": 9 } } } },
                { "id": "ships", "name": "Ships", "costMillionUsd": 30, "overrides": { "links": { "aktau-alat-feeder": { "fleet": 9 } } } }
              ],
              "combinations": [["cheap", "ships"], ["typo", "ships"]]
            }
            """);

        var errors = InvestmentSpecLoader.LoadFile(path).Errors;

        Assert.Equal(2, errors.Count);
        Assert.Equal("$.candidates[0].costMillionUsd", errors[0].JsonPath);
        Assert.StartsWith("$.candidates[1].overrides.links", errors[1].JsonPath, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_of_an_element_the_network_lacks_is_told_at_the_candidate_with_the_nearest_id()
    {
        string path = Write("""
            {
              "name": "Typo",
              "years": 0.1,
              "candidates": [
                { "id": "hub", "name": "Hub", "costMillionUsd": 90,
                  "overrides": { "nodes": { "aktua": { "capacityTeuPerDay": 658 } } } }
              ]
            }
            """);

        var loaded = InvestmentSpecLoader.LoadFile(path);

        var error = Assert.Single(loaded.Errors);
        Assert.Equal(path, error.File);
        Assert.StartsWith("$.candidates[0].overrides.nodes", error.JsonPath, StringComparison.Ordinal);
        Assert.Contains("aktau", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(6, error.Line);
    }

    [Fact]
    public void A_combination_whose_members_set_the_same_value_differently_is_refused_and_pairs_leave_it_out()
    {
        const string Candidates = """
              "candidates": [
                { "id": "small", "name": "Small", "costMillionUsd": 10, "overrides": { "nodes": { "alat": { "capacityTeuPerDay": 500 } } } },
                { "id": "large", "name": "Large", "costMillionUsd": 40, "overrides": { "nodes": { "alat": { "capacityTeuPerDay": 1370 } } } },
                { "id": "ships", "name": "Ships", "costMillionUsd": 30, "overrides": { "links": { "aktau-alat-feeder": { "fleet": 9 } } } }
              ]
            """;

        var listed = InvestmentSpecLoader.LoadFile(Write($$"""{ "name": "C", "years": 0.1, {{Candidates}}, "combinations": [["small", "large"]] }"""));
        var pairs = InvestmentSpecLoader.LoadFile(Write($$"""{ "name": "C", "years": 0.1, {{Candidates}}, "combinations": "pairs" }"""));

        var conflict = Assert.Single(listed.Errors);
        Assert.Equal("$.combinations[0]", conflict.JsonPath);
        Assert.Contains("capacityTeuPerDay", conflict.Message, StringComparison.Ordinal);
        Assert.True(pairs.Succeeded, string.Join("\n", pairs.Errors));
        Assert.Equal(["small", "large", "ships", "small+ships", "large+ships"], pairs.Value!.Options().Select(o => o.Id));
    }

    [Fact]
    public void A_combination_applies_every_member_and_merges_patches_of_one_element()
    {
        var loaded = InvestmentSpecLoader.LoadFile(Write("""
            {
              "name": "Merge", "years": 0.1,
              "candidates": [
                { "id": "cranes", "name": "Cranes", "costMillionUsd": 10, "overrides": { "nodes": { "alat": { "capacityTeuPerDay": 900 } } } },
                { "id": "ships", "name": "Ships", "costMillionUsd": 30, "overrides": { "links": { "aktau-alat-feeder": { "fleet": 9 } } } },
                { "id": "yard", "name": "Yard", "costMillionUsd": 5, "overrides": { "nodes": { "alat": { "yardCapacityTeu": 9000 } } } }
              ],
              "combinations": [["cranes", "ships", "yard"]]
            }
            """));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        var spec = loaded.Value!;

        var scenario = spec.ScenarioOf(spec.Options()[^1]).ValueOrThrow();

        var alat = scenario.Network.Nodes.Single(n => n.Id == "alat");
        Assert.Equal(900, alat.CapacityTeuPerDay);
        Assert.Equal(9000, alat.YardCapacityTeu);
        Assert.Equal(9, scenario.Network.Links.Single(l => l.Id == "aktau-alat-feeder").Fleet);
        Assert.Equal(45, spec.Options()[^1].CostMillionUsd);
    }

    [Fact]
    public void Every_property_the_schema_names_is_one_the_loader_reads()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "schema", "invest.schema.json")));
        var top = schema.RootElement.GetProperty("properties");
        string Names(System.Text.Json.JsonElement properties) => string.Join(", ", properties.EnumerateObject().Select(p => p.Name));

        var loaded = InvestmentSpecLoader.LoadFile(Write("""
            {
              "$schema": "x", "name": "All", "description": "d", "years": 0.1, "replications": 2, "confidence": 0.9,
              "transitKpi": "stream:china-azerbaijan/transitP95Days", "throughputKpi": "corridor:middle/deliveredTeuPerYear",
              "indifference": { "throughputGainTeuPerYear": 500 }, "maxReplications": 40,
              "candidates": [
                { "id": "a", "name": "A", "description": "d", "costMillionUsd": 1, "sources": ["S01"], "overrides": { "nodes": { "alat": { "capacityTeuPerDay": 300 } }, "links": {}, "seaAreas": {}, "rollingStock": {} } },
                { "id": "b", "name": "B", "costMillionUsd": 2, "overrides": { "links": { "aktau-alat-feeder": { "fleet": 7 } } } }
              ],
              "combinations": "pairs"
            }
            """));

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        Assert.Equal((0.9, 2, 40), (loaded.Value!.ConfidenceLevel, loaded.Value.Replications, loaded.Value.MaxReplications));
        Assert.Equal(500, loaded.Value.Indifference[InvestmentCriterion.ThroughputGain]);
        Assert.Equal("$schema, name, description, base, years, replications, confidence, transitKpi, throughputKpi, indifference, maxReplications, candidates, combinations", Names(top));
        Assert.Equal("id, name, description, costMillionUsd, sources, overrides", Names(top.GetProperty("candidates").GetProperty("items").GetProperty("properties")));
        Assert.Equal("nodes, links, seaAreas, rollingStock", Names(top.GetProperty("candidates").GetProperty("items").GetProperty("properties").GetProperty("overrides").GetProperty("properties")));
    }

    private string Write(string json)
    {
        string path = Path.Combine(_folder, $"invest-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }
}
