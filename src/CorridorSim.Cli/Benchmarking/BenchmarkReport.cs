using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CorridorSim.Cli.Benchmarking;

/// <summary>Writes benchmark measurements as an aligned table for people or as JSON for scripts.</summary>
public static class BenchmarkReport
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Whether this assembly was compiled with optimisations (a Release build).</summary>
    public static bool IsOptimizedBuild =>
        typeof(BenchmarkReport).Assembly.GetCustomAttribute<System.Diagnostics.DebuggableAttribute>()?.IsJITOptimizerDisabled != true;

    /// <summary>One line describing the machine and runtime the figures were measured on.</summary>
    public static string MachineDescription =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.ProcessArchitecture}, " +
            $"{RuntimeInformation.FrameworkDescription}, {(IsOptimizedBuild ? "Release" : "Debug")} build");

    /// <summary>Writes the measurements as a table.</summary>
    public static void WriteTable(TextWriter output, IReadOnlyList<BenchmarkMeasurement> measurements, IReadOnlyList<ScenarioMeasurement>? scenarios = null, ExperimentMeasurement? experiments = null, (SweepMeasurement Sweep, ShipmentMeasurement Shipments)? sweep = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(measurements);
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine($"Machine: {MachineDescription}");
        if (!IsOptimizedBuild)
        {
            output.WriteLine("Warning: Debug build; speed figures are not representative. Use 'dotnet run -c Release'.");
        }

        output.WriteLine();
        output.WriteLine(string.Format(inv, "{0,-5} {1,10} {2,11} {3,8} {4,12} {5,12} {6,11} {7,9}  {8,-24} {9,10}  {10}", "model", "containers", "events", "wall s", "events/s", "containers/s", "alloc B", "B/event", "mean sojourn h (99 % CI)", "theory h", "check"));
        foreach (var m in measurements)
        {
            var r = m.Result;
            string ci = string.Format(inv, "{0:F3} ± {1:F3}", r.MeanSojournHours.Mean, r.MeanSojournHours.HalfWidth);
            output.WriteLine(string.Format(
                inv,
                "{0,-5} {1,10:N0} {2,11:N0} {3,8:F4} {4,12:N0} {5,12:N0} {6,11:N0} {7,9:F4}  {8,-24} {9,10:F3}  {10}",
                r.Name,
                r.Containers,
                r.Events,
                m.WallSeconds,
                m.EventsPerSecond,
                m.ContainersPerSecond,
                m.AllocatedBytes,
                (double)m.AllocatedBytes / r.Events,
                ci,
                r.AnalyticMeanSojournHours,
                r.AgreesWithTheory ? "ok" : "DISAGREES"));
        }

        output.WriteLine();
        foreach (var m in measurements)
        {
            var r = m.Result;
            output.Write(string.Create(inv, $"{r.Name}: {r.Description}."));
            if (r.MeanOriginWaitHours is double wait)
            {
                output.Write(string.Create(inv, $" Mean port wait {wait:F3} h (reference {r.ReferenceOriginWaitHours:F2} h)."));
            }

            output.WriteLine();
        }

        output.WriteLine(string.Create(inv, $"Wall time: fastest of {(measurements.Count > 0 ? measurements[0].Repeats : 0)} timed runs after a warm-up run, single thread."));
        if (scenarios is { Count: > 0 })
        {
            output.WriteLine();
            output.WriteLine("One simulated year of a corridor scenario (model building and warm-up included):");
            output.WriteLine(string.Format(inv, "{0,-16} {1,12} {2,8} {3,12} {4,14} {5,12} {6,7}  {7}", "scenario", "events", "wall s", "events/s", "delivered TEU", "alloc B", "× M1", "pairs' range"));
            foreach (var s in scenarios)
            {
                output.WriteLine(string.Format(inv, "{0,-16} {1,12:N0} {2,8:F3} {3,12:N0} {4,14:N0} {5,12:N0} {6,7:F2}  {7:F2}–{8:F2}", s.Name, s.Events, s.WallSeconds, s.EventsPerSecond, s.DeliveredTeu, s.AllocatedBytes, s.M1Ratio, s.M1RatioLow, s.M1RatioHigh));
            }

            output.WriteLine(string.Create(inv, $"× M1: each timed run is paired with a run of M1 of {scenarios[0].M1Containers:N0} containers beside it (fastest {scenarios[0].M1Seconds:F4} s); the median and the range over the {scenarios[0].Repeats} pairs of the run's time over its M1's (goal for growth-2030, against M1 of {Reference.ReferenceModels.DefaultContainers:N0}: ≤ 1.5)."));
        }

        if (experiments is ExperimentMeasurement e)
        {
            output.WriteLine();
            output.WriteLine("Experiments on baseline-2024 (one simulated year each):");
            output.WriteLine(string.Create(inv, $"  one replication {e.OneRunSeconds:F3} s, of which building the model {e.BuildSeconds:F4} s ({e.BuildShare:P1}; goal ≤ 10 %)"));
            output.WriteLine(string.Create(inv, $"  {e.Replications} replications: {e.OneCoreSeconds:F2} s on 1 core, {e.AllCoresSeconds:F2} s on {e.Cores} cores, {e.Speedup:F2}× (goal ≥ 1.8× on 2 cores)"));
            output.WriteLine(string.Create(inv, $"  compare 2 scenarios × {e.CompareReplications} replications on {e.Cores} cores: {e.CompareSeconds:F2} s = {e.CompareInRuns:F1} × one replication (goal ≤ 35×)"));
        }

        if (sweep is var (w, shipments))
        {
            output.WriteLine();
            output.WriteLine(string.Create(inv, $"A sweep of baseline-2024 (one simulated year a run): {w.Points:N0} points × {w.Replications} replications = {w.Runs:N0} runs on {w.Cores} cores, as 2 shards merged:"));
            output.WriteLine(string.Create(inv, $"  one run alone {w.OneRunAloneSeconds:F3} s; with {w.Cores} at once {w.OneRunInParallelSeconds:F3} s ({w.Runs:N0} plain runs: {w.PlainSeconds:F2} s, {w.PlainCpuShare:P0} of the cores' time)"));
            output.WriteLine(string.Create(inv, $"  sweep {w.SweepSeconds:F2} s, {w.SweepCpuShare:P0} of the cores' time (shards' runs into their stores {w.ShardSeconds:F2} s, their files {w.FilesSeconds:F2} s, merge {w.MergeSeconds:F2} s; per run: KPIs {w.KpiSeconds * 1000:F2} ms, commit {w.CommitSeconds * 1000:F2} ms)"));
            output.WriteLine(string.Create(inv, $"  sweep ÷ (runs × one run with {w.Cores} at once ÷ cores) = {w.Overhead:F3} (goal ≤ 1.15); ÷ (runs × one run alone ÷ cores) = {w.AgainstAlone:F3}"));
            if (w.PlainCpuShare < 0.9 || w.SweepCpuShare < 0.85)
            {
                output.WriteLine(string.Create(inv, $"  warning: this process had only {Math.Min(w.PlainCpuShare, w.SweepCpuShare):P0} of the cores' time during the {(w.PlainCpuShare < 0.9 ? "plain runs" : "sweep")}: another process took cores, so the ratios mean little; run it again on a quiet machine."));
            }

            output.WriteLine(string.Create(inv, $"  shipments of one run ({shipments.Shipments:N0} containers): CSV {shipments.CsvBytes:N0} B, Parquet {shipments.ParquetBytes:N0} B, {shipments.Ratio:F1}× smaller (goal ≥ 5×)"));
        }
    }

    /// <summary>Writes the measurements as JSON: <c>{"machine":…,"models":[{"name":"M1",…},…]}</c>.</summary>
    public static void WriteJson(TextWriter output, IReadOnlyList<BenchmarkMeasurement> measurements, IReadOnlyList<ScenarioMeasurement>? scenarios = null, ExperimentMeasurement? experiments = null, (SweepMeasurement Sweep, ShipmentMeasurement Shipments)? sweep = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(measurements);
        var models = new JsonArray();
        foreach (var m in measurements)
        {
            var r = m.Result;
            var model = new JsonObject
            {
                ["name"] = r.Name,
                ["description"] = r.Description,
                ["containers"] = r.Containers,
                ["events"] = r.Events,
                ["wallSeconds"] = m.WallSeconds,
                ["eventsPerSecond"] = m.EventsPerSecond,
                ["containersPerSecond"] = m.ContainersPerSecond,
                ["allocatedBytes"] = m.AllocatedBytes,
                ["meanSojournHours"] = r.MeanSojournHours.Mean,
                ["meanSojournHalfWidthHours"] = r.MeanSojournHours.HalfWidth,
                ["analyticMeanSojournHours"] = r.AnalyticMeanSojournHours,
                ["agreesWithTheory"] = r.AgreesWithTheory,
            };
            if (r.MeanOriginWaitHours is double wait)
            {
                model["meanPortWaitHours"] = wait;
                model["referencePortWaitHours"] = r.ReferenceOriginWaitHours;
            }

            models.Add(model);
        }

        var root = new JsonObject
        {
            ["machine"] = MachineDescription,
            ["repeats"] = (measurements.Count > 0 ? measurements[0].Repeats : 0),
            ["models"] = models,
            ["scenarios"] = new JsonArray([.. (scenarios ?? []).Select(s => (JsonNode?)new JsonObject
            {
                ["name"] = s.Name,
                ["events"] = s.Events,
                ["wallSeconds"] = s.WallSeconds,
                ["eventsPerSecond"] = s.EventsPerSecond,
                ["deliveredTeu"] = s.DeliveredTeu,
                ["allocatedBytes"] = s.AllocatedBytes,
                ["m1Containers"] = s.M1Containers,
                ["m1Seconds"] = s.M1Seconds,
                ["m1Ratio"] = s.M1Ratio,
                ["m1RatioLow"] = s.M1RatioLow,
                ["m1RatioHigh"] = s.M1RatioHigh,
            })]),
        };
        if (experiments is ExperimentMeasurement e)
        {
            root["experiments"] = new JsonObject
            {
                ["oneRunSeconds"] = e.OneRunSeconds,
                ["buildSeconds"] = e.BuildSeconds,
                ["buildShare"] = e.BuildShare,
                ["replications"] = e.Replications,
                ["oneCoreSeconds"] = e.OneCoreSeconds,
                ["cores"] = e.Cores,
                ["allCoresSeconds"] = e.AllCoresSeconds,
                ["speedup"] = e.Speedup,
                ["compareReplications"] = e.CompareReplications,
                ["compareSeconds"] = e.CompareSeconds,
                ["compareInRuns"] = e.CompareInRuns,
            };
        }

        if (sweep is var (w, shipments))
        {
            root["sweep"] = new JsonObject
            {
                ["runs"] = w.Runs,
                ["points"] = w.Points,
                ["replications"] = w.Replications,
                ["cores"] = w.Cores,
                ["oneRunAloneSeconds"] = w.OneRunAloneSeconds,
                ["oneRunInParallelSeconds"] = w.OneRunInParallelSeconds,
                ["plainSeconds"] = w.PlainSeconds,
                ["sweepSeconds"] = w.SweepSeconds,
                ["shardSeconds"] = w.ShardSeconds,
                ["filesSeconds"] = w.FilesSeconds,
                ["mergeSeconds"] = w.MergeSeconds,
                ["kpiSeconds"] = w.KpiSeconds,
                ["commitSeconds"] = w.CommitSeconds,
                ["plainCpuShare"] = w.PlainCpuShare,
                ["sweepCpuShare"] = w.SweepCpuShare,
                ["overhead"] = w.Overhead,
                ["againstAlone"] = w.AgainstAlone,
            };
            root["shipments"] = new JsonObject
            {
                ["shipments"] = shipments.Shipments,
                ["csvBytes"] = shipments.CsvBytes,
                ["parquetBytes"] = shipments.ParquetBytes,
                ["ratio"] = shipments.Ratio,
            };
        }

        output.WriteLine(root.ToJsonString(JsonOptions));
    }
}
