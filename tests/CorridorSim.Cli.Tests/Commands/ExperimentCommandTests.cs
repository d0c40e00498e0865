using System.Text.Json;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Commands;

/// <summary><c>run --replications</c> and <c>compare</c> through the command line.</summary>
public sealed class ExperimentCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"corridorsim-experiment-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Replications_write_intervals_one_row_per_replication_and_the_same_bytes_at_any_parallelism()
    {
        string one = Path.Combine(_folder, "p1");
        string two = Path.Combine(_folder, "p2");

        var (code, output, error) = CliRunner.Run("run", "--years", "0.1", "--replications", "3", "--parallel", "1", "--out", one);
        var second = CliRunner.Run("run", "--years", "0.1", "--replications", "3", "--parallel", "2", "--out", two);

        Assert.Equal(0, code);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains("3 replications (seeds 2024–2026), mean ± 95 % half-width", output, StringComparison.Ordinal);
        Assert.Matches(@"China → Baku +21,000 +[\d,]+ ± [\d,]+ +\d+\.\d ± \d+\.\d", output);
        foreach (string file in new[] { "summary.json", "kpis.csv", "timeseries.csv", "replications.csv", "scenario.resolved.json", "runs/replication-001.json", "runs/replication-003.json", "charts/throughput.png" })
        {
            Assert.True(File.Exists(Path.Combine(one, file)), $"{file} missing");
        }

        foreach (string file in new[] { "summary.json", "kpis.csv", "timeseries.csv", "replications.csv", "runs/replication-002.json" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(one, file)), File.ReadAllBytes(Path.Combine(two, file)));
        }

        var rows = File.ReadAllLines(Path.Combine(one, "replications.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(["1", "2", "3"], rows.Select(r => r[0]).Distinct());
        Assert.Equal(rows.Count / 3, rows.Count(r => r[0] == "1"));
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(one, "summary.json")));
        Assert.Equal(3, summary.RootElement.GetProperty("replications").GetInt32());
        var transit = summary.RootElement.GetProperty("total").GetProperty("transitMeanDays");
        Assert.True(transit.GetProperty("halfWidth").GetDouble() > 0);
        Assert.Equal(3, transit.GetProperty("n").GetInt32());
    }

    [Fact]
    public void A_later_run_with_fewer_replications_leaves_no_stale_replication_behind()
    {
        CliRunner.Run("run", "--years", "0.1", "--replications", "3", "--out", _folder);

        var (code, _, _) = CliRunner.Run("run", "--years", "0.1", "--replications", "2", "--out", _folder);

        Assert.Equal(0, code);
        Assert.Equal(["replication-001.json", "replication-002.json"], Directory.GetFiles(Path.Combine(_folder, "runs")).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Run_json_prints_the_summary_on_standard_output()
    {
        var (code, output, _) = CliRunner.Run("run", "--years", "0.1", "--json", "--out", _folder);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("Baseline 2024", json.RootElement.GetProperty("info").GetProperty("scenario").GetString());
        Assert.Equal(File.ReadAllText(Path.Combine(_folder, "summary.json")), output);
    }

    [Fact]
    public void Shipments_with_several_replications_is_a_clear_error()
    {
        var (code, output, error) = CliRunner.Run("run", "--replications", "2", "--shipments");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--shipments writes one replication's containers", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_pairs_replications_and_writes_every_difference()
    {
        string whatIf = Path.Combine(_folder, "busier.json");
        Directory.CreateDirectory(_folder);
        File.WriteAllText(whatIf, """{ "extends": "baseline-2024.json", "name": "Busier", "demandScale": 1.3 }""");

        var (code, output, error) = CliRunner.Run("compare", whatIf, "--years", "0.1", "--replications", "3", "--out", Path.Combine(_folder, "out"));

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Compared with \"Baseline 2024\": 3 replications each with common random numbers", output, StringComparison.Ordinal);
        Assert.Matches(@"all containers, TEU/yr delivered +[\d,]+ +[\d,]+ +\+[\d,]+ ± [\d,]+ +\+\d+\.\d % +yes", output);
        var header = File.ReadLines(Path.Combine(_folder, "out", "compare.csv")).First();
        Assert.Equal("scenario,component,measure,unit,n,baseMean,whatIfMean,difference,halfWidth,relativeDifference,significant,unpairedHalfWidth,varianceReduction,onlyIn", header);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "out", "compare.json")));
        Assert.Equal("Baseline 2024", json.RootElement.GetProperty("base").GetString());
        Assert.Equal(["Busier"], json.RootElement.GetProperty("whatIfs").EnumerateArray().Select(e => e.GetString()));
        Assert.True(File.Exists(Path.Combine(_folder, "out", "2-busier", "charts", "throughput.png")));
    }

    [Fact]
    public void Compare_lists_a_stream_the_what_if_adds_and_one_it_removes()
    {
        string whatIf = Path.Combine(_folder, "swap.json");
        Directory.CreateDirectory(_folder);
        File.WriteAllText(whatIf, """
            { "extends": "baseline-2024.json", "name": "Swap",
              "overrides": { "streams": {
                "bulgaria-kazakhstan": null,
                "almaty-sofia": { "name": "Almaty to Sofia", "origin": "almaty", "destination": "sofia", "via": ["aktau"], "teuPerYear": 3000, "sources": ["EST-DEMAND-2024"] } } } }
            """);

        var (code, output, error) = CliRunner.Run("compare", whatIf, "--years", "0.1", "--replications", "2", "--out", Path.Combine(_folder, "out"));

        Assert.True(code == 0, error);
        Assert.Matches(@"Varna → Almaty, TEU/yr delivered +[\d,]+ +– +only in base", output);
        Assert.Matches(@"Almaty to Sofia, TEU/yr delivered +– +[\d,]+ +only in what-if", output);
        var rows = File.ReadAllLines(Path.Combine(_folder, "out", "compare.csv"));
        Assert.Contains(rows, r => r.StartsWith("Swap,stream:almaty-sofia,deliveredTeuPerYear,", StringComparison.Ordinal) && r.EndsWith(",what-if", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("Swap,stream:bulgaria-kazakhstan,deliveredTeuPerYear,", StringComparison.Ordinal) && r.EndsWith(",base", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_warns_when_the_scenarios_run_for_different_lengths()
    {
        string whatIf = Path.Combine(_folder, "longer.json");
        Directory.CreateDirectory(_folder);
        File.WriteAllText(whatIf, """{ "extends": "baseline-2024.json", "name": "Longer", "years": 0.2 }""");

        var (code, output, _) = CliRunner.Run("compare", whatIf, "--replications", "2", "--out", Path.Combine(_folder, "out"), "--quiet", "--seed", "3", "--parallel", "2", "--json");

        Assert.Equal(0, code);
        Assert.Contains("runs 0.2 year(s)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run", "--replications", "0")]
    [InlineData("run", "--precision", "0")]
    [InlineData("run", "--max-replications", "0")]
    [InlineData("run", "--precision", "0.02", "--max-replications", "3")]
    [InlineData("compare", "scenarios/growth-2030.json", "-n", "abc")]
    [InlineData("compare", "scenarios/growth-2030.json", "--bogus")]
    [InlineData("validate", "--bogus", "x.json")]
    public void A_bad_experiment_option_is_an_error_line_not_a_stack_trace(params string[] args)
    {
        var (code, output, error) = CliRunner.Run(args);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_turns_a_warning_into_exit_code_3_and_still_writes_the_results()
    {
        string cold = Path.Combine(_folder, "cold.json");
        Directory.CreateDirectory(_folder);
        File.WriteAllText(cold, """{ "extends": "baseline-2024.json", "name": "Cold start", "warmUpDays": 0 }""");

        var lenient = CliRunner.Run("run", cold, "--replications", "3", "--out", Path.Combine(_folder, "lenient"));
        var strict = CliRunner.Run("run", cold, "--replications", "3", "--strict", "--out", Path.Combine(_folder, "strict"));

        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("warning: The warm-up of 0 days may be too short", lenient.Output, StringComparison.Ordinal);
        Assert.Equal(3, strict.ExitCode);
        Assert.True(File.Exists(Path.Combine(_folder, "strict", "summary.json")));
    }

    [Fact]
    public void Capacity_writes_a_row_per_level_and_its_charts()
    {
        var (code, output, error) = CliRunner.Run("capacity", "--factors", "1,3", "--years", "1", "--replications", "2", "--out", _folder);

        Assert.True(code == 0, error);
        Assert.Contains("First to saturate, at × 3", output, StringComparison.Ordinal);
        var rows = File.ReadAllLines(Path.Combine(_folder, "capacity.csv"));
        Assert.Equal("factor,offeredTeuPerYear,n,deliveredTeuPerYear,deliveredHalfWidth,transitMeanDays,transitMeanHalfWidth,transitP95Days,transitP95HalfWidth,saturated", rows[0]);
        Assert.Equal(3, rows.Length);
        Assert.True(File.Exists(Path.Combine(_folder, "charts", "capacity-throughput.png")));
        Assert.True(File.Exists(Path.Combine(_folder, "charts", "capacity-transit.svg")));
    }

    [Theory]
    [InlineData("--factors", "0")]
    [InlineData("--factors", "1,abc")]
    [InlineData("--replications", "1")]
    public void Capacity_refuses_a_bad_option_with_an_error_line(params string[] args)
    {
        var (code, _, error) = CliRunner.Run(["capacity", .. args]);

        Assert.Equal(2, code);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_needs_two_replications()
    {
        var (code, _, error) = CliRunner.Run("compare", "scenarios/growth-2030.json", "--replications", "1");

        Assert.Equal(2, code);
        Assert.Contains("--replications must be at least 2 for a comparison", error, StringComparison.Ordinal);
    }
}
