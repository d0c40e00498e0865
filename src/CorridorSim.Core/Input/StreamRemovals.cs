using System.Text.Json.Nodes;

namespace CorridorSim.Input;

/// <summary>
/// Applies the <c>null</c>s of <c>overrides.streams</c> to a merged scenario document: a stream whose
/// id is overridden with null leaves <c>streams</c>, and the null leaves the overrides, so the scenarios
/// below (and the resolved copy) see it as never given. A null for an id that matches no stream, and
/// nulls that would remove every stream, are left for the loader to report.
/// </summary>
internal static class StreamRemovals
{
    /// <summary>The ids of the streams in the document's <c>streams</c>, in order (empty for a stream without one).</summary>
    public static List<string> Ids(JsonObject document) =>
        [.. (document["streams"] as JsonArray ?? []).Select(s => s is JsonObject o && o["id"] is JsonValue v && v.TryGetValue(out string? id) ? id : string.Empty)];

    /// <summary>Removes the streams the overrides remove, keeping where each remaining stream was written.</summary>
    public static void Apply(JsonObject document, JsonProvenance provenance)
    {
        if ((document["overrides"] as JsonObject)?["streams"] is not JsonObject patches || document["streams"] is not JsonArray streams)
        {
            return;
        }

        var ids = Ids(document);
        var removed = patches.Where(p => p.Value is null && ids.Contains(p.Key)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        // Removing every stream is a mistake, which the loader reports at the override.
        if (removed.Count == 0 || ids.All(removed.Contains))
        {
            return;
        }

        // The remaining streams move up the array: each keeps the origin its old index had.
        var kept = Enumerable.Range(0, ids.Count).Where(i => !removed.Contains(ids[i])).Select(i => provenance.Locate($"$.streams[{i}]")).ToList();
        var list = provenance.Locate("$.streams");
        for (int i = ids.Count - 1; i >= 0; i--)
        {
            if (removed.Contains(ids[i]))
            {
                streams.RemoveAt(i);
            }
        }

        provenance.Set("$.streams", list.File, list.Path);
        for (int i = 0; i < kept.Count; i++)
        {
            provenance.Set($"$.streams[{i}]", kept[i].File, kept[i].Path);
        }

        foreach (string id in removed)
        {
            patches.Remove(id);
            provenance.Remove($"$.overrides.streams.{id}");
        }
    }
}
