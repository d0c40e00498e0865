using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using CorridorSim.Experiments;
using CorridorSim.Model.Corridor;
using CorridorSim.Scenarios;

namespace CorridorSim.Sweeps;

/// <summary>
/// Runs a sweep's points × replications on every core into its <see cref="SweepStore"/>, each
/// run committed as it finishes; run again on the same folder it runs only what is not done. A
/// run's seed depends only on its replication (and the point's scenario seed), so every point
/// sees the same random numbers (common random numbers) and a run's result does not depend on
/// which machine, shard or session ran it.
/// </summary>
public static class SweepRunner
{
    /// <summary>
    /// What identifies the sweep in its folder, and all its charts and report need when drawn from
    /// the folder alone (<see cref="StoredSweep"/>): its name and description, the resolved base
    /// scenario, the factors, every point's values and place in the unit cube (<c>unit</c>) and, in
    /// a Morris design, its trajectory and the factor its step changed (<c>morris</c>), the
    /// replications and the shard; a folder holding another fingerprint is refused.
    /// </summary>
    public static JsonObject Fingerprint(SweepSpec spec, IReadOnlyList<SweepPoint> points, SweepRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(options);
        var fingerprint = new JsonObject { ["name"] = spec.Name };
        if (spec.Description is string description)
        {
            fingerprint["description"] = description;
        }

        fingerprint["base"] = SweepScenario.Resolve(spec.Base);
        fingerprint["factors"] = new JsonArray([.. spec.Factors.Select(f => (JsonNode?)new JsonObject { ["name"] = f.Name, ["pointer"] = f.Target })]);
        fingerprint["design"] = spec.Design.Kind.ToString();
        fingerprint["points"] = new JsonArray([.. points.Select(p => (JsonNode?)new JsonArray([.. p.Values.Select(v => v?.DeepClone())]))]);
        fingerprint["unit"] = new JsonArray([.. points.Select(p => (JsonNode?)new JsonArray([.. p.Unit.Select(u => (JsonNode?)JsonValue.Create(u))]))]);
        if (spec.Design.Kind == DesignKind.Morris)
        {
            fingerprint["morris"] = new JsonArray([.. points.Select(p => (JsonNode?)new JsonArray(JsonValue.Create(p.Trajectory), JsonValue.Create(p.Changed)))]);
        }

        fingerprint["replications"] = spec.Replications;
        fingerprint["shard"] = string.Create(CultureInfo.InvariantCulture, $"{options.ShardIndex}/{options.ShardCount}");
        return fingerprint;
    }

    /// <summary>
    /// Runs the runs of <paramref name="spec"/> that are this shard's and not yet in the store in
    /// <paramref name="folder"/>, reporting each finished run to <paramref name="progress"/>;
    /// cancelled, it stops starting runs and returns once those in flight are committed or dropped.
    /// </summary>
    /// <exception cref="SweepChangedException">The folder holds another sweep.</exception>
    /// <exception cref="SweepPointException">A point's scenario does not load.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; the runs finished are kept.</exception>
    public static SweepOutcome Run(SweepSpec spec, string folder, SweepRunOptions? options = null, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        options ??= new SweepRunOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ShardCount, 1);
        if (options.ShardIndex < 0 || options.ShardIndex >= options.ShardCount)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"Shard {options.ShardIndex} of {options.ShardCount} does not exist: shards are numbered from 0 to {options.ShardCount - 1}.");
        }

        var points = spec.Points();
        int r = spec.Replications;
        var mine = Enumerable.Range(0, points.Count * r).Where(k => k % options.ShardCount == options.ShardIndex).ToList();
        using var store = SweepStore.Open(folder, Fingerprint(spec, points, options));
        var pending = mine.Where(k => !store.Has(k / r, (k % r) + 1)).ToList();
        int resumed = mine.Count - pending.Count, done = resumed;
        progress?.Report(new SweepProgress(done, mine.Count, resumed));

        var resolved = SweepScenario.Resolve(spec.Base);
        // A point's scenario and its routes, found once and shared by the point's replications.
        var scenarios = new ConcurrentDictionary<int, Lazy<(Scenario Scenario, IReadOnlyList<Routing.Route> Routes)>>();
        var left = new ConcurrentDictionary<int, int>(pending.GroupBy(k => k / r).ToDictionary(g => g.Key, g => g.Count()));
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism ?? Environment.ProcessorCount, CancellationToken = cancellationToken };
        try
        {
            // One run at a time to whichever worker is free: runs take tens of milliseconds or more,
            // and chunks handed out ahead would leave a core idle at the end.
            Parallel.ForEach(Partitioner.Create(pending, EnumerablePartitionerOptions.NoBuffering), parallel, k =>
            {
                int point = k / r, replication = (k % r) + 1;
                var (scenario, routes) = scenarios.GetOrAdd(point, p => new Lazy<(Scenario, IReadOnlyList<Routing.Route>)>(() =>
                {
                    var loaded = Load(spec, resolved, points[p]);
                    return (loaded, CorridorModel.PlanRoutes(loaded));
                })).Value;
                ulong seed = ReplicationSeeds.For(scenario.Seed, replication);
                var result = ScenarioRunner.Run(scenario, seed, routes, null, cancellationToken);
                var (values, units) = SweepKpis.Of(result);
                store.Commit(new SweepRun(point, replication, seed, values), units);
                if (left.AddOrUpdate(point, 0, (_, n) => n - 1) == 0)
                {
                    // The point's last run: its scenario is not needed again.
                    scenarios.TryRemove(point, out _);
                }

                progress?.Report(new SweepProgress(Interlocked.Increment(ref done), mine.Count, resumed));
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is SweepPointException) && e.InnerExceptions.Count > 0)
        {
            throw e.InnerExceptions[0];
        }

        var own = mine.ToHashSet();
        var runs = store.Runs.Where(run => own.Contains((run.Point * r) + run.Replication - 1)).OrderBy(run => run.Point).ThenBy(run => run.Replication).ToList();
        return new SweepOutcome(spec, points, runs, store.Units, pending.Count, resumed);
    }

    private static Scenario Load(SweepSpec spec, JsonObject resolved, SweepPoint point)
    {
        var loaded = SweepScenario.At(spec.Base, resolved, spec.Factors, point, string.Create(CultureInfo.InvariantCulture, $"{spec.Base.Name} (point {point.Index})"));
        if (loaded.Value is Scenario scenario && loaded.Errors.Count == 0)
        {
            return scenario;
        }

        string values = string.Join(", ", spec.Factors.Select((f, i) => $"{f.Name} = {point.Values[i]?.ToJsonString() ?? "null"}"));
        throw new SweepPointException(point.Index, values, loaded.Errors);
    }
}
