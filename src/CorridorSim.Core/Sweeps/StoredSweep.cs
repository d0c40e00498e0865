using System.Globalization;
using System.Text.Json.Nodes;

namespace CorridorSim.Sweeps;

/// <summary>
/// A sweep as its folder holds it, read from the folder alone: what <c>sweep.json</c> says of it
/// (name, description, the resolved base scenario, the factors, the design's points, the
/// replications, the shard) and the runs <c>runs.log</c> holds — all a sweep's tables, charts and
/// report are drawn from, whichever machine, shard, session or merge wrote the folder. The folder
/// may hold fewer runs than the sweep has: a shard's share, or a sweep stopped before its end
/// (<see cref="MissingRuns"/>).
/// </summary>
public sealed class StoredSweep
{
    private static readonly string[] Required = ["name", "base", "factors", "design", "points", "unit", "replications"];

    private StoredSweep(string folder, JsonObject fingerprint, IReadOnlyList<SweepRun> runs, IReadOnlyDictionary<string, string> units)
    {
        Folder = folder;
        Name = fingerprint["name"]!.GetValue<string>();
        Description = fingerprint["description"]?.GetValue<string>();
        Base = fingerprint["base"]!.AsObject();
        BaseName = Base["name"]?.GetValue<string>() ?? string.Empty;
        Years = Base["years"]?.GetValue<double>() ?? double.NaN;
        StreamNames = (Base["streams"] as JsonArray ?? []).Select(s => s!.AsObject())
            .ToDictionary(s => s["id"]!.GetValue<string>(), s => s["name"]?.GetValue<string>() ?? s["id"]!.GetValue<string>(), StringComparer.Ordinal);
        Factors = [.. fingerprint["factors"]!.AsArray().Select(f => (f!["name"]!.GetValue<string>(), f["pointer"]!.GetValue<string>()))];
        Design = Enum.Parse<DesignKind>(fingerprint["design"]!.GetValue<string>());
        var values = fingerprint["points"]!.AsArray();
        var unit = fingerprint["unit"]!.AsArray();
        var morris = fingerprint["morris"] as JsonArray;
        if (unit.Count != values.Count || (Design == DesignKind.Morris && morris?.Count != values.Count))
        {
            throw new InvalidDataException("its points, unit and morris do not match");
        }

        Points = [.. values.Select((p, i) => new SweepPoint(
            i,
            [.. unit[i]!.AsArray().Select(u => u!.GetValue<double>())],
            [.. p!.AsArray().Select(v => v?.DeepClone())],
            morris?[i]![0]?.GetValue<int>(),
            morris?[i]![1]?.GetValue<int>()))];
        Replications = fingerprint["replications"]!.GetValue<int>();
        var shard = (fingerprint["shard"]?.GetValue<string>() ?? "0/1").Split('/');
        ShardIndex = int.Parse(shard[0], CultureInfo.InvariantCulture);
        ShardCount = int.Parse(shard[1], CultureInfo.InvariantCulture);
        Runs = runs;
        Units = units;
    }

    /// <summary>The folder.</summary>
    public string Folder { get; }

    /// <summary>The sweep's name.</summary>
    public string Name { get; }

    /// <summary>What the sweep is for, as its file says; null when it does not.</summary>
    public string? Description { get; }

    /// <summary>The base scenario, resolved (as a run writes scenario.resolved.json).</summary>
    public JsonObject Base { get; }

    /// <summary>The base scenario's name.</summary>
    public string BaseName { get; }

    /// <summary>Simulated years of every run, after the warm-up.</summary>
    public double Years { get; }

    /// <summary>Each stream's name by its id (the id when the stream has no name).</summary>
    public IReadOnlyDictionary<string, string> StreamNames { get; }

    /// <summary>Each factor's name and the JSON Pointer of the value it sets, in the order of the points' values.</summary>
    public IReadOnlyList<(string Name, string Target)> Factors { get; }

    /// <summary>The design's kind.</summary>
    public DesignKind Design { get; }

    /// <summary>The design's points, with their trajectories and steps in a Morris design.</summary>
    public IReadOnlyList<SweepPoint> Points { get; }

    /// <summary>Replications per point.</summary>
    public int Replications { get; }

    /// <summary>The shard the folder is, from 0; 0 for a whole sweep or a merge.</summary>
    public int ShardIndex { get; }

    /// <summary>The shards the sweep was split into for this folder; 1 for a whole sweep or a merge.</summary>
    public int ShardCount { get; }

    /// <summary>The runs the folder holds, ordered by point and replication.</summary>
    public IReadOnlyList<SweepRun> Runs { get; }

    /// <summary>The unit of each KPI measure, by measure.</summary>
    public IReadOnlyDictionary<string, string> Units { get; }

    /// <summary>The runs of the whole sweep: points × replications.</summary>
    public int TotalRuns => Points.Count * Replications;

    /// <summary>The runs of the folder's share: all of them, or a shard's (those whose number leaves its index as remainder).</summary>
    public int ShareRuns => (TotalRuns / ShardCount) + (ShardIndex < TotalRuns % ShardCount ? 1 : 0);

    /// <summary>Runs of the whole sweep the folder does not hold: other shards' and those not yet run.</summary>
    public int MissingRuns => TotalRuns - Runs.Count;

    /// <summary>Whether the folder holds every run of the sweep.</summary>
    public bool IsComplete => MissingRuns == 0;

    /// <summary>The KPIs the runs have (<c>component/measure</c>), in ordinal order.</summary>
    public IReadOnlyList<string> Kpis => [.. Runs.SelectMany(r => r.Kpis.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Reads the sweep stored in <paramref name="folder"/> (a torn last line of its log left out).
    /// </summary>
    /// <exception cref="InvalidDataException">The folder holds no sweep, or a <c>sweep.json</c> this version of the program did not write.</exception>
    public static StoredSweep Read(string folder)
    {
        var (fingerprint, runs, units) = SweepStore.Read(folder);
        try
        {
            return new StoredSweep(folder, fingerprint, runs, units);
        }
        catch (Exception e) when (e is InvalidOperationException or NullReferenceException or FormatException or ArgumentException or InvalidDataException or IndexOutOfRangeException or OverflowException)
        {
            string lacking = string.Join(", ", Required.Where(k => fingerprint[k] is null));
            string why = lacking.Length > 0 ? $"it has no {lacking}" : e.Message;
            throw new InvalidDataException($"{Path.Combine(folder, SweepStore.SpecFile)} is not one this version of the program wrote ({why}).", e);
        }
    }

    /// <summary>
    /// The mean of <paramref name="kpi"/> over each point's replications (NaN where none measured
    /// it), by point; points without a run are left out.
    /// </summary>
    public IReadOnlyDictionary<int, double> Means(string kpi) =>
        Runs.GroupBy(r => r.Point).ToDictionary(g => g.Key, g => g.Select(r => r.Kpis.TryGetValue(kpi, out double v) ? v : double.NaN).Where(double.IsFinite).DefaultIfEmpty(double.NaN).Average());

    /// <summary>
    /// The Morris screening of the factors on <paramref name="kpi"/>, most important first, from
    /// the mean of each point's replications (a step with a point not yet run gives no effect);
    /// null when the design is not a Morris design.
    /// </summary>
    public IReadOnlyList<MorrisEffect>? Screen(string kpi)
    {
        if (Design != DesignKind.Morris)
        {
            return null;
        }

        var means = Means(kpi);
        return MorrisScreening.Analyse([.. Factors.Select(f => f.Name)], Points, p => means.GetValueOrDefault(p, double.NaN));
    }
}
