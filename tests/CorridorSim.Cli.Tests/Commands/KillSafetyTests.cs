using System.Diagnostics;
using CorridorSim.Input;
using CorridorSim.Output;
using CorridorSim.Results;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Commands;

/// <summary>
/// <c>run</c> killed (SIGKILL) at random moments: its folder holds the previous complete results
/// or the new complete ones, never a mix or a half-written file, and what the kill left beside it
/// is cleaned by the next run.
/// </summary>
public sealed class KillSafetyTests : IDisposable
{
    private readonly string _parent = Path.Combine(Path.GetTempPath(), $"corridorsim-kill-{Guid.NewGuid():N}");

    [Fact]
    public void A_run_killed_at_any_moment_leaves_the_previous_complete_results_or_the_new_ones()
    {
        string folder = Path.Combine(_parent, "results");

        // The shorter of two complete runs: the first of a process is slower, and the kills must fall inside a run.
        int runMilliseconds = int.MaxValue;
        foreach (string seed in new[] { "99", "100" })
        {
            var clock = Stopwatch.StartNew();
            using var whole = Start("run", "--years", "0.3", "--seed", seed, "--shipments", "--out", folder, "--quiet");
            Assert.True(whole.WaitForExit(60_000));
            Assert.Equal(0, whole.ExitCode);
            runMilliseconds = Math.Min(runMilliseconds, (int)clock.ElapsedMilliseconds);
        }

        AssertComplete(folder, [100]);

        // Kills spread over a run's length: start-up, model building, simulation, writing the files and charts, publishing.
        var random = new Random(20261202);
        ulong complete = 100;
        int kills = 0;
        for (int k = 1; k <= 10; k++)
        {
            ulong seed = 100 + (ulong)k;
            using var run = Start("run", "--years", "0.3", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--shipments", "--out", folder, "--quiet");
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
            complete = AssertComplete(folder, [complete, seed]) ?? complete;
        }

        Assert.True(kills >= 5, $"only {kills} of 10 runs were killed before they finished");
        var last = CliRunner.Run("run", "--years", "0.3", "--seed", "200", "--out", folder, "--quiet");
        Assert.Equal(0, last.ExitCode);
        AssertComplete(folder, [200], shipments: false);
        Assert.Equal(["results"], Directory.EnumerateFileSystemEntries(_parent).Select(Path.GetFileName));
    }

    public void Dispose()
    {
        if (Directory.Exists(_parent))
        {
            Directory.Delete(_parent, recursive: true);
        }
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(DotnetProcess.DotnetRoot, "dotnet")) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "corridorsim.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <summary>The folder, if there, holds one complete run of one of <paramref name="seeds"/>: every file whole and of that run, nothing else.</summary>
    private static ulong? AssertComplete(string folder, IReadOnlyCollection<ulong> seeds, bool shipments = true)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var entries = Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        string[] expected = shipments
            ? ["charts", "kpis.csv", "scenario.resolved.json", "shipments.csv", "summary.json", "timeseries.csv"]
            : ["charts", "kpis.csv", "scenario.resolved.json", "summary.json", "timeseries.csv"];
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

        var charts = Directory.GetFiles(Path.Combine(folder, "charts")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["throughput.png", "throughput.svg", "transit-times.png", "transit-times.svg"], charts);
        foreach (string png in Directory.GetFiles(Path.Combine(folder, "charts"), "*.png"))
        {
            var head = File.ReadAllBytes(png).AsSpan(0, 8).ToArray();
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, head);
        }

        return result.Info.Seed;
    }
}
