using System.Text.Json.Nodes;
using CorridorSim.Input;
using CorridorSim.Sweeps;

namespace CorridorSim.Tests.Sweeps;

/// <summary>A sweep runs its points × replications into a store that survives a crash, resumes without running a finished run again, refuses another sweep's folder, and splits into shards whose union is the whole.</summary>
public sealed class SweepRunnerTests : IDisposable
{
    private static readonly SweepSpec Spec = new(
        "Fleet",
        ScenarioLoader.LoadBuiltIn("baseline-2024.json", years: 0.1).ValueOrThrow() with { WarmUpDays = 10 },
        [new SweepFactor("feederFleet", "/overrides/links/aktau-alat-feeder/fleet", FactorDomain.List([JsonValue.Create(3), JsonValue.Create(9)]))],
        new SweepDesign(DesignKind.Grid),
        Replications: 3);

    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-sweep-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Every_point_runs_every_replication_with_the_same_seeds_at_every_point()
    {
        var outcome = SweepRunner.Run(Spec, Folder("all"), new SweepRunOptions { Parallelism = 2 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(6, outcome.Runs.Count);
        Assert.Equal(6, outcome.Ran);
        Assert.Equal([(0, 1), (0, 2), (0, 3), (1, 1), (1, 2), (1, 3)], outcome.Runs.Select(r => (r.Point, r.Replication)));
        Assert.Equal(outcome.Runs.Where(r => r.Point == 0).Select(r => r.Seed), outcome.Runs.Where(r => r.Point == 1).Select(r => r.Seed));
        Assert.All(outcome.Runs, r => Assert.True(r.Kpis["total/deliveredTeuPerYear"] > 0));
        Assert.Equal("TEU/year", outcome.Units["deliveredTeuPerYear"]);
    }

    [Fact]
    public void A_rerun_resumes_runs_only_what_is_missing_and_ignores_a_torn_last_line()
    {
        string folder = Folder("resume");
        var whole = SweepRunner.Run(Spec, Folder("whole"), cancellationToken: TestContext.Current.CancellationToken);
        SweepRunner.Run(Spec, folder, cancellationToken: TestContext.Current.CancellationToken);

        // A crash: the last two runs never committed, the one in flight torn mid-line.
        string log = Path.Combine(folder, SweepStore.LogFile);
        var lines = File.ReadAllLines(log);
        File.WriteAllText(log, string.Join("\n", lines[..4]) + "\n" + lines[4][..(lines[4].Length / 2)]);
        var resumed = SweepRunner.Run(Spec, folder, cancellationToken: TestContext.Current.CancellationToken);
        var again = SweepRunner.Run(Spec, folder, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((2, 4), (resumed.Ran, resumed.Resumed));
        Assert.Equal((0, 6), (again.Ran, again.Resumed));
        Assert.Equal(Values(whole), Values(resumed));
        Assert.Equal(6, File.ReadAllLines(log).Length);
    }

    [Fact]
    public void A_folder_holding_another_sweep_is_refused_naming_what_differs()
    {
        string folder = Folder("changed");
        SweepRunner.Run(Spec with { Replications = 1 }, folder, cancellationToken: TestContext.Current.CancellationToken);

        var e = Assert.Throws<SweepChangedException>(() => SweepRunner.Run(Spec with { Replications = 2 }, folder, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("replications", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("points", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shards_run_disjoint_shares_whose_union_equals_the_whole_sweep()
    {
        var whole = SweepRunner.Run(Spec, Folder("single"), cancellationToken: TestContext.Current.CancellationToken);
        var shards = Enumerable.Range(0, 4).Select(i => SweepRunner.Run(Spec, Folder($"shard-{i}"), new SweepRunOptions { ShardIndex = i, ShardCount = 4 }, cancellationToken: TestContext.Current.CancellationToken)).ToList();

        var union = shards.SelectMany(s => s.Runs).OrderBy(r => r.Point).ThenBy(r => r.Replication).ToList();

        Assert.Equal(whole.Runs.Count, union.Count);
        Assert.Equal(union.Count, union.Select(r => (r.Point, r.Replication)).Distinct().Count());
        Assert.Equal(Values(whole.Runs), Values(union));
    }

    [Fact]
    public void A_value_a_point_cannot_take_stops_the_sweep_naming_the_point_and_the_value()
    {
        var bad = Spec with { Factors = [new SweepFactor("feederFleet", "/overrides/links/aktau-alat-feeder/fleet", FactorDomain.List([JsonValue.Create(3), JsonValue.Create(-2)]))], Replications = 1 };

        var e = Assert.Throws<SweepPointException>(() => SweepRunner.Run(bad, Folder("bad"), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(1, e.Point);
        Assert.Contains("feederFleet = -2", e.Message, StringComparison.Ordinal);
    }

    private static List<string> Values(SweepOutcome outcome) => Values(outcome.Runs);

    private static List<string> Values(IEnumerable<SweepRun> runs) =>
        [.. runs.Select(r => $"{r.Point}/{r.Replication}/{r.Seed}:" + string.Join(",", r.Kpis.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key}={k.Value:R}")))];

    private string Folder(string name) => Path.Combine(_folder, name);
}
