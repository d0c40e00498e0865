using System.Diagnostics;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Commands;

/// <summary>A sweep killed (SIGKILL) part way: the same command resumes it without running a finished run again, and ends with the same results, byte for byte, as a sweep never interrupted.</summary>
public sealed class SweepKillTests : IDisposable
{
    private static readonly string[] Results = ["runs.parquet", "points.parquet", "results.csv", "points.csv"];

    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-sweep-kill-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [Trait("Speed", "Slow")]
    [InlineData(2)]
    [InlineData(11)]
    public void A_sweep_killed_after_some_runs_resumes_to_the_results_of_one_never_interrupted(int committed)
    {
        string spec = SweepExample.Shortened(_folder);
        string whole = Path.Combine(_folder, "whole"), killed = Path.Combine(_folder, "killed");
        Assert.Equal(0, CliRunner.Run("sweep", spec, "--out", whole, "--quiet").ExitCode);

        // A child process killed once it has committed some runs, with more in flight.
        using (var child = Start("sweep", spec, "--out", killed, "--quiet", "--parallel", "2"))
        {
            string log = Path.Combine(killed, "runs.log");
            var clock = Stopwatch.StartNew();
            while (Lines(log) < committed && !child.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                Thread.Sleep(5);
            }

            Assert.False(child.HasExited, "the sweep finished before it could be killed");
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }

        int before = Lines(Path.Combine(killed, "runs.log"));
        var (code, output, error) = CliRunner.Run("sweep", spec, "--out", killed, "--quiet");

        Assert.True(code == 0, error);
        Assert.InRange(before, committed, 17);
        Assert.Contains($"ran {18 - before} ", output, StringComparison.Ordinal);
        Assert.Contains($"{before} already done", output, StringComparison.Ordinal);
        foreach (string file in Results)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(whole, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(killed, file))), $"{file} differs from the uninterrupted sweep's");
        }
    }

    /// <summary>Whole lines (runs committed) in the log, 0 while there is none.</summary>
    private static int Lines(string log)
    {
        try
        {
            using var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            int count = 0, b;
            while ((b = stream.ReadByte()) >= 0)
            {
                count += b == '\n' ? 1 : 0;
            }

            return count;
        }
        catch (FileNotFoundException)
        {
            return 0;
        }
        catch (DirectoryNotFoundException)
        {
            return 0;
        }
    }

    private static Process Start(params string[] args) => DotnetProcess.StartCorridorSim(args);
}
