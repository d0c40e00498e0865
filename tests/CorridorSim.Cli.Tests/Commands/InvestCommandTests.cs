using System.Text.Json;
using System.Text.Json.Nodes;
using CorridorSim.Tests.TestSupport;
using DuckDB.NET.Data;

namespace CorridorSim.Tests.Commands;

/// <summary>
/// <c>corridorsim invest</c> on the example set, shortened: the rankings printed and written as
/// data a researcher opens as it is, the charts and page that <c>report</c> redraws byte for byte,
/// and a bad file reported with its path and fix before anything runs.
/// </summary>
public sealed class InvestCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-invest-command-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_example_set_ranks_its_options_writes_them_as_data_and_report_redraws_the_same_page()
    {
        string spec = Shortened("alat-phase-2", "more-feeders", "border-digitalisation");
        string outDir = Path.Combine(_folder, "invest");

        var (code, output, error) = CliRunner.Run("invest", spec, "--out", outDir, "--quiet");

        Assert.True(code == 0, error);
        Assert.Contains("3 replications of the base and of each of 4 options", output, StringComparison.Ordinal);
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Count(output, @"^(Best: |Not separated at 95 %: )", System.Text.RegularExpressions.RegexOptions.Multiline));
        Assert.Contains("relieves node:alat:capacity", output, StringComparison.Ordinal);

        // Every replication of the base and of each option, paired by seed, as DuckDB reads it.
        string runs = Path.Combine(outDir, "invest-runs.csv").Replace("'", "''", StringComparison.Ordinal);
        Assert.Equal(15L, Scalar($"SELECT count(*) FROM '{runs}'"));
        Assert.Equal(3L, Scalar($"SELECT count(DISTINCT seed) FROM '{runs}'"));
        Assert.Equal(3L, Scalar($"SELECT count(*) FROM '{runs}' WHERE option = 'base'"));
        string ranks = Path.Combine(outDir, "invest.csv").Replace("'", "''", StringComparison.Ordinal);
        Assert.Equal(16L, Scalar($"SELECT count(*) FROM '{ranks}'"));
        Assert.Equal(4L, Scalar($"SELECT count(*) FROM '{ranks}' WHERE rank = 1"));

        // The page and charts, redrawn from the files alone, are the ones the command wrote.
        string copy = Path.Combine(_folder, "copy");
        CopyFolder(outDir, copy);
        Directory.Delete(Path.Combine(copy, "charts"), recursive: true);
        File.Delete(Path.Combine(copy, "report.html"));
        var (redrawn, _, redrawError) = CliRunner.Run("report", copy);
        Assert.True(redrawn == 0, redrawError);
        Assert.Equal(File.ReadAllBytes(Path.Combine(outDir, "report.html")), File.ReadAllBytes(Path.Combine(copy, "report.html")));
        Assert.All(Directory.GetFiles(Path.Combine(outDir, "charts")), f => Assert.Equal(File.ReadAllBytes(f), File.ReadAllBytes(Path.Combine(copy, "charts", Path.GetFileName(f)))));
        Assert.Equal(8, Directory.GetFiles(Path.Combine(outDir, "charts")).Length);
        string page = File.ReadAllText(Path.Combine(outDir, "report.html"));
        Assert.Contains("<h2>Where the corridor jams</h2>", page, StringComparison.Ordinal);
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Count(page, "<svg role=\"img\" aria-label=\""));
    }

    [Fact]
    public void Json_prints_the_rankings_with_every_replication()
    {
        string spec = Shortened("border-digitalisation", "aktau-hub");

        var (code, output, error) = CliRunner.Run("invest", spec, "--out", Path.Combine(_folder, "json"), "--quiet", "--json", "-n", "2");

        Assert.True(code == 0, error);
        var json = JsonNode.Parse(output)!;
        Assert.Equal(2, json["replications"]!.GetValue<int>());
        Assert.Equal(4, json["rankings"]!.AsArray().Count);
        Assert.Equal(6, json["runs"]!.AsArray().Count);
        Assert.Equal(["aktau-hub", "border-digitalisation"], json["rankings"]![0]!["ranks"]!.AsArray().Select(r => r!["option"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_bad_set_is_refused_with_its_path_line_and_fix_and_nothing_is_written()
    {
        string spec = Path.Combine(_folder, "bad.json");
        File.WriteAllText(spec, """
            {
              "name": "Bad",
              "candidates": [
                { "id": "hub", "name": "Hub", "costMillionUsd": 0, "overrides": { "nodes": { "aktau": { "capacityTeuPerDay": 658 } } } }
              ]
            }
            """);
        string outDir = Path.Combine(_folder, "never");

        var (code, _, error) = CliRunner.Run("invest", spec, "--out", outDir);

        Assert.Equal(2, code);
        Assert.Contains($"{spec}:4: $.candidates[0].costMillionUsd:", error, StringComparison.Ordinal);
        Assert.Contains("Fix:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void An_indifference_zone_on_the_command_line_runs_two_stages_and_a_wrong_one_is_refused_with_the_criteria()
    {
        string spec = Shortened("border-digitalisation", "aktau-hub");

        var (code, output, error) = CliRunner.Run("invest", spec, "--out", Path.Combine(_folder, "two-stage"), "--quiet", "-n", "2", "--indifference", "transitReductionDays=0.05", "--max-replications", "6");
        var (refused, _, message) = CliRunner.Run("invest", spec, "--indifference", "transit=1");
        var (negative, _, delta) = CliRunner.Run("invest", spec, "--indifference", "transitReductionDays=-1");
        var (fewer, _, max) = CliRunner.Run("invest", spec, "-n", "4", "--indifference", "transitReductionDays=1", "--max-replications", "3");

        Assert.True(code == 0, error);
        Assert.Contains("Two stages (Nelson and Matejcik): 2 replications", output, StringComparison.Ordinal);
        Assert.Matches(@"Selected: .+: the best with probability at least 95 % if it is at least 0\.05 days better", output);
        Assert.Equal(2, refused);
        Assert.Contains("throughputGainTeuPerYearPerMillionUsd", message, StringComparison.Ordinal);
        Assert.Contains("Not 'transit=1'", message, StringComparison.Ordinal);
        Assert.Equal(2, negative);
        Assert.Contains("δ must be a number above 0, in days", delta, StringComparison.Ordinal);
        Assert.Equal(2, fewer);
        Assert.Contains("--max-replications 3 is fewer than --replications 4", max, StringComparison.Ordinal);
    }

    /// <summary>The example set with only <paramref name="keep"/> and their combinations, a quarter of a year per run, 3 replications, its base by full path.</summary>
    private string Shortened(params string[] keep)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "scenarios", "sweeps", "corridor-investments.json")), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!.AsObject();
        json["base"] = Path.Combine(RepositoryRoot.Path, "scenarios", "investment-base-2027.json");
        json["years"] = 0.25;
        json["replications"] = 3;
        var candidates = json["candidates"]!.AsArray().Where(c => keep.Contains(c!["id"]!.GetValue<string>())).Select(c => c!.DeepClone()).ToArray();
        json["candidates"] = new JsonArray(candidates);
        json["combinations"] = keep.Length > 2 ? new JsonArray(new JsonArray(keep[0], keep[2])) : new JsonArray();
        string path = Path.Combine(_folder, $"invest-{keep.Length}.json");
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static object? Scalar(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
