using System.Text.Json;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Commands;

/// <summary><c>run --max-events</c> and <c>--max-wall-time</c>: a runaway run stops cleanly, its results marked partial.</summary>
public sealed class RunLimitCommandTests
{
    [Fact]
    public void A_run_past_max_events_writes_its_results_so_far_marked_partial_and_exits_with_4()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"corridorsim-limit-{Guid.NewGuid():N}");

        var (code, output, error) = CliRunner.Run("run", "--max-events", "60000", "--out", folder, "--shipments");

        Assert.Equal(4, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("warning: partial: the run stopped after 60,000 events", output, StringComparison.Ordinal);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "summary.json")));
        var info = summary.RootElement.GetProperty("info");
        Assert.Equal("it reached its limit of 60,000 events", info.GetProperty("stoppedEarly").GetString());
        Assert.Equal(1.0, info.GetProperty("plannedYears").GetDouble());
        Assert.InRange(info.GetProperty("years").GetDouble(), 0.01, 0.99);
        Assert.True(File.Exists(Path.Combine(folder, "shipments.csv")));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void A_run_past_max_wall_time_stops_and_says_which_limit_it_reached()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"corridorsim-limit-{Guid.NewGuid():N}");

        // Ten years of growth take several seconds; without a warm-up, the limit falls in the
        // measured period however slow the machine is.
        Directory.CreateDirectory(folder);
        string scenario = Path.Combine(folder, "growth-cold.json");
        File.WriteAllText(scenario, "{ \"extends\": \"growth-2030.json\", \"name\": \"growth-cold\", \"warmUpDays\": 0 }");
        var (code, output, _) = CliRunner.Run("run", scenario, "--years", "10", "--max-wall-time", "1.5s", "--out", Path.Combine(folder, "out"));

        Assert.Equal(4, code);
        Assert.Contains("because its time limit of 1.5 s was reached (--max-wall-time)", output, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void A_run_stopped_within_its_warm_up_writes_nothing_and_says_so()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"corridorsim-limit-{Guid.NewGuid():N}");

        var (code, output, error) = CliRunner.Run("run", "--max-events", "500", "--out", folder);

        Assert.Equal(4, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("stopped: The run of scenario \"Baseline 2024\" stopped on day ", error, StringComparison.Ordinal);
        Assert.Contains("nothing was measured", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any());
    }

    [Theory]
    [InlineData("--max-events", "0")]
    [InlineData("--max-events", "1e6")]
    [InlineData("--max-wall-time", "0")]
    [InlineData("--max-wall-time", "-5s")]
    [InlineData("--max-wall-time", "31d")]
    [InlineData("--max-wall-time", "1000h")]
    [InlineData("--max-wall-time", "ten")]
    public void A_limit_that_is_not_a_positive_amount_is_a_user_error(string option, string value)
    {
        var (code, _, error) = CliRunner.Run("run", option, value);

        Assert.Equal(2, code);
        Assert.StartsWith($"error: {option} must be", error, StringComparison.Ordinal);
    }
}
