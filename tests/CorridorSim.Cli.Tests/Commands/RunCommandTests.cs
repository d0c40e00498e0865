using System.Text.Json;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Commands;

public sealed class RunCommandTests
{
    [Fact]
    public void Run_without_a_scenario_simulates_the_baseline_and_writes_every_output()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"corridorsim-run-{Guid.NewGuid():N}");

        var (code, output, error) = CliRunner.Run("run", "--years", "0.25", "--out", folder, "--shipments");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Baseline 2024", output, StringComparison.Ordinal);
        Assert.Contains("Cargo conserved", output, StringComparison.Ordinal);
        Assert.Matches(@"Border crossings \(CPMM, mean time to clear\): alashankou \d+\.\d h priority", output);
        foreach (string file in new[] { "summary.json", "kpis.csv", "timeseries.csv", "scenario.resolved.json", "shipments.csv", "charts/throughput.png", "charts/throughput.svg", "charts/transit-times.png", "charts/transit-times.svg" })
        {
            Assert.True(File.Exists(Path.Combine(folder, file)), $"{file} missing");
        }

        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "summary.json")));
        var root = summary.RootElement;
        Assert.True(root.GetProperty("total").GetProperty("deliveredTeu").GetInt64() > 5_000);
        foreach (string field in new[] { "meanDays", "p50Days", "p95Days", "maxDays" })
        {
            Assert.True(root.GetProperty("total").GetProperty("transit").GetProperty(field).GetDouble() > 5);
        }

        var cpmm = root.GetProperty("cpmm");
        Assert.Contains(cpmm.GetProperty("crossings").EnumerateArray(), c => c.GetProperty("node").GetString() == "alashankou" && c.GetProperty("priorityMeanHours").GetDouble() > 5);
        Assert.Contains(cpmm.GetProperty("countries").EnumerateArray(), c => c.GetProperty("country").GetString() == "KZ" && c.GetProperty("speedWithDelayKmh").GetDouble() > 0);
        Assert.NotEmpty(cpmm.GetProperty("sections").EnumerateArray());

        var streams = root.GetProperty("streams").EnumerateArray().ToList();
        Assert.Contains(streams, s => s.GetProperty("id").GetString() == "kazakhstan-bulgaria");

        // A quarter-year (91.25 days) after 60 days of warm-up starts on 2 March and ends on 1 June at 06:00.
        Assert.Equal(["Mar Y1", "Apr Y1", "May Y1", "Jun Y1"], root.GetProperty("months").EnumerateArray().Select(m => m.GetString()));
        Assert.All(streams, s => Assert.Equal(4, s.GetProperty("deliveredTeuByMonth").GetArrayLength()));

        // Generalised cost: charges plus the network's value of time (3 USD per TEU-hour) × mean transit.
        Assert.All(streams, s => Assert.Equal(
            s.GetProperty("costUsdPerTeu").GetDouble() + (3.0 * 24 * s.GetProperty("transit").GetProperty("meanDays").GetDouble()),
            s.GetProperty("generalisedCostUsdPerTeu").GetDouble(),
            0.02));
        long delivered = streams.Sum(s => s.GetProperty("deliveredContainers").GetInt64());
        Assert.Equal(delivered + 1, File.ReadAllLines(Path.Combine(folder, "shipments.csv")).Length);
        Assert.DoesNotContain(Directory.GetFiles(folder, "*", SearchOption.AllDirectories), f => f.Contains(".tmp", StringComparison.Ordinal));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void An_out_folder_that_cannot_be_written_is_a_clear_error_before_the_run()
    {
        string file = Path.Combine(Path.GetTempPath(), $"corridorsim-file-{Guid.NewGuid():N}");
        File.WriteAllText(file, "not a folder");

        var (code, output, error) = CliRunner.Run("run", "--years", "0.1", "--out", file);
        File.Delete(file);

        Assert.Equal(2, code);
        Assert.Contains("cannot write results to", error, StringComparison.Ordinal);
        Assert.Contains("it is a file, not a folder", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Cargo conserved", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_option_gets_one_error_with_a_suggestion()
    {
        var (code, output, error) = CliRunner.Run("run", "--yeras", "2");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("error: unknown option '--yeras'; did you mean '--years'?", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n'), line => line.StartsWith("error:", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_runs_with_the_same_seed_write_byte_identical_results()
    {
        string a = Path.Combine(Path.GetTempPath(), $"corridorsim-a-{Guid.NewGuid():N}");
        string b = Path.Combine(Path.GetTempPath(), $"corridorsim-b-{Guid.NewGuid():N}");

        CliRunner.Run("run", "--years", "0.2", "--seed", "11", "--out", a);
        CliRunner.Run("run", "--years", "0.2", "--seed", "11", "--out", b);

        foreach (string file in new[] { "summary.json", "kpis.csv", "timeseries.csv", "scenario.resolved.json" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, file)), File.ReadAllBytes(Path.Combine(b, file)));
        }

        Directory.Delete(a, recursive: true);
        Directory.Delete(b, recursive: true);
    }

    [Fact]
    public void A_scenario_with_mistakes_is_reported_with_fixes_and_exit_code_2()
    {
        string folder = Directory.CreateTempSubdirectory("corridorsim-").FullName;
        string path = Path.Combine(folder, "bad.json");
        File.WriteAllText(path, """
            {
              "name": "bad",
              "streams": [
                { "id": "s", "origin": "xain", "destination": "sofia", "teuPerYear": 1000, "sources": ["S01"] },
              ],
              "overrides": { "nodes": { "aktua": { "servers": 8 } } },
            }
            """);

        var (code, output, error) = CliRunner.Run("run", path, "--out", Path.Combine(folder, "out"));

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("did you mean \"aktau\"", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "out")), "nothing is written for a bad scenario");
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void The_resolved_scenario_repeats_the_run_it_came_from()
    {
        string first = Path.Combine(Path.GetTempPath(), $"corridorsim-r1-{Guid.NewGuid():N}");
        string second = Path.Combine(Path.GetTempPath(), $"corridorsim-r2-{Guid.NewGuid():N}");

        CliRunner.Run("run", "--years", "0.1", "--seed", "5", "--out", first);
        var (code, _, error) = CliRunner.Run("run", Path.Combine(first, "scenario.resolved.json"), "--out", second);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal(File.ReadAllBytes(Path.Combine(first, "summary.json")), File.ReadAllBytes(Path.Combine(second, "summary.json")));
        Directory.Delete(first, recursive: true);
        Directory.Delete(second, recursive: true);
    }

    [Fact]
    public void The_resolved_copy_of_a_scenario_that_extends_another_is_self_contained_and_repeats_the_run()
    {
        string folder = Directory.CreateTempSubdirectory("corridorsim-extends-").FullName;
        File.WriteAllText(Path.Combine(folder, "busier.json"), """
            {
              // baseline-2024.json is not in this folder: the built-in one is extended.
              "extends": "baseline-2024.json",
              "name": "Busier",
              "years": 0.1,
              "demandScale": 1.2,
              "overrides": { "nodes": { "aktau": { "capacityTeuPerDay": 500 } } },
              "closures": [ { "target": "alashankou", "startDay": 5, "endDay": 8 } ]
            }
            """);
        string alone = Path.Combine(folder, "alone");
        Directory.CreateDirectory(alone);

        var (code, output, _) = CliRunner.Run("run", Path.Combine(folder, "busier.json"), "--out", Path.Combine(folder, "first"));
        File.Copy(Path.Combine(folder, "first", "scenario.resolved.json"), Path.Combine(alone, "resolved.json"));
        var (rerunCode, _, rerunError) = CliRunner.Run("run", Path.Combine(alone, "resolved.json"), "--out", Path.Combine(folder, "second"));

        Assert.Equal(0, code);
        Assert.Contains("Busier: seed 2024", output, StringComparison.Ordinal);
        Assert.Contains("Planned closures: alashankou days 5–8 after the warm-up.", output, StringComparison.Ordinal);
        Assert.Contains("closure:alashankou,closedDays,days,1,3,", File.ReadAllText(Path.Combine(folder, "first", "kpis.csv")), StringComparison.Ordinal);
        Assert.Equal(0, rerunCode);
        Assert.Equal(string.Empty, rerunError);
        using var resolved = JsonDocument.Parse(File.ReadAllText(Path.Combine(alone, "resolved.json")));
        Assert.False(resolved.RootElement.TryGetProperty("extends", out _));
        Assert.False(resolved.RootElement.TryGetProperty("demandScale", out _));
        Assert.Equal(7, resolved.RootElement.GetProperty("streams").GetArrayLength());
        Assert.Equal(21000 * 1.2, resolved.RootElement.GetProperty("streams")[0].GetProperty("teuPerYear").GetDouble(), 9);
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "first", "summary.json")), File.ReadAllBytes(Path.Combine(folder, "second", "summary.json")));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void The_time_breakdown_puts_each_category_in_its_own_column_on_every_row()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"corridorsim-table-{Guid.NewGuid():N}");

        var (code, output, _) = CliRunner.Run("run", "--years", "0.1", "--out", folder);
        Directory.Delete(folder, recursive: true);

        Assert.Equal(0, code);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        int header = lines.FindIndex(l => l.StartsWith("stream ", StringComparison.Ordinal));
        var rows = lines.Skip(header + 1).TakeWhile(l => !l.StartsWith("all containers", StringComparison.Ordinal)).ToList();
        string[] categories = ["move", "handle", "border", "gauge", "consol", "queue", "disrupt"];
        var columnEnds = categories.Select(c => lines[header].IndexOf(" " + c, StringComparison.Ordinal) is int at and >= 0 ? at + 1 + c.Length : -1).ToList();
        Assert.Equal(7, rows.Count);
        Assert.DoesNotContain(-1, columnEnds);
        Assert.True(lines[header].Length <= 160, $"header is {lines[header].Length} characters wide");
        foreach (string row in rows)
        {
            Assert.Equal(lines[header].Length, row.Length);
            foreach (int end in columnEnds)
            {
                string cell = row[(end - 8)..end];
                Assert.True(cell == "       –" || System.Text.RegularExpressions.Regex.IsMatch(cell, @"^ +\d+\.\d$"), $"'{cell}' in row '{row}'");
            }
        }

        // The Kazakhstan streams change no gauge: their gauge column is a dash, and their consolidation figure still sits under "consol".
        Assert.Contains(rows, r => r[(columnEnds[3] - 8)..columnEnds[3]] == "       –");
    }
}
