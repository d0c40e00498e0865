using System.Text.Json;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private const string Typo = """
        { "extends": "baseline-2024.json",
          "overrides": { "nodes": { "aktua": { "servers": 8 } } } }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-validate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_valid_scenario_and_a_valid_network_are_reported_ok_with_exit_code_0()
    {
        string scenario = Path.Combine(RepositoryRoot.Path, "scenarios", "aktau-doubled.json");
        string network = Path.Combine(RepositoryRoot.Path, "data", "network", "corridor.json");

        var (code, output, error) = CliRunner.Run("validate", scenario, network);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains($"ok: {scenario} (scenario \"Aktau doubled\", 7 streams)", output, StringComparison.Ordinal);
        Assert.Contains($"ok: {network} (network \"CorridorSim Middle Corridor network\", ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_typo_gives_exit_code_2_with_the_file_line_json_path_and_a_suggestion()
    {
        string path = Write("typo.json", Typo);

        var (code, output, error) = CliRunner.Run("validate", path);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"error: {path}:2: $.overrides.nodes.aktua: override of unknown node \"aktua\". Fix: did you mean \"aktau\"?", error, StringComparison.Ordinal);
        Assert.Contains($"invalid: {path} (1 problem)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void With_json_the_output_parses_and_lists_each_error_with_its_place_and_fix()
    {
        string path = Write("typo.json", Typo);

        var (code, output, _) = CliRunner.Run("validate", path, "--json");

        Assert.Equal(2, code);
        using var json = JsonDocument.Parse(output);
        var file = Assert.Single(json.RootElement.GetProperty("files").EnumerateArray().ToList());
        Assert.Equal((path, "scenario", false), (file.GetProperty("file").GetString(), file.GetProperty("kind").GetString(), file.GetProperty("valid").GetBoolean()));
        var e = Assert.Single(file.GetProperty("errors").EnumerateArray().ToList());
        Assert.Equal((path, 2, "$.overrides.nodes.aktua"), (e.GetProperty("file").GetString(), e.GetProperty("line").GetInt32(), e.GetProperty("path").GetString()));
        Assert.Equal("override of unknown node \"aktua\".", e.GetProperty("message").GetString());
        Assert.Equal("did you mean \"aktau\"?", e.GetProperty("fix").GetString());
    }

    [Fact]
    public void Several_files_are_checked_at_once_and_one_bad_file_makes_the_exit_code_2()
    {
        string good = Write("good.json", """{ "extends": "baseline-2024.json", "name": "good" }""");
        string bad = Write("typo.json", Typo);

        var (code, output, error) = CliRunner.Run("validate", good, bad, "--json");
        var (textCode, text, textError) = CliRunner.Run("validate", good, bad);

        Assert.Equal((2, 2), (code, textCode));
        using var json = JsonDocument.Parse(output);
        Assert.Equal([(good, true), (bad, false)], json.RootElement.GetProperty("files").EnumerateArray().Select(f => (f.GetProperty("file").GetString(), f.GetProperty("valid").GetBoolean())));
        Assert.Equal(string.Empty, error);
        Assert.Contains($"ok: {good} (scenario \"good\", 7 streams)", text, StringComparison.Ordinal);
        Assert.EndsWith($"1 problem found in 1 of 2 files.{Environment.NewLine}", textError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_reported_as_a_problem_not_a_stack_trace()
    {
        string missing = Path.Combine(_folder, "nowhere.json");

        var (code, output, error) = CliRunner.Run("validate", missing);
        var (jsonCode, json, _) = CliRunner.Run("validate", missing, "--json");

        Assert.Equal((2, 2), (code, jsonCode));
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"error: {missing}: $: file not found.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Null, parsed.RootElement.GetProperty("files")[0].GetProperty("kind").ValueKind);
    }

    [Fact]
    public void A_folder_given_for_a_file_is_named_as_a_folder()
    {
        var (code, _, error) = CliRunner.Run("validate", _folder);

        Assert.Equal(2, code);
        Assert.StartsWith($"error: {_folder}: $: this is a folder, not a file.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_help_gives_an_example()
    {
        var (code, output, _) = CliRunner.Run("validate", "--help");

        Assert.Equal(0, code);
        Assert.Contains("Example: corridorsim validate ", output, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
