using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Commands;

/// <summary>Core says what is wrong in the data; the command line adds the option or command that fixes it.</summary>
public sealed class CommandHintTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-hints-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_closure_after_a_run_shortened_by_years_names_the_option_in_its_fix()
    {
        string path = Path.Combine(_folder, "late-closure.json");
        File.WriteAllText(path, """{ "name": "late", "extends": "baseline-2024.json", "closures": [ { "target": "aktau", "startDay": 200, "endDay": 210 } ] }""");

        var (code, _, error) = CliRunner.Run("run", path, "--years", "0.5", "--out", Path.Combine(_folder, "out"));

        Assert.Equal(2, code);
        Assert.Contains("as the run's length is set for this run); it would change nothing. Fix: run longer, or count startDay in days from the end of the warm-up (--years sets the run's length).", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistyped_scenario_file_name_gets_the_nearest_file_beside_it()
    {
        File.WriteAllText(Path.Combine(_folder, "aktau-doubled.json"), "{}");

        var (code, _, error) = CliRunner.Run("capacity", Path.Combine(_folder, "aktau-doubeld.json"), "--out", Path.Combine(_folder, "out"));

        Assert.Equal(2, code);
        Assert.Contains($"Did you mean \"{Path.Combine(_folder, "aktau-doubled.json")}\"?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_scenario_file_points_run_at_the_built_in_baseline()
    {
        string path = Path.Combine(_folder, "missing.json");

        var run = CliRunner.Run("run", path, "--out", Path.Combine(_folder, "out"));
        var capacity = CliRunner.Run("capacity", path, "--out", Path.Combine(_folder, "out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Fix: check the path; relative paths start from the current folder. For the built-in baseline, give no file: 'corridorsim run'.", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, capacity.ExitCode);
        Assert.Contains("Fix: check the path; relative paths start from the current folder.", capacity.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("built-in baseline", capacity.Error, StringComparison.Ordinal);
    }
}
