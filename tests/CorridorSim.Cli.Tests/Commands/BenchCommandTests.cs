using System.Text.Json;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Commands;

public sealed class BenchCommandTests
{
    [Fact]
    public void Bench_json_reports_every_model_with_the_documented_fields()
    {
        var (code, output, error) = CliRunner.Run("bench", "--json", "--containers", "100000", "--repeat", "1", "--no-experiments");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        using var json = JsonDocument.Parse(output);
        var models = json.RootElement.GetProperty("models").EnumerateArray().ToList();
        Assert.Equal(["M1", "M2", "M3"], models.Select(m => m.GetProperty("name").GetString()));
        foreach (var model in models)
        {
            foreach (string field in new[] { "containers", "events", "wallSeconds", "eventsPerSecond", "allocatedBytes", "meanSojournHours", "analyticMeanSojournHours" })
            {
                Assert.True(model.TryGetProperty(field, out _), $"{model.GetProperty("name")} lacks {field}");
            }

            Assert.True(model.GetProperty("containers").GetInt64() >= 100_000);
            Assert.True(model.GetProperty("wallSeconds").GetDouble() > 0.0);
            Assert.True(model.GetProperty("agreesWithTheory").GetBoolean());
        }

        Assert.InRange(models[2].GetProperty("meanPortWaitHours").GetDouble(), 11.0, 13.0);

        // One timed run: its pair's ratio is the median, the smallest and the largest.
        var scenarios = json.RootElement.GetProperty("scenarios").EnumerateArray().ToList();
        Assert.Equal(["baseline-2024", "growth-2030"], scenarios.Select(s => s.GetProperty("name").GetString()));
        foreach (var scenario in scenarios)
        {
            double wall = scenario.GetProperty("wallSeconds").GetDouble();
            double m1 = scenario.GetProperty("m1Seconds").GetDouble();
            double ratio = scenario.GetProperty("m1Ratio").GetDouble();
            Assert.True(wall > 0.0 && m1 > 0.0);
            Assert.Equal(wall / m1, ratio, 1e-12);
            Assert.Equal(ratio, scenario.GetProperty("m1RatioLow").GetDouble());
            Assert.Equal(ratio, scenario.GetProperty("m1RatioHigh").GetDouble());
            Assert.True(scenario.GetProperty("deliveredTeu").GetInt64() > 0);
        }
    }

    [Fact]
    public void Bench_table_gives_each_scenario_as_a_multiple_of_M1_with_the_range_over_its_pairs()
    {
        var (code, output, _) = CliRunner.Run("bench", "--models", "M3", "--containers", "100000", "--repeat", "2", "--no-experiments");

        Assert.Equal(0, code);
        var row = output.Split('\n').Single(l => l.StartsWith("growth-2030 ", StringComparison.Ordinal));
        Assert.Matches(@"\d+\.\d\d  \d+\.\d\d–\d+\.\d\d\s*$", row);
        Assert.Contains("over the 2 pairs", output, StringComparison.Ordinal);
        Assert.Contains("M1 of 100,000 containers", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_prints_a_table_with_one_row_per_chosen_model()
    {
        var (code, output, _) = CliRunner.Run("bench", "--models", "M3", "--containers", "100000", "--repeat", "1", "--no-experiments");

        Assert.Equal(0, code);
        Assert.Contains("M3 ", output, StringComparison.Ordinal);
        Assert.DoesNotContain(output.Split('\n'), l => l.StartsWith("M1 ", StringComparison.Ordinal));
        Assert.Contains("Mean port wait", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_times_a_small_sweep_against_its_runs_run_plainly_and_sizes_a_runs_shipments_both_ways()
    {
        var (code, output, error) = CliRunner.Run("bench", "--json", "--models", "M3", "--containers", "100000", "--repeat", "1", "--no-scenarios", "--no-experiments", "--sweep-runs", "20");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var sweep = json.RootElement.GetProperty("sweep");
        Assert.Equal((20, 2, 10), (sweep.GetProperty("runs").GetInt32(), sweep.GetProperty("points").GetInt32(), sweep.GetProperty("replications").GetInt32()));
        foreach (string field in new[] { "oneRunAloneSeconds", "oneRunInParallelSeconds", "plainSeconds", "sweepSeconds", "shardSeconds", "filesSeconds", "mergeSeconds", "kpiSeconds", "commitSeconds", "plainCpuShare", "sweepCpuShare" })
        {
            Assert.True(sweep.GetProperty(field).GetDouble() > 0.0, $"sweep.{field} is not above 0");
        }

        // The ratios are what their figures give: the sweep over the plain runs, and over runs alone.
        double runs = 20, cores = sweep.GetProperty("cores").GetInt32();
        Assert.Equal(sweep.GetProperty("sweepSeconds").GetDouble() / sweep.GetProperty("plainSeconds").GetDouble(), sweep.GetProperty("overhead").GetDouble(), 1e-9);
        Assert.Equal(sweep.GetProperty("sweepSeconds").GetDouble() / (runs * sweep.GetProperty("oneRunAloneSeconds").GetDouble() / cores), sweep.GetProperty("againstAlone").GetDouble(), 1e-9);
        Assert.True(sweep.GetProperty("shardSeconds").GetDouble() + sweep.GetProperty("filesSeconds").GetDouble() + sweep.GetProperty("mergeSeconds").GetDouble() <= sweep.GetProperty("sweepSeconds").GetDouble());

        // Parquet's compact columns: at least five times smaller than the CSV of the same containers.
        var shipments = json.RootElement.GetProperty("shipments");
        Assert.True(shipments.GetProperty("shipments").GetInt64() > 10_000);
        Assert.True(shipments.GetProperty("ratio").GetDouble() >= 5.0, $"Parquet only {shipments.GetProperty("ratio").GetDouble():F1}× smaller");
        Assert.Equal((double)shipments.GetProperty("csvBytes").GetInt64() / shipments.GetProperty("parquetBytes").GetInt64(), shipments.GetProperty("ratio").GetDouble(), 1e-12);
    }

    [Fact]
    public void No_experiments_leaves_out_the_sweep_unless_it_is_asked_for()
    {
        var (code, output, _) = CliRunner.Run("bench", "--json", "--models", "M3", "--containers", "100000", "--repeat", "1", "--no-scenarios", "--no-experiments");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.TryGetProperty("sweep", out _));
        Assert.False(json.RootElement.TryGetProperty("shipments", out _));
    }

    [Theory]
    [InlineData("bench", "--sweep-runs", "5")]
    [InlineData("bench", "--sweep-runs", "-1")]
    [InlineData("bench", "--sweep-runs", "many")]
    [InlineData("bench", "--bogus")]
    [InlineData("bench", "--containers", "10")]
    [InlineData("bench", "--containers", "abc")]
    [InlineData("bench", "--containers", "1e6")]
    [InlineData("bench", "--repeat", "abc")]
    [InlineData("bench", "--seed", "-1")]
    [InlineData()]
    [InlineData("bench", "--models", "M9")]
    [InlineData("bench", "--repeat", "0")]
    [InlineData("no-such-command")]
    public void Bad_arguments_are_a_user_error_with_exit_code_2_and_a_message(params string[] args)
    {
        var (code, output, error) = CliRunner.Run(args);

        Assert.Equal(2, code);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error + output, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
        Assert.Equal(2, error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
