using CorridorSim.Input;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Input;

/// <summary>Input files are told apart by content and checked without running them.</summary>
public sealed class InputValidatorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-validator-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_file_is_a_scenario_when_it_gives_streams_or_extends_and_a_network_when_it_gives_nodes_or_links()
    {
        string scenario = Write("s.json", """{ "extends": "baseline-2024.json", "name": "s" }""");
        string network = Path.Combine(RepositoryRoot.Path, "data", "network", "corridor.json");

        var results = InputValidator.Validate([scenario, network]);

        Assert.Equal([(InputKind.Scenario, true), (InputKind.Network, true)], results.Select(r => (r.Kind!.Value, r.Valid)));
        Assert.Equal("scenario \"s\", 7 streams", results[0].Summary);
        Assert.StartsWith("network \"CorridorSim Middle Corridor network\", 67 nodes, ", results[1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_neither_is_reported_with_what_each_kind_gives()
    {
        string path = Write("x.json", """{ "name": "x" }""");

        var result = InputValidator.Validate(path);

        Assert.Null(result.Kind);
        var error = Assert.Single(result.Errors);
        Assert.Equal((path, "$", 1), (error.File, error.JsonPath, error.Line));
        Assert.StartsWith("neither a scenario nor a network", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_json_is_reported_with_its_line_and_no_kind()
    {
        string path = Write("x.json", "{\n  \"streams\": [ }\n");

        var result = InputValidator.Validate(path);

        Assert.Null(result.Kind);
        Assert.Equal(2, Assert.Single(result.Errors).Line);
    }

    [Fact]
    public void Errors_of_a_scenario_include_those_in_the_scenario_it_extends()
    {
        Write("parent.json", ScenarioFolder.Parent.Replace("\"origin\": \"almaty\"", "\"origin\": \"almayt\"", StringComparison.Ordinal));
        string child = Write("child.json", """{ "extends": "parent.json" }""");

        var result = InputValidator.Validate(child);

        Assert.Equal(InputKind.Scenario, result.Kind);
        Assert.EndsWith("parent.json", Assert.Single(result.Errors).File, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
