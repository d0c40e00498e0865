using System.Diagnostics;
using System.Text.Json.Nodes;
using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Model.Corridor;
using CorridorSim.Output;
using CorridorSim.Scenarios;
using CorridorSim.Sweeps;

namespace CorridorSim.Cli.Benchmarking;

/// <summary>
/// Times a sweep of the baseline (one simulated year a run) in this process, in a folder of the
/// system's temporary folder, against the same runs run plainly on as many cores, and one run
/// alone; and writes one run's shipments as CSV and as Parquet to compare their sizes.
/// </summary>
/// <remarks>
/// "One run's time" is taken two ways. Alone — one run on one thread, the other cores idle — it
/// is what a run costs on a quiet machine. When every core runs one, each run takes longer (on a
/// two-core virtual machine about 1.5 times: two memory-heavy simulations share the caches and
/// the memory bus), whatever runs them; so the overhead of the sweep's machinery (its store,
/// scheduling, files and merge) is its time over the plain runs' time under the same conditions:
/// the same scenarios and seeds, as many at once, with nothing else done. Half the plain runs come
/// before the sweep and half after, so that a drift of a shared machine falls on both.
/// </remarks>
public static class SweepBenchmark
{
    /// <summary>Replications per point of the sweep.</summary>
    public const int Replications = 10;

    /// <summary>Runs of the sweep when <c>--sweep-runs</c> is not given.</summary>
    public const int DefaultRuns = 100;

    /// <summary>The sweep's name.</summary>
    public const string Name = "Benchmark: the baseline at many seeds";

    private const int Samples = 7;

    /// <summary>
    /// Measures a sweep of about <paramref name="runs"/> runs (rounded to whole points of
    /// <see cref="Replications"/> replications) on <paramref name="cores"/> cores (every core when
    /// null), and the shipments files of one run.
    /// </summary>
    public static (SweepMeasurement Sweep, ShipmentMeasurement Shipments) Measure(int runs, int? cores = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(runs);
        int parallel = cores ?? Environment.ProcessorCount;
        var baseline = ScenarioLoader.LoadBuiltIn().ValueOrThrow() with { Years = 1.0 };
        int points = Math.Max(1, (int)Math.Round(runs / (double)Replications));

        // One factor, the scenario's seed: every run is a year of the baseline, each point at other random numbers.
        var seeds = FactorDomain.List([.. Enumerable.Range(0, points).Select(p => (JsonNode?)JsonValue.Create(baseline.Seed + (1000UL * (ulong)p)))]);
        var spec = new SweepSpec(Name, baseline, [new SweepFactor("scenarioSeed", "/seed", seeds)], new SweepDesign(DesignKind.Grid), Replications);
        string root = Directory.CreateTempSubdirectory("corridorsim-bench-sweep-").FullName;
        try
        {
            var routes = CorridorModel.PlanRoutes(baseline);
            WarmUp(baseline, routes);
            var results = new List<Results.RunResult>();
            double alone = Median(Samples, i => results.Add(ScenarioRunner.Run(baseline, ReplicationSeeds.For(baseline.Seed, i + 1), routes)));
            double kpis = Median(Samples, i => SweepKpis.Of(results[i]));
            double commit = Commit(Path.Combine(root, "commit"), results[0]);

            var resolved = SweepScenario.Resolve(baseline);
            var scenarios = spec.Points().Select(p => SweepScenario.At(baseline, resolved, spec.Factors, p, Name).ValueOrThrow()).Select(s => (s, CorridorModel.PlanRoutes(s))).ToList();
            var all = Enumerable.Range(0, points * Replications).ToList();
            using var cpu = Process.GetCurrentProcess();
            var before = cpu.TotalProcessorTime;
            double plain = Plain(scenarios, [.. all.Where(k => k % 2 == 0)], parallel);
            cpu.Refresh();
            double plainCpu = (cpu.TotalProcessorTime - before).TotalSeconds;

            string[] shards = [Path.Combine(root, "shard-0"), Path.Combine(root, "shard-1")];
            double shard = 0, files = 0;
            cpu.Refresh();
            before = cpu.TotalProcessorTime;
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < shards.Length; i++)
            {
                var options = new SweepRunOptions { Parallelism = parallel, ShardIndex = i, ShardCount = shards.Length };
                long at = Stopwatch.GetTimestamp();
                var outcome = SweepRunner.Run(spec, shards[i], options);
                shard += Stopwatch.GetElapsedTime(at).TotalSeconds;
                at = Stopwatch.GetTimestamp();
                SweepFiles.Write(shards[i], outcome);
                files += Stopwatch.GetElapsedTime(at).TotalSeconds;
            }

            long merging = Stopwatch.GetTimestamp();
            SweepMerge.Merge(shards, Path.Combine(root, "merged"));
            double merge = Stopwatch.GetElapsedTime(merging).TotalSeconds;
            double sweep = Stopwatch.GetElapsedTime(start).TotalSeconds;
            cpu.Refresh();
            double sweepCpu = (cpu.TotalProcessorTime - before).TotalSeconds;

            before = cpu.TotalProcessorTime;
            plain += Plain(scenarios, [.. all.Where(k => k % 2 == 1)], parallel);
            cpu.Refresh();
            plainCpu += (cpu.TotalProcessorTime - before).TotalSeconds;
            var measured = new SweepMeasurement(points * Replications, points, Replications, parallel, alone, plain, sweep, shard, files, merge, kpis, commit, plainCpu / (plain * parallel), sweepCpu / (sweep * parallel));
            return (measured, Shipments(baseline, root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Runs of <paramref name="scenarios"/> numbered <paramref name="runs"/> (point × replications + replication − 1), <paramref name="parallel"/> at a time, with the seeds the sweep gives them and each point's routes found beforehand, as the sweep shares them; their wall time.</summary>
    private static double Plain(List<(Scenario Scenario, IReadOnlyList<Routing.Route> Routes)> scenarios, List<int> runs, int parallel)
    {
        GC.Collect();
        long start = Stopwatch.GetTimestamp();
        // As an experiment runs its replications.
        Parallel.For(0, runs.Count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, i =>
        {
            int k = runs[i];
            var (scenario, routes) = scenarios[k / Replications];
            GC.KeepAlive(ScenarioRunner.Run(scenario, ReplicationSeeds.For(scenario.Seed, (k % Replications) + 1), routes));
        });
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    /// <summary>The median time of committing a run of <paramref name="result"/> to a new store in <paramref name="folder"/>.</summary>
    private static double Commit(string folder, Results.RunResult result)
    {
        var (values, units) = SweepKpis.Of(result);
        using var store = SweepStore.Open(folder, new JsonObject { ["name"] = "commit" });
        return Median(Samples * 3, i => store.Commit(new SweepRun(0, i + 1, (ulong)i, values), units));
    }

    /// <summary>One run of <paramref name="baseline"/> with its shipments written as CSV and as Parquet at once into <paramref name="folder"/>.</summary>
    private static ShipmentMeasurement Shipments(Scenario baseline, string folder)
    {
        string csvPath = Path.Combine(folder, "shipments.csv"), parquetPath = Path.Combine(folder, "shipments.parquet");
        long rows = 0;
        using (var csv = new ShipmentCsv(csvPath))
        using (var parquet = new ShipmentParquet(parquetPath))
        {
            ScenarioRunner.Run(baseline, null, new RunOptions
            {
                OnShipment = s =>
                {
                    csv.Add(s);
                    parquet.Add(s);
                    rows++;
                },
            });
            csv.Complete();
            parquet.Complete();
        }

        return new ShipmentMeasurement(rows, new FileInfo(csvPath).Length, new FileInfo(parquetPath).Length);
    }

    /// <summary>Runs for <see cref="ScenarioBenchmark.WarmUpSeconds"/> untimed, so that the runtime has compiled the code at full optimisation.</summary>
    private static void WarmUp(Scenario scenario, IReadOnlyList<Routing.Route> routes)
    {
        long start = Stopwatch.GetTimestamp();
        for (int runs = 0; runs < 2 || Stopwatch.GetElapsedTime(start).TotalSeconds < ScenarioBenchmark.WarmUpSeconds; runs++)
        {
            ScenarioRunner.Run(scenario, scenario.Seed, routes);
        }
    }

    private static double Median(int samples, Action<int> action)
    {
        var times = new double[samples];
        for (int i = 0; i < samples; i++)
        {
            long start = Stopwatch.GetTimestamp();
            action(i);
            times[i] = Stopwatch.GetElapsedTime(start).TotalSeconds;
        }

        Array.Sort(times);
        return samples % 2 == 1 ? times[samples / 2] : (times[(samples / 2) - 1] + times[samples / 2]) / 2.0;
    }
}
