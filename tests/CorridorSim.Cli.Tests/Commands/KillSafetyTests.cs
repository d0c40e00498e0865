using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CorridorSim.Input;
using CorridorSim.Output;
using CorridorSim.Results;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Commands;

/// <summary>
/// <c>run</c> and <c>compare</c> killed (SIGKILL) at random moments: the folder holds the previous
/// complete results or the new complete ones, never a mix or a half-written file, and what the kill
/// left beside it is cleaned by the next run.
/// </summary>
public sealed class KillSafetyTests : IDisposable
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly string _parent = Path.Combine(Path.GetTempPath(), $"corridorsim-kill-{Guid.NewGuid():N}");

    [Fact]
    [Trait("Speed", "Slow")]
    public void A_run_killed_at_any_moment_leaves_the_previous_complete_results_or_the_new_ones()
    {
        string folder = Path.Combine(_parent, "results");
        string[] Run(ulong seed, bool shipments = true) =>
            ["run", "--years", "0.3", "--seed", seed.ToString(Inv), .. shipments ? new[] { "--shipments" } : [], "--out", folder, "--quiet"];

        int runMilliseconds = ShorterOfTwoRuns(seed => Run(seed));
        AssertComplete(folder, [100]);

        // Kills spread over a run's length: start-up, model building, simulation, writing the files and charts, publishing.
        int kills = KillAtRandomMoments(seed => Run(seed), runMilliseconds, seeds => AssertComplete(folder, seeds));

        Assert.True(kills >= 5, $"only {kills} of 10 runs were killed before they finished");
        var last = CliRunner.Run(Run(200, shipments: false));
        Assert.Equal(0, last.ExitCode);
        AssertComplete(folder, [200], shipments: false);
        Assert.Equal(["results"], Directory.EnumerateFileSystemEntries(_parent).Select(Path.GetFileName));
    }

    [Fact]
    [Trait("Speed", "Slow")]
    public void A_comparison_killed_at_any_moment_leaves_the_previous_complete_comparison_or_the_new_one()
    {
        string folder = Path.Combine(_parent, "comparison");
        string whatIf = Path.Combine(RepositoryRoot.Path, "scenarios", "caspian-storm-winter.json");
        string[] Compare(ulong seed) => ["compare", whatIf, "--years", "0.3", "--replications", "2", "--seed", seed.ToString(Inv), "--out", folder, "--quiet"];

        int runMilliseconds = ShorterOfTwoRuns(Compare);
        AssertComparisonComplete(folder, [100]);

        // Kills while the scenarios run, while compare.csv and compare.json are written, and while each scenario's folder and charts are.
        int kills = KillAtRandomMoments(Compare, runMilliseconds, seeds => AssertComparisonComplete(folder, seeds));

        Assert.True(kills >= 5, $"only {kills} of 10 comparisons were killed before they finished");
        var last = CliRunner.Run(Compare(200));
        Assert.Equal(0, last.ExitCode);
        AssertComparisonComplete(folder, [200]);
        Assert.Equal(["comparison"], Directory.EnumerateFileSystemEntries(_parent).Select(Path.GetFileName));
    }

    public void Dispose()
    {
        if (Directory.Exists(_parent))
        {
            Directory.Delete(_parent, recursive: true);
        }
    }

    /// <summary>The shorter of two complete runs with seeds 99 and 100 (the first of a process is slower, and the kills must fall inside a run), in milliseconds.</summary>
    private static int ShorterOfTwoRuns(Func<ulong, string[]> args)
    {
        int runMilliseconds = int.MaxValue;
        foreach (ulong seed in new ulong[] { 99, 100 })
        {
            var clock = Stopwatch.StartNew();
            using var whole = Start(args(seed));
            Assert.True(whole.WaitForExit(60_000));
            Assert.Equal(0, whole.ExitCode);
            runMilliseconds = Math.Min(runMilliseconds, (int)clock.ElapsedMilliseconds);
        }

        return runMilliseconds;
    }

    /// <summary>
    /// Ten runs with seeds 101–110, each killed after a random time within <paramref name="runMilliseconds"/>
    /// unless it finished first; after each, <paramref name="assertComplete"/> checks the folder holds the
    /// last complete run's results or this one's, and returns whose. Returns how many were killed.
    /// </summary>
    private static int KillAtRandomMoments(Func<ulong, string[]> args, int runMilliseconds, Func<IReadOnlyCollection<ulong>, ulong?> assertComplete)
    {
        var random = new Random(20261202);
        ulong complete = 100;
        int kills = 0;
        for (int k = 1; k <= 10; k++)
        {
            ulong seed = 100 + (ulong)k;
            using var run = Start(args(seed));
            Thread.Sleep(random.Next(runMilliseconds / 20, runMilliseconds * 9 / 10));
            bool killed = !run.HasExited;
            if (killed)
            {
                run.Kill(entireProcessTree: true);
                kills++;
            }

            Assert.True(run.WaitForExit(30_000));
            if (!killed)
            {
                Assert.Equal(0, run.ExitCode);
            }

            // The last complete run's results, or this one's if it got as far as publishing them.
            complete = assertComplete([complete, seed]) ?? complete;
        }

        return kills;
    }

    private static Process Start(params string[] args) => DotnetProcess.StartCorridorSim(args);

    /// <summary>The folder, if there, holds one complete run of one of <paramref name="seeds"/>: every file whole and of that run, nothing else.</summary>
    private static ulong? AssertComplete(string folder, IReadOnlyCollection<ulong> seeds, bool shipments = true)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var entries = Entries(folder);
        string[] expected = shipments
            ? ["charts", "kpis.csv", "report.html", "scenario.resolved.json", "shipments.csv", "summary.json", "timeseries.csv"]
            : ["charts", "kpis.csv", "report.html", "scenario.resolved.json", "summary.json", "timeseries.csv"];
        Assert.Equal(expected, entries);

        var result = RunResultJson.Read(File.ReadAllText(Path.Combine(folder, "summary.json")));
        Assert.Contains(result.Info.Seed, seeds);
        foreach (string csv in new[] { "kpis.csv", "timeseries.csv" })
        {
            var lines = File.ReadAllLines(Path.Combine(folder, csv));
            Assert.True(lines.Length > 10, $"{csv} has {lines.Length} lines");
        }

        var resolved = ScenarioLoader.LoadFile(Path.Combine(folder, "scenario.resolved.json"));
        Assert.True(resolved.Succeeded, string.Join("; ", resolved.Errors));
        Assert.Equal(result.Info.Seed, resolved.Value!.Seed);
        if (shipments)
        {
            // One row per container delivered in the measured period, and a header.
            long rows = File.ReadLines(Path.Combine(folder, "shipments.csv")).LongCount() - 1;
            Assert.Equal(result.Total.DeliveredContainers, rows);
        }

        AssertCharts(folder);
        return result.Info.Seed;
    }

    /// <summary>
    /// The folder, if there, holds one complete comparison of one of <paramref name="seeds"/>: compare.csv
    /// and compare.json whole and alike, its report.html, and each scenario's folder whole and of the same seeds, nothing else.
    /// </summary>
    private static ulong? AssertComparisonComplete(string folder, IReadOnlyCollection<ulong> seeds)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        string[] scenarios = ["1-baseline-2024", "2-caspian-storm-winter"];
        Assert.Equal([.. scenarios, "charts", "compare.csv", "compare.json", "report.html"], Entries(folder));
        Assert.Equal(["difference-2.png", "difference-2.svg"], Entries(Path.Combine(folder, "charts")));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "compare.json")));
        ulong seed = json.RootElement.GetProperty("seeds")[0].GetUInt64();
        Assert.Contains(seed, seeds);
        Assert.Equal([seed, seed + 1], json.RootElement.GetProperty("seeds").EnumerateArray().Select(e => e.GetUInt64()));
        var differences = json.RootElement.GetProperty("differences").EnumerateArray().Select(d => $"{d.GetProperty("component").GetString()},{d.GetProperty("measure").GetString()}").ToList();
        var rows = CsvRows(Path.Combine(folder, "compare.csv"), 14);
        Assert.Equal(differences, rows.Select(r => $"{r[1]},{r[2]}"));
        Assert.All(rows, r => Assert.Equal("Caspian storm winter", r[0]));

        foreach (string scenario in scenarios)
        {
            string sub = Path.Combine(folder, scenario);
            Assert.Equal(["charts", "kpis.csv", "replications.csv", "report.html", "runs", "scenario.resolved.json", "summary.json", "timeseries.csv"], Entries(sub));
            using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(sub, "summary.json")));
            Assert.Equal(seed, summary.RootElement.GetProperty("seed").GetUInt64());
            Assert.Equal(["replication-001.json", "replication-002.json"], Entries(Path.Combine(sub, RunFolder.RunsFolder)));
            Assert.Equal([seed, seed + 1], RunFolder.ReadRuns(sub).Select(r => r.Info.Seed));
            Assert.Equal([seed.ToString(Inv), (seed + 1).ToString(Inv)], CsvRows(Path.Combine(sub, "replications.csv"), 6).Select(r => r[1]).Distinct());
            Assert.True(CsvRows(Path.Combine(sub, "kpis.csv"), 6).Count > 10);
            Assert.True(CsvRows(Path.Combine(sub, "timeseries.csv"), 7).Count > 10);
            var resolved = ScenarioLoader.LoadFile(Path.Combine(sub, "scenario.resolved.json"));
            Assert.True(resolved.Succeeded, string.Join("; ", resolved.Errors));
            Assert.Equal(seed, resolved.Value!.Seed);
            AssertCharts(sub);
        }

        return seed;
    }

    /// <summary>The rows of a whole CSV file whose fields hold no comma: every line, the last one too, ended and of <paramref name="columns"/> fields.</summary>
    private static List<string[]> CsvRows(string path, int columns)
    {
        string text = File.ReadAllText(path);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        var rows = text[..^1].Split('\n').Skip(1).Select(line => line.Split(',')).ToList();
        Assert.All(rows, r => Assert.Equal(columns, r.Length));
        return rows;
    }

    private static void AssertCharts(string folder)
    {
        var charts = Directory.GetFiles(Path.Combine(folder, "charts")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(Charts.RunCharts.Names.Append(Charts.RunReport.FlowsChart).SelectMany(n => new[] { n + ".png", n + ".svg" }).Order(StringComparer.Ordinal), charts);
        foreach (string png in Directory.GetFiles(Path.Combine(folder, "charts"), "*.png"))
        {
            var head = File.ReadAllBytes(png).AsSpan(0, 8).ToArray();
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, head);
        }

        foreach (string svg in Directory.GetFiles(Path.Combine(folder, "charts"), "*.svg"))
        {
            Assert.EndsWith("</svg>", File.ReadAllText(svg).TrimEnd(), StringComparison.Ordinal);
        }
    }

    private static List<string?> Entries(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)];
}
