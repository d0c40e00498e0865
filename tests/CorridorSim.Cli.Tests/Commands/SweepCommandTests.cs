using System.Globalization;
using CorridorSim.Tests.TestSupport;
using DuckDB.NET.Data;

namespace CorridorSim.Tests.Commands;

/// <summary>
/// <c>corridorsim sweep</c> on the example grid: results a researcher opens in DuckDB as they
/// are, a rerun that resumes, a folder of another sweep refused, shards whose union is the whole
/// sweep, and a bad file reported with its path and fix.
/// </summary>
public sealed class SweepCommandTests : IDisposable
{
    private static readonly string Example = SweepExample.File;

    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-sweep-command-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_example_grid_writes_parquet_that_duckdb_queries_as_it_is_and_a_rerun_resumes()
    {
        string spec = Shortened();
        string outDir = Path.Combine(_folder, "grid");

        var (code, output, error) = CliRunner.Run("sweep", spec, "--out", outDir, "--quiet");
        var (again, resumed, _) = CliRunner.Run("sweep", spec, "--out", outDir, "--quiet");

        Assert.True(code == 0, error);
        Assert.Contains("9 points × 2 replications = 18 runs; ran 18", output, StringComparison.Ordinal);
        Assert.Equal(0, again);
        Assert.Contains("ran 0", resumed, StringComparison.Ordinal);
        Assert.Contains("18 already done", resumed, StringComparison.Ordinal);

        string runs = Path.Combine(outDir, "runs.parquet").Replace("'", "''", StringComparison.Ordinal);
        string points = Path.Combine(outDir, "points.parquet").Replace("'", "''", StringComparison.Ordinal);
        Assert.Equal(18L, Scalar($"SELECT count(*) FROM '{runs}'"));
        Assert.Equal(9L, Scalar($"SELECT count(DISTINCT (feederFleet, chinaAzerbaijanTeu)) FROM '{runs}'"));
        Assert.Equal(2L, Scalar($"SELECT count(DISTINCT seed) FROM '{runs}'"));

        // More demand on the same fleet delivers more, point by point, as the points table says.
        double low = Convert.ToDouble(Scalar($"SELECT \"stream:china-azerbaijan/deliveredTeuPerYear/mean\" FROM '{points}' WHERE feederFleet = 6 AND chinaAzerbaijanTeu = 15000"), CultureInfo.InvariantCulture);
        double high = Convert.ToDouble(Scalar($"SELECT \"stream:china-azerbaijan/deliveredTeuPerYear/mean\" FROM '{points}' WHERE feederFleet = 6 AND chinaAzerbaijanTeu = 30000"), CultureInfo.InvariantCulture);
        Assert.InRange(low, 12_000, 18_000);
        Assert.InRange(high, 24_000, 36_000);
        Assert.Equal(2L, Scalar($"SELECT min(n) FROM '{points}'"));
        Assert.True(File.Exists(Path.Combine(outDir, "results.csv")));

        // The page: what varied, the points, and every chart inline with a text alternative.
        string page = File.ReadAllText(Path.Combine(outDir, "report.html"));
        Assert.Contains("<h2>What the sweep varies</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<code>/overrides/links/aktau-alat-feeder/fleet</code>: 4, 6, 8", page, StringComparison.Ordinal);
        Assert.Equal(Directory.GetFiles(Path.Combine(outDir, "charts"), "*.svg").Length, System.Text.RegularExpressions.Regex.Count(page, "<svg role=\"img\" aria-label=\""));
        Assert.Equal(4, Directory.GetFiles(Path.Combine(outDir, "charts"), "*.svg").Length);
    }

    [Fact]
    public void Shards_run_apart_give_between_them_every_run_of_the_sweep_once()
    {
        string spec = Shortened();
        var whole = Path.Combine(_folder, "whole");
        Assert.Equal(0, CliRunner.Run("sweep", spec, "--out", whole, "--quiet").ExitCode);
        for (int i = 0; i < 3; i++)
        {
            var (code, output, error) = CliRunner.Run("sweep", spec, "--out", Path.Combine(_folder, $"shard-{i}"), "--shard", $"{i}/3", "--quiet");
            Assert.True(code == 0, error);
            Assert.Contains($"shard {i}/3 (--shard): 6 of them", output, StringComparison.Ordinal);
        }

        string union = string.Join(" UNION ALL ", Enumerable.Range(0, 3).Select(i => $"SELECT * FROM '{Path.Combine(_folder, $"shard-{i}", "runs.parquet")}'"));
        string all = $"SELECT * FROM '{Path.Combine(whole, "runs.parquet")}'";

        Assert.Equal(18L, Scalar($"SELECT count(*) FROM ({union})"));
        Assert.Equal(0L, Scalar($"SELECT count(*) FROM (({all}) EXCEPT ({union}))"));

        // Merged, the shards are the single-machine sweep byte for byte, and a rerun there has nothing to do.
        string merged = Path.Combine(_folder, "merged");
        var (code2, output2, error2) = CliRunner.Run("merge", Path.Combine(_folder, "shard-2"), Path.Combine(_folder, "shard-0"), Path.Combine(_folder, "shard-1"), "--out", merged);
        Assert.True(code2 == 0, error2);
        Assert.Contains("Merged 18 runs of 3 shard folder(s)", output2, StringComparison.Ordinal);
        foreach (string file in new[] { "runs.parquet", "points.parquet", "results.csv", "points.csv", "sweep.json", "report.html" })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(whole, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(merged, file))), $"{file} differs from the single-machine sweep's");
        }

        Assert.Contains("ran 0", CliRunner.Run("sweep", spec, "--out", merged, "--quiet").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Merging_without_every_shard_is_refused_naming_the_missing_one()
    {
        string spec = Shortened();
        for (int i = 0; i < 2; i++)
        {
            Assert.Equal(0, CliRunner.Run("sweep", spec, "--out", Path.Combine(_folder, $"part-{i}"), "--shard", $"{i}/3", "--quiet").ExitCode);
        }

        var (code, _, error) = CliRunner.Run("merge", Path.Combine(_folder, "part-0"), Path.Combine(_folder, "part-1"), "--out", Path.Combine(_folder, "merged"));

        Assert.Equal(2, code);
        Assert.Contains("shard 2/3 missing", error, StringComparison.Ordinal);
        Assert.Contains("Fix:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_holding_another_sweep_is_refused_with_a_fix()
    {
        string outDir = Path.Combine(_folder, "changed");
        Assert.Equal(0, CliRunner.Run("sweep", Shortened(), "--out", outDir, "--quiet").ExitCode);

        var (code, _, error) = CliRunner.Run("sweep", Shortened(replications: 3), "--out", outDir, "--quiet");

        Assert.Equal(2, code);
        Assert.Contains("holds the results of a different sweep: its replications differ", error, StringComparison.Ordinal);
        Assert.Contains("Fix: give --out another folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_sweep_file_is_an_error_with_its_path_and_fix_and_no_stack_trace()
    {
        string spec = Path.Combine(_folder, "bad.json");
        File.WriteAllText(spec, """{ "name": "x", "design": { "kind": "grd" }, "factors": [ { "name": "y", "pointer": "/streams/nowhere/teuPerYear", "values": [1] } ] }""");

        var (code, _, error) = CliRunner.Run("sweep", spec, "--out", Path.Combine(_folder, "bad"));

        Assert.Equal(2, code);
        Assert.Contains("$.design.kind: unknown kind \"grd\"", error, StringComparison.Ordinal);
        Assert.Contains("did you mean \"grid\"?", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_morris_sweep_ranks_its_factors_in_morris_csv_and_an_unknown_kpi_is_refused_with_the_nearest()
    {
        string spec = Path.Combine(_folder, "morris.json");
        File.WriteAllText(spec, File.ReadAllText(Path.Combine(RepositoryRoot.Path, "scenarios", "sweeps", "morris-screening.json"))
            .Replace("\"years\": 0.25", "\"years\": 0.05", StringComparison.Ordinal)
            .Replace("\"trajectories\": 10", "\"trajectories\": 2", StringComparison.Ordinal)
            .Replace("\"base\": \"../baseline-2024.json\"", $"\"base\": \"{Path.Combine(RepositoryRoot.Path, "scenarios", "baseline-2024.json").Replace("\\", "/", StringComparison.Ordinal)}\"", StringComparison.Ordinal));

        var (code, output, error) = CliRunner.Run("sweep", spec, "--out", Path.Combine(_folder, "morris"), "--quiet");
        var (bad, _, badError) = CliRunner.Run("sweep", spec, "--out", Path.Combine(_folder, "morris"), "--quiet", "--kpi", "total/transitMeanDay");

        Assert.True(code == 0, error);
        Assert.Contains("12 points × 2 replications = 24 runs", output, StringComparison.Ordinal);
        Assert.Contains("Morris screening of total/transitMeanDays", output, StringComparison.Ordinal);
        var rows = File.ReadAllLines(Path.Combine(_folder, "morris", "morris.csv"));
        Assert.Equal("kpi,factor,mu,muStar,sigma,muStarLow,muStarHigh,effects", rows[0]);
        Assert.Equal(6, rows.Length);
        Assert.All(rows.Skip(1), r => Assert.EndsWith(",2", r, StringComparison.Ordinal));
        Assert.Equal(2, bad);
        Assert.Contains("did you mean \"total/transitMeanDays\"?", badError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3/3")]
    [InlineData("a/b")]
    [InlineData("1/0")]
    public void A_shard_outside_its_count_is_refused(string shard)
    {
        var (code, _, error) = CliRunner.Run("sweep", Example, "--shard", shard, "--out", Path.Combine(_folder, "x"));

        Assert.Equal(2, code);
        Assert.Contains("--shard must be i/N", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "x")));
    }

    private string Shortened(int replications = 2) => SweepExample.Shortened(_folder, replications);

    private static object? Scalar(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
