using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CorridorSim.Experiments;
using CorridorSim.Results;
using CorridorSim.Scenarios;

namespace CorridorSim.Output;

/// <summary>
/// The folder a run or an experiment writes (docs/outputs.md), each file atomically: for one
/// replication <c>summary.json</c> is the <see cref="RunResult"/>; for several it holds the
/// estimates (mean ± half-width of every KPI) and each replication's result is in
/// <c>runs/replication-NNN.json</c>, with <c>replications.csv</c> beside. <c>kpis.csv</c>,
/// <c>timeseries.csv</c> and <c>scenario.resolved.json</c> are written either way. Nothing depends
/// on the wall clock, so the same scenario and seed give the same bytes.
/// </summary>
public static class RunFolder
{
    /// <summary>The sub-folder of each replication's result.</summary>
    public const string RunsFolder = "runs";

    /// <summary>Writes <paramref name="experiment"/> of <paramref name="scenario"/> into <paramref name="folder"/>.</summary>
    public static void Write(string folder, Scenario scenario, ExperimentResult experiment)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(experiment);
        Directory.CreateDirectory(folder);

        // What a run killed while writing here left behind.
        AtomicFile.RemoveStale(folder);
        AtomicFile.RemoveStale(Path.Combine(folder, RunsFolder));
        AtomicFile.RemoveStale(Path.Combine(folder, "charts"));
        var runs = experiment.Runs;
        string runsFolder = Path.Combine(folder, RunsFolder);
        if (runs.Count == 1)
        {
            WriteJson(Path.Combine(folder, "summary.json"), runs[0], indented: true);

            // An earlier experiment's replications would be read back as this run's; only the files
            // this program writes are removed, and the folder only if nothing else is in it.
            if (Directory.Exists(runsFolder))
            {
                foreach (string stale in Directory.GetFiles(runsFolder, "replication-*.json"))
                {
                    File.Delete(stale);
                }

                if (!Directory.EnumerateFileSystemEntries(runsFolder).Any())
                {
                    Directory.Delete(runsFolder);
                }
            }

            File.Delete(Path.Combine(folder, "replications.csv"));
        }
        else
        {
            Directory.CreateDirectory(runsFolder);
            for (int r = 0; r < runs.Count; r++)
            {
                WriteJson(Path.Combine(runsFolder, RunFileName(r + 1)), runs[r], indented: false);
            }

            // Replications of an earlier, longer experiment in the same folder would be read back as this one's.
            foreach (string stale in Directory.GetFiles(runsFolder, "replication-*.json").Where(f => ReplicationOf(f) > runs.Count))
            {
                File.Delete(stale);
            }

            AtomicFile.WriteAllText(Path.Combine(folder, "replications.csv"), ResultCsv.Replications(runs));
            AtomicFile.WriteAllText(Path.Combine(folder, "summary.json"), Summary(experiment).ToJsonString(RunResultJson.Options) + "\n");
        }

        AtomicFile.WriteAllText(Path.Combine(folder, "kpis.csv"), ResultCsv.Kpis(experiment.Estimates));
        AtomicFile.Write(Path.Combine(folder, "timeseries.csv"), temp => ResultCsv.WriteTimeSeries(new StreamWriter(temp, false, new UTF8Encoding(false), 1 << 16), runs, experiment.ConfidenceLevel));
        AtomicFile.WriteAllText(Path.Combine(folder, "scenario.resolved.json"), ResolvedScenario.Of(scenario, experiment.Seed, runs[0].Streams).ToJsonString(RunResultJson.Options) + "\n");
    }

    /// <summary>Reads back the runs a folder holds: the one of summary.json, or every <c>runs/replication-NNN.json</c>.</summary>
    /// <exception cref="JsonException">A file is not a result this program wrote.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static IReadOnlyList<RunResult> ReadRuns(string folder)
    {
        string runsFolder = Path.Combine(folder, RunsFolder);
        if (Directory.Exists(runsFolder))
        {
            return [.. Directory.GetFiles(runsFolder, "replication-*.json").OrderBy(ReplicationOf).Select(ReadJson)];
        }

        return [ReadJson(Path.Combine(folder, "summary.json"))];
    }

    /// <summary>The file name of replication <paramref name="replication"/>'s result.</summary>
    public static string RunFileName(int replication) => string.Create(CultureInfo.InvariantCulture, $"replication-{replication:000}.json");

    /// <summary>summary.json of an experiment of several replications.</summary>
    public static JsonObject Summary(ExperimentResult experiment)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var first = experiment.Runs[0];
        JsonObject Estimate(string component, string measure) => experiment.Estimate(component, measure) is KpiEstimate e
            ? new JsonObject { ["mean"] = Number(e.Mean), ["halfWidth"] = Number(e.HalfWidth), ["n"] = e.Count }
            : new JsonObject { ["mean"] = null, ["halfWidth"] = null, ["n"] = 0 };
        JsonObject Headline(string component) => new()
        {
            ["deliveredTeuPerYear"] = Estimate(component, "deliveredTeuPerYear"),
            ["transitMeanDays"] = Estimate(component, "transitMeanDays"),
            ["transitP50Days"] = Estimate(component, "transitP50Days"),
            ["transitP95Days"] = Estimate(component, "transitP95Days"),
        };
        var streams = new JsonArray();
        foreach (var s in first.Streams)
        {
            var o = new JsonObject
            {
                ["id"] = s.Id,
                ["name"] = s.Name,
                ["origin"] = s.Origin,
                ["destination"] = s.Destination,
                ["corridor"] = s.Corridor,
                ["demandTeuPerYear"] = Number(s.DemandTeuPerYear),
            };
            foreach (var (key, value) in Headline($"stream:{s.Id}"))
            {
                o[key] = value!.DeepClone();
            }

            streams.Add(o);
        }

        var kpis = new JsonArray();
        foreach (var e in experiment.Estimates)
        {
            kpis.Add(new JsonObject
            {
                ["component"] = e.Component,
                ["measure"] = e.Measure,
                ["unit"] = e.Unit,
                ["n"] = e.Count,
                ["mean"] = Number(e.Mean),
                ["halfWidth"] = Number(e.HalfWidth),
                ["standardDeviation"] = Number(e.StandardDeviation),
            });
        }

        return new JsonObject
        {
            ["scenario"] = experiment.Scenario,
            ["seed"] = experiment.Seed,
            ["replications"] = experiment.Replications,
            ["seeds"] = new JsonArray([.. experiment.Runs.Select(r => (JsonNode?)JsonValue.Create(r.Info.Seed))]),
            ["confidenceLevel"] = experiment.ConfidenceLevel,
            ["years"] = first.Info.Years,
            ["warmUpDays"] = first.Info.WarmUpDays,
            ["precision"] = experiment.Precision is PrecisionOutcome p
                ? new JsonObject { ["target"] = p.Target, ["reached"] = p.Reached, ["worst"] = p.Worst, ["worstRelativeHalfWidth"] = Number(p.WorstRelativeHalfWidth) }
                : null,
            ["warnings"] = new JsonArray([.. experiment.Warnings.Select(w => (JsonNode?)JsonValue.Create(w))]),
            ["total"] = Headline("total"),
            ["streams"] = streams,
            ["kpis"] = kpis,
            ["runs"] = $"{RunsFolder}/{RunFileName(1)} … {RunFileName(experiment.Replications)}",
        };
    }

    private static int ReplicationOf(string path) =>
        int.TryParse(Path.GetFileNameWithoutExtension(path).AsSpan("replication-".Length), NumberStyles.None, CultureInfo.InvariantCulture, out int r) ? r : int.MaxValue;

    private static JsonValue? Number(double value) => JsonNumber.Rounded(value);

    private static void WriteJson(string path, RunResult run, bool indented) => AtomicFile.Write(path, temp =>
    {
        using var file = File.Create(temp);
        RunResultJson.Write(file, run, indented);
    });

    private static RunResult ReadJson(string path)
    {
        using var file = File.OpenRead(path);
        return RunResultJson.Read(file);
    }
}
