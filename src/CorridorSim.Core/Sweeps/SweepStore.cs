using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CorridorSim.Output;

namespace CorridorSim.Sweeps;

/// <summary>
/// The results store of a sweep in its folder: <c>sweep.json</c> says which sweep the folder
/// holds (a fingerprint of the resolved base scenario, the points and the replications), and
/// <c>runs.log</c> holds one line of JSON per finished run, keyed by (point, replication): its
/// KPI values in the order of the log's keys, which the line that first has a key names (with the
/// units of new measures), so that a run takes a few kilobytes. A run
/// is committed by appending its whole line and flushing it to disk, so a crash or a kill loses
/// at most the runs in flight: a torn last line is cut off when the store is opened again, and
/// the runs before it are not run again. Safe to commit from several threads at once.
/// </summary>
public sealed class SweepStore : IDisposable
{
    /// <summary>The file that names the sweep a folder holds.</summary>
    public const string SpecFile = "sweep.json";

    /// <summary>The log of finished runs.</summary>
    public const string LogFile = "runs.log";

    private readonly Lock _lock = new();
    private readonly FileStream _log;
    private readonly Dictionary<(int, int), SweepRun> _runs;
    private readonly Dictionary<string, string> _units;
    private KpiKeys _keys;

    private SweepStore(FileStream log, Dictionary<(int, int), SweepRun> runs, Dictionary<string, string> units, KpiKeys keys)
    {
        (_log, _runs, _units, _keys) = (log, runs, units, keys);
    }

    /// <summary>The runs finished so far, this session's and earlier ones'.</summary>
    public IReadOnlyCollection<SweepRun> Runs
    {
        get
        {
            lock (_lock)
            {
                return [.. _runs.Values];
            }
        }
    }

    /// <summary>The unit of each KPI measure the runs have, by measure.</summary>
    public IReadOnlyDictionary<string, string> Units
    {
        get
        {
            lock (_lock)
            {
                return new Dictionary<string, string>(_units, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>
    /// Opens the store of the sweep whose fingerprint is <paramref name="fingerprint"/> in
    /// <paramref name="folder"/>, creating both when new; reads the runs an earlier session
    /// finished, cutting off a torn last line.
    /// </summary>
    /// <exception cref="SweepChangedException">The folder holds a different sweep.</exception>
    public static SweepStore Open(string folder, JsonObject fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        Directory.CreateDirectory(folder);
        string specPath = Path.Combine(folder, SpecFile);
        string text = fingerprint.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        if (File.Exists(specPath))
        {
            var held = JsonNode.Parse(File.ReadAllText(specPath))?.AsObject();
            if (held is null || !JsonNode.DeepEquals(held, fingerprint))
            {
                throw new SweepChangedException(folder, Differences(held, fingerprint));
            }
        }
        else
        {
            AtomicFile.WriteAllText(specPath, text);
        }

        string logPath = Path.Combine(folder, LogFile);
        var runs = new Dictionary<(int, int), SweepRun>();
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        var keys = KpiKeys.None;
        long good = 0;
        if (File.Exists(logPath))
        {
            byte[] bytes = File.ReadAllBytes(logPath);
            int start = 0;
            for (int i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] != (byte)'\n')
                {
                    continue;
                }

                if (Parse(bytes.AsSpan(start, i - start), units, ref keys) is SweepRun run)
                {
                    runs[(run.Point, run.Replication)] = run;
                    good = i + 1;
                }

                start = i + 1;
            }
        }

        var log = new FileStream(logPath, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read);
        log.SetLength(good);
        log.Seek(good, SeekOrigin.Begin);
        return new SweepStore(log, runs, units, keys);
    }

    /// <summary>
    /// The fingerprint, finished runs and units of the sweep stored in <paramref name="folder"/>,
    /// read without opening it for writing (a torn last line is left out, not cut off).
    /// </summary>
    /// <exception cref="InvalidDataException">The folder holds no sweep this program wrote.</exception>
    public static (JsonObject Fingerprint, IReadOnlyList<SweepRun> Runs, IReadOnlyDictionary<string, string> Units) Read(string folder)
    {
        string specPath = Path.Combine(folder, SpecFile);
        if (!File.Exists(specPath))
        {
            throw new InvalidDataException($"{folder} holds no {SpecFile}, so no sweep's results.");
        }

        JsonObject fingerprint;
        try
        {
            fingerprint = JsonNode.Parse(File.ReadAllText(specPath))?.AsObject() ?? throw new InvalidDataException($"{specPath} is empty.");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new InvalidDataException($"{specPath} is not one this program wrote ({e.Message}).", e);
        }

        string logPath = Path.Combine(folder, LogFile);
        var runs = new Dictionary<(int, int), SweepRun>();
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        var keys = KpiKeys.None;
        if (File.Exists(logPath))
        {
            foreach (string line in File.ReadLines(logPath))
            {
                if (Parse(Encoding.UTF8.GetBytes(line), units, ref keys) is SweepRun run)
                {
                    runs[(run.Point, run.Replication)] = run;
                }
            }
        }

        return (fingerprint, [.. runs.Values.OrderBy(r => r.Point).ThenBy(r => r.Replication)], units);
    }

    /// <summary>Whether run (<paramref name="point"/>, <paramref name="replication"/>) has finished.</summary>
    public bool Has(int point, int replication)
    {
        lock (_lock)
        {
            return _runs.ContainsKey((point, replication));
        }
    }

    /// <summary>Commits <paramref name="run"/>, with the units of its measures: its line is on disk when this returns.</summary>
    public void Commit(SweepRun run, IReadOnlyDictionary<string, string> units)
    {
        ArgumentNullException.ThrowIfNull(run);
        Commit([run], units);
    }

    /// <summary>
    /// Commits <paramref name="runs"/>, with the units of their measures, in one flush: their lines
    /// are on disk when this returns (a crash within it keeps those before the last whole line).
    /// </summary>
    public void Commit(IReadOnlyList<SweepRun> runs, IReadOnlyDictionary<string, string> units)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(units);
        lock (_lock)
        {
            foreach (var run in runs)
            {
                ArgumentNullException.ThrowIfNull(run);
                Append(run, units);
            }

            _log.Flush(flushToDisk: true);
        }
    }

    /// <summary>Writes the line of <paramref name="run"/> and takes in its keys and units; the caller holds the lock and flushes.</summary>
    private void Append(SweepRun run, IReadOnlyDictionary<string, string> units)
    {
        var line = new JsonObject
        {
            ["point"] = run.Point,
            ["replication"] = run.Replication,
            ["seed"] = run.Seed,
        };
        var fresh = units.Where(u => !_units.ContainsKey(u.Key)).OrderBy(u => u.Key, StringComparer.Ordinal).ToList();
        if (fresh.Count > 0)
        {
            line["units"] = new JsonObject(fresh.Select(u => KeyValuePair.Create(u.Key, (JsonNode?)JsonValue.Create(u.Value))));
        }

        var newKeys = run.Kpis.Keys.Where(k => !_keys.TryGetIndex(k, out _)).ToList();
        if (newKeys.Count > 0)
        {
            line["keys"] = new JsonArray([.. newKeys.Select(k => (JsonNode?)JsonValue.Create(k))]);
        }

        // Round-trip numbers in the order of the keys, null for NaN or a key this run lacks:
        // a merged or resumed sweep gives the same values as one run at once.
        var keys = _keys.With(newKeys);
        var numbers = new double[keys.Count];
        Array.Fill(numbers, double.NaN);
        foreach (var (key, value) in run.Kpis)
        {
            keys.TryGetIndex(key, out int at);
            numbers[at] = double.IsFinite(value) ? value : double.NaN;
        }

        line["values"] = new JsonArray([.. numbers.Select(v => double.IsFinite(v) ? JsonValue.Create(v) : null)]);
        byte[] bytes = Encoding.UTF8.GetBytes(line.ToJsonString() + "\n");
        _log.Write(bytes);
        foreach (var (measure, unit) in fresh)
        {
            _units[measure] = unit;
        }

        // Kept as the log holds it: its numbers against the store's keys, as a later session reads it back.
        _keys = keys;
        _runs[(run.Point, run.Replication)] = run with { Kpis = new KpiValues(keys, numbers) };
    }

    /// <inheritdoc />
    public void Dispose() => _log.Dispose();

    private static SweepRun? Parse(ReadOnlySpan<byte> line, Dictionary<string, string> units, ref KpiKeys keys)
    {
        try
        {
            var node = JsonNode.Parse(line)?.AsObject();
            if (node?["values"] is not JsonArray values)
            {
                return null;
            }

            var added = (node["keys"] as JsonArray ?? []).Select(k => k!.GetValue<string>()).ToList();
            if (values.Count > keys.Count + added.Count)
            {
                return null;
            }

            var numbers = new double[values.Count];
            for (int i = 0; i < values.Count; i++)
            {
                numbers[i] = values[i] is JsonNode value ? value.GetValue<double>() : double.NaN;
            }

            var point = node["point"]!.GetValue<int>();
            var replication = node["replication"]!.GetValue<int>();
            var seed = node["seed"]!.GetValue<ulong>();

            // Only a whole line adds its keys and units.
            var read = (node["units"] as JsonObject ?? []).Select(u => KeyValuePair.Create(u.Key, u.Value!.GetValue<string>())).ToList();
            keys = keys.With(added);
            foreach (var (measure, unit) in read)
            {
                units[measure] = unit;
            }

            return new SweepRun(point, replication, seed, new KpiValues(keys, numbers));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or NullReferenceException)
        {
            return null;
        }
    }

    private static string Differences(JsonObject? held, JsonObject wanted)
    {
        if (held is null)
        {
            return $"its {SpecFile} is not one this program wrote";
        }

        var differing = wanted.Select(p => p.Key).Concat(held.Select(p => p.Key)).Distinct(StringComparer.Ordinal)
            .Where(k => !JsonNode.DeepEquals(held[k], wanted[k])).ToList();
        return string.Create(CultureInfo.InvariantCulture, $"its {string.Join(", ", differing)} differ{(differing.Count == 1 ? "s" : string.Empty)}");
    }
}
