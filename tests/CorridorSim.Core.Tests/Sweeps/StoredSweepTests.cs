using System.Text.Json.Nodes;
using CorridorSim.Input;
using CorridorSim.Sweeps;

namespace CorridorSim.Tests.Sweeps;

/// <summary>A sweep's folder reads back into everything its charts and report are drawn from: the design's points with their Morris trajectories, the runs, and how many runs of the sweep a shard or an unfinished folder lacks.</summary>
public sealed class StoredSweepTests : IDisposable
{
    private static readonly SweepSpec Spec = new(
        "Fleet and demand",
        ScenarioLoader.LoadBuiltIn("baseline-2024.json", years: 0.05).ValueOrThrow() with { WarmUpDays = 5 },
        [
            new SweepFactor("feederFleet", "/overrides/links/aktau-alat-feeder/fleet", FactorDomain.Range(3, 9, whole: true)),
            new SweepFactor("demand", "/streams/china-azerbaijan/teuPerYear", FactorDomain.List([JsonValue.Create(15000), JsonValue.Create(30000)])),
        ],
        new SweepDesign(DesignKind.Morris, Trajectories: 2),
        Replications: 2)
    {
        Description = "A toy screening.",
    };

    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-stored-sweep-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_whole_sweeps_folder_reads_back_its_design_runs_and_screening_as_the_runner_had_them()
    {
        string folder = Path.Combine(_folder, "whole");
        var outcome = SweepRunner.Run(Spec, folder, cancellationToken: TestContext.Current.CancellationToken);

        var stored = StoredSweep.Read(folder);

        Assert.Equal(("Fleet and demand", "A toy screening."), (stored.Name, stored.Description));
        Assert.Equal((Spec.Base.Name, 0.05), (stored.BaseName, stored.Years));
        Assert.Equal(Spec.Factors.Select(f => (f.Name, f.Target)), stored.Factors);
        Assert.Equal(DesignKind.Morris, stored.Design);
        Assert.Equal(Describe(Spec.Points()), Describe(stored.Points));
        Assert.Equal(outcome.Runs.Select(r => (r.Point, r.Replication, r.Seed, r.Kpis["total/transitMeanDays"])), stored.Runs.Select(r => (r.Point, r.Replication, r.Seed, r.Kpis["total/transitMeanDays"])));
        Assert.Equal((12, 12, 0, true), (stored.TotalRuns, stored.ShareRuns, stored.MissingRuns, stored.IsComplete));
        var means = outcome.Runs.GroupBy(r => r.Point).ToDictionary(g => g.Key, g => g.Average(r => r.Kpis["total/transitMeanDays"]));
        Assert.Equal(MorrisScreening.Analyse(Spec.Factors, outcome.Points, p => means[p]), stored.Screen("total/transitMeanDays"));
    }

    [Fact]
    public void A_shards_folder_says_which_shard_it_is_and_how_many_of_the_sweeps_runs_it_lacks()
    {
        string folder = Path.Combine(_folder, "shard");
        SweepRunner.Run(Spec, folder, new SweepRunOptions { ShardIndex = 1, ShardCount = 5 }, cancellationToken: TestContext.Current.CancellationToken);

        var stored = StoredSweep.Read(folder);

        Assert.Equal((1, 5), (stored.ShardIndex, stored.ShardCount));
        Assert.Equal([1, 6, 11], stored.Runs.Select(r => (r.Point * 2) + r.Replication - 1));
        Assert.Equal((12, 3, 9, false), (stored.TotalRuns, stored.ShareRuns, stored.MissingRuns, stored.IsComplete));
    }

    [Fact]
    public void A_grid_is_not_screened_and_a_folder_without_a_sweep_is_refused_naming_it()
    {
        string folder = Path.Combine(_folder, "grid");
        SweepRunner.Run(Spec with { Design = new SweepDesign(DesignKind.Grid), Replications = 1 }, folder, cancellationToken: TestContext.Current.CancellationToken);

        var stored = StoredSweep.Read(folder);
        var e = Assert.Throws<InvalidDataException>(() => StoredSweep.Read(_folder));

        Assert.Null(stored.Screen("total/transitMeanDays"));
        Assert.All(stored.Points, p => Assert.Null(p.Trajectory));
        Assert.Contains("holds no sweep.json", e.Message, StringComparison.Ordinal);
    }

    private static List<string> Describe(IEnumerable<SweepPoint> points) =>
        [.. points.Select(p => $"{p.Index} {p.Trajectory} {p.Changed} [{string.Join(",", p.Unit.Select(u => u.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}] [{string.Join(",", p.Values.Select(v => v?.ToJsonString()))}]")];
}
