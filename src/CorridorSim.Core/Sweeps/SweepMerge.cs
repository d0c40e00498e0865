using System.Globalization;
using System.Text.Json.Nodes;

namespace CorridorSim.Sweeps;

/// <summary>
/// Combines the folders of a sweep's shards into one folder, as if the sweep had run on one
/// machine: the same <c>sweep.json</c> (shard 0/1), every run in one store, and the same result
/// files byte for byte. The shards must be of the same sweep, each once, and together hold every
/// run.
/// </summary>
public static class SweepMerge
{
    /// <summary>Merges <paramref name="folders"/> into <paramref name="output"/>; returns the runs merged.</summary>
    /// <exception cref="InvalidDataException">A folder holds no sweep, the folders hold different sweeps, a shard is given twice or missing, or runs are missing.</exception>
    public static int Merge(IReadOnlyList<string> folders, string output)
    {
        ArgumentNullException.ThrowIfNull(folders);
        if (folders.Count == 0)
        {
            throw new InvalidDataException("no shard folders to merge.");
        }

        var shards = folders.Select(f => (Folder: f, Stored: SweepStore.Read(f))).ToList();
        var first = shards[0].Stored.Fingerprint;
        var whole = Unsharded(first);
        var seen = new Dictionary<int, string>();
        int count = Shard(first).Count;
        foreach (var (folder, stored) in shards)
        {
            if (!JsonNode.DeepEquals(Unsharded(stored.Fingerprint), whole))
            {
                throw new InvalidDataException($"{folder} holds another sweep than {shards[0].Folder} (another base, other points or replications); merge the shards of one sweep.");
            }

            var (index, of) = Shard(stored.Fingerprint);
            if (of != count)
            {
                throw new InvalidDataException($"{folder} is shard {index}/{of} but {shards[0].Folder} is one of {count}: merge the shards of one split.");
            }

            if (!seen.TryAdd(index, folder))
            {
                throw new InvalidDataException($"{folder} and {seen[index]} are both shard {index}/{count}: give each shard once.");
            }
        }

        var missing = Enumerable.Range(0, count).Where(i => !seen.ContainsKey(i)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"shard{(missing.Count == 1 ? string.Empty : "s")} {string.Join(", ", missing.Select(i => $"{i}/{count}"))} missing: give every shard's folder."));
        }

        var runs = shards.SelectMany(s => s.Stored.Runs).OrderBy(r => r.Point).ThenBy(r => r.Replication).ToList();
        int points = whole["points"]!.AsArray().Count, replications = whole["replications"]!.GetValue<int>();
        if (runs.Count != points * replications)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"the shards hold {runs.Count} of the sweep's {points * replications} runs: run each shard to its end (the same command again resumes it), then merge."));
        }

        var units = shards.SelectMany(s => s.Stored.Units).GroupBy(u => u.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        using (var store = SweepStore.Open(output, whole))
        {
            // One flush for them all: a merge interrupted is merged again.
            store.Commit([.. runs.Where(r => !store.Has(r.Point, r.Replication))], units);
        }

        var factors = whole["factors"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).ToList();
        var values = whole["points"]!.AsArray().Select(p => (IReadOnlyList<JsonNode?>)[.. p!.AsArray().Select(v => v?.DeepClone())]).ToList();
        SweepFiles.Write(output, SweepTable.Of(factors, values, runs, units));
        return runs.Count;
    }

    private static JsonObject Unsharded(JsonObject fingerprint)
    {
        var copy = fingerprint.DeepClone().AsObject();
        copy["shard"] = "0/1";
        return copy;
    }

    private static (int Index, int Count) Shard(JsonObject fingerprint)
    {
        var parts = (fingerprint["shard"]?.GetValue<string>() ?? "0/1").Split('/');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}
