using System.Text.Json;
using CorridorSim.Input;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Commands;

/// <summary>A value that is valid but probably in the wrong unit is run with a warning, never silently; --strict refuses it.</summary>
public sealed class PlausibilityWarningTests : IDisposable
{
    // A yearly throughput typed where TEU a day go (Aktau handles 384 a day), and a wait in days typed as hours (the feeder's is 72 h).
    private const string UnitSlips = """
        { "name": "unit slips", "extends": "baseline-2024.json", "years": 0.1,
          "overrides": {
            "nodes": { "aktau": { "capacityTeuPerDay": 140000 } },
            "links": { "aktau-alat-feeder": { "maxWaitHours": 3 } } } }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-plausible-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_run_goes_ahead_and_reports_each_doubtful_value_on_screen_and_in_the_summary()
    {
        string path = Write();
        string output = Path.Combine(_folder, "out");

        var (code, printed, error) = CliRunner.Run("run", path, "--out", output, "-q");

        Assert.Equal(0, code);
        Assert.Contains("$.overrides.nodes.aktau.capacityTeuPerDay: capacityTeuPerDay 140,000 TEU a day is 364.6 times the 384 it replaces; is it in the right unit?", printed + error, StringComparison.Ordinal);
        var warnings = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "summary.json"))).RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Contains(warnings, w => w.StartsWith($"input: {path}:3: $.overrides.nodes.aktau.capacityTeuPerDay:", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith($"input: {path}:4: $.overrides.links.aktau-alat-feeder.maxWaitHours: maxWaitHours 3 hours is 1/24 of the 72", StringComparison.Ordinal));
    }

    [Fact]
    public void Capacity_prints_the_doubtful_values_and_keeps_them_in_its_json()
    {
        string path = Write();
        string output = Path.Combine(_folder, "capacity");

        var (code, printed, error) = CliRunner.Run("capacity", path, "--factors", "1", "-n", "2", "--out", output, "-q");

        Assert.Equal(0, code);
        Assert.Contains($"warning: input: {path}:4: $.overrides.links.aktau-alat-feeder.maxWaitHours: maxWaitHours 3 hours is 1/24 of the 72", printed + error, StringComparison.Ordinal);
        var warnings = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "capacity.json"))).RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.StartsWith($"input: {path}:", w, StringComparison.Ordinal));
    }

    [Fact]
    public void Strict_refuses_the_scenario_before_it_runs()
    {
        string path = Write();
        string output = Path.Combine(_folder, "strict");

        var (code, _, error) = CliRunner.Run("run", path, "--out", output, "-q", "--strict");

        Assert.Equal(2, code);
        Assert.Contains($"error: {path}:4: $.overrides.links.aktau-alat-feeder.maxWaitHours: refused by --strict, as probably in the wrong unit: maxWaitHours 3 hours is 1/24 of the 72", error, StringComparison.Ordinal);
        Assert.False(Path.Exists(output));
    }

    [Fact]
    public void Validate_prints_the_warnings_and_still_calls_the_file_valid()
    {
        string path = Write();

        var (code, output, error) = CliRunner.Run("validate", path);

        Assert.Equal(0, code);
        Assert.Contains($"ok: {path} (scenario \"unit slips\", 7 streams, 2 warnings)", output, StringComparison.Ordinal);
        Assert.Equal(2, error.Split('\n').Count(l => l.StartsWith($"warning: {path}:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Validate_as_json_lists_the_warnings_beside_the_errors()
    {
        string path = Write();

        var (code, output, _) = CliRunner.Run("validate", path, "--json");

        Assert.Equal(0, code);
        var file = JsonDocument.Parse(output).RootElement.GetProperty("files")[0];
        Assert.True(file.GetProperty("valid").GetBoolean());
        Assert.Equal(0, file.GetProperty("errors").GetArrayLength());
        Assert.Equal(["$.overrides.nodes.aktau.capacityTeuPerDay", "$.overrides.links.aktau-alat-feeder.maxWaitHours"], file.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("path").GetString()!));
        Assert.Equal(3, file.GetProperty("warnings")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public void No_ready_made_scenario_draws_a_warning()
    {
        // Every scenario file, and the base of every sweep and investment file (scenarios/sweeps/ holds those, not scenarios).
        string sweeps = Path.Combine(RepositoryRoot.Path, "scenarios", "sweeps") + Path.DirectorySeparatorChar;
        var doubtful = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "scenarios"), "*.json", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(sweeps, StringComparison.Ordinal))
            .SelectMany(f => ScenarioLoader.LoadFile(f).ValueOrThrow().InputWarnings)
            .Concat(Directory.GetFiles(sweeps, "*.json").SelectMany(BaseWarnings))
            .ToList();

        Assert.Empty(doubtful);
    }

    /// <summary>The warnings of a sweep's base, or of an investment set's base and candidates (an investment set names its schema).</summary>
    private static IEnumerable<Input.InputError> BaseWarnings(string file)
    {
        if (File.ReadAllText(file).Contains("invest.schema.json", StringComparison.Ordinal))
        {
            var loaded = CorridorSim.Investments.InvestmentSpecLoader.LoadFile(file);
            return [.. loaded.ValueOrThrow().Base.InputWarnings, .. loaded.Warnings];
        }

        return CorridorSim.Sweeps.SweepSpecLoader.LoadFile(file).ValueOrThrow().Base.InputWarnings;
    }

    private string Write()
    {
        string path = Path.Combine(_folder, "unit-slips.json");
        File.WriteAllText(path, UnitSlips);
        return path;
    }
}
