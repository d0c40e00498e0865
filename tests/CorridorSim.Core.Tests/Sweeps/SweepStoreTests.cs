using System.Text.Json.Nodes;
using CorridorSim.Sweeps;

namespace CorridorSim.Tests.Sweeps;

/// <summary>The store keeps runs committed together as it keeps runs committed one by one, and reads them back whole.</summary>
public sealed class SweepStoreTests : IDisposable
{
    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal) { ["transitMeanDays"] = "days", ["saturated"] = "0/1" };

    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-sweep-store-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Runs_committed_in_one_flush_read_back_as_runs_committed_one_at_a_time()
    {
        SweepRun[] runs =
        [
            Run(0, 1, ("total/transitMeanDays", 9.5)),
            Run(0, 2, ("total/transitMeanDays", 10.25), ("node:x/saturated", 1)),
            Run(1, 1, ("node:x/saturated", double.NaN)),
        ];
        var fingerprint = new JsonObject { ["name"] = "store" };
        using (var together = SweepStore.Open(Path.Combine(_folder, "together"), fingerprint))
        {
            together.Commit(runs, Units);
        }

        using (var apart = SweepStore.Open(Path.Combine(_folder, "apart"), fingerprint))
        {
            foreach (var run in runs)
            {
                apart.Commit(run, Units);
            }
        }

        var (_, read, units) = SweepStore.Read(Path.Combine(_folder, "together"));

        Assert.Equal(File.ReadAllBytes(Path.Combine(_folder, "apart", SweepStore.LogFile)), File.ReadAllBytes(Path.Combine(_folder, "together", SweepStore.LogFile)));
        Assert.Equal(runs.Select(Describe), read.Select(Describe));
        Assert.Equal(Units, units);
    }

    private static SweepRun Run(int point, int replication, params (string Key, double Value)[] kpis) =>
        new(point, replication, (ulong)(2024 + replication), kpis.ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal));

    /// <summary>A run's figures, those it did not measure (NaN, as a run read back has for a key it lacks) left out.</summary>
    private static string Describe(SweepRun run) =>
        $"{run.Point}/{run.Replication}/{run.Seed}: " + string.Join(", ", run.Kpis.Where(k => double.IsFinite(k.Value)).OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key}={k.Value:R}"));
}
