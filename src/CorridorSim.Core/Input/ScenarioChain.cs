using System.Text.Json;
using System.Text.Json.Nodes;

namespace CorridorSim.Input;

/// <summary>
/// Resolves <c>"extends"</c>: merges a scenario over the one it extends (and that one over its
/// own, and so on) into one self-contained scenario document, remembering where each value was
/// written so that problems are reported in the file and at the path that holds them.
/// </summary>
/// <remarks>
/// <para>
/// The child is a JSON Merge Patch (RFC 7386) over its parent, except for three properties:
/// <c>overrides</c> merge per node, link or stream id (the child's patch merged over the
/// parent's, nulls kept, so a null still removes the element's property; a patch object naming
/// another <c>dist</c> replaces the inherited one whole); <c>closures</c> are appended to the
/// parent's; and <c>demandScale</c> multiplies the <c>teuPerYear</c> of the streams the child
/// inherits and of the stream overrides it inherits, before its own overrides are merged in.
/// <c>streams</c>, like any other property, replace the parent's when given, and then the
/// inherited stream overrides are dropped with them. A child without a name is named after its
/// file and the nearest name written above it. A <c>network</c> path is made absolute against the
/// folder of the file that names it.
/// </para>
/// <para>
/// <c>overrides.streams</c> also adds and removes streams. An id that is not an inherited stream
/// adds one (a whole stream, read by the loader after the inherited ones), and stays in the
/// merged overrides, so a scenario further down patches it by id like any other, scales it with
/// its <c>demandScale</c> (an inherited addition is inherited demand; a file's own additions,
/// like its own overrides, are taken as written) and removes it with null. A null for an
/// inherited stream removes the stream: <see cref="StreamRemovals"/> takes it out of the merged
/// <c>streams</c> at each level, so below that level the id is free and a full stream under it
/// is a new one. The merged document is therefore itself a scenario that loads to the same
/// streams in the same order.
/// </para>
/// </remarks>
internal static class ScenarioChain
{
    /// <summary>
    /// The merged scenario as a JSON object, and a file to read it through whose errors land where
    /// each value was written; null when a file in the chain could not be read. Adds the display
    /// name of each file read to <paramref name="files"/>, the scenario's first and then the ones
    /// it extends.
    /// </summary>
    public static (InputFile File, JsonObject Json)? Resolve(ScenarioSource source, List<InputError> errors, List<string> files)
    {
        if (Resolve(source, errors, [], files) is not (JsonObject json, JsonProvenance provenance, _))
        {
            return null;
        }

        var document = JsonDocument.Parse(json.ToJsonString());
        return (InputFile.Merged(source.DisplayName, document, provenance.Locate, errors), json);
    }

    /// <summary>
    /// The scenario <paramref name="source"/> merged over its ancestors, with where each value came
    /// from, and the name a scenario extending it quotes: the nearest name written in the chain.
    /// </summary>
    private static (JsonObject Json, JsonProvenance Provenance, string? Name)? Resolve(ScenarioSource source, List<InputError> errors, List<ScenarioSource> extendedBy, List<string> files)
    {
        files.Add(source.DisplayName);
        var file = InputFile.Parse(source.DisplayName, source.Bytes, errors);
        if (file.Document is null || JsonObjectReader.ForObject(file.Document.RootElement, "$", file) is not JsonObjectReader r)
        {
            return null;
        }

        var json = JsonObject.Create(file.Document.RootElement)!;
        string? ownName = json["name"] is JsonValue written && written.TryGetValue(out string? text) ? text : null;
        string? extends = r.String("extends");
        if (extends is null && file.Document.RootElement.TryGetProperty("extends", out _))
        {
            // Reported as not a string: without its parent the rest would only raise false alarms.
            return null;
        }

        double? scale = r.Number("demandScale", min: 0, exclusiveMin: true);
        json.Remove("extends");
        json.Remove("demandScale");
        if (!AnchorNetwork(json, source, file))
        {
            return null;
        }

        if (extends is null)
        {
            if (scale is not null)
            {
                file.Error("$.demandScale", "\"demandScale\" scales the streams a scenario inherits, but this one extends no other.", "add \"extends\": \"…\", or change the streams' teuPerYear.");
            }

            var own = new JsonProvenance(file);
            StreamRemovals.Apply(json, own);
            return (json, own, ownName);
        }

        var parentSource = source.Extended(extends);
        if (parentSource is null)
        {
            file.Error("$.extends", NotFound(source, extends), $"give a path relative to this file, or the name of a built-in scenario: {string.Join(", ", ScenarioSource.BuiltInNames)}.");
            return null;
        }

        var chain = extendedBy.Append(source).ToList();
        if (chain.FindIndex(s => s.Identity == parentSource.Identity) is int start and >= 0)
        {
            string cycle = string.Join(" → ", chain.Skip(start).Append(parentSource).Select(s => s.DisplayName));
            file.Error("$.extends", $"scenarios extend each other in a circle: {cycle}.", "remove \"extends\" from one of them.");
            return null;
        }

        if (Resolve(parentSource, errors, chain, files) is not (JsonObject merged, JsonProvenance provenance, var parentName))
        {
            return null;
        }

        provenance.Root = file;
        var child = new Patch(file, provenance);
        if (json.ContainsKey("streams") && merged["overrides"] is JsonObject inheritedOverrides)
        {
            // Inherited stream overrides patch the inherited streams, which this file's streams replace.
            child.Replace(inheritedOverrides, "$.overrides", "streams", null);
        }

        // Before this file's own overrides, whose volumes are meant as written.
        if (scale is double k)
        {
            ScaleStreams(merged, json, file, k);
        }

        foreach (var (name, value) in json)
        {
            switch (name)
            {
                case "overrides":
                    child.MergeOverrides(merged, value);
                    break;
                case "closures" when value is JsonArray added && merged["closures"] is JsonArray closures:
                    child.Append(closures, added);
                    break;
                default:
                    child.Replace(merged, "$", name, value);
                    break;
            }
        }

        StreamRemovals.Apply(merged, provenance);

        // Inheriting the parent's name would title a what-if's charts and tables as the parent.
        if (json["name"] is null && parentName is not null)
        {
            child.Replace(merged, "$", "name", JsonValue.Create($"{source.FileStem} (based on {parentName})"));
        }

        return (merged, provenance, ownName ?? parentName);
    }

    /// <summary>Makes a "network" path absolute, since the merged scenario no longer sits in the folder it is relative to.</summary>
    private static bool AnchorNetwork(JsonObject json, ScenarioSource source, InputFile file)
    {
        if (json["network"] is not JsonValue value || !value.TryGetValue(out string? network))
        {
            return true;
        }

        if (source.Folder is null)
        {
            file.Error("$.network", "a built-in scenario must use the built-in network.");
            return false;
        }

        string full = Path.GetFullPath(Path.Combine(source.Folder, network));
        if (!File.Exists(full))
        {
            file.Error("$.network", $"the network file \"{network}\" was not found (looked for {full}).", "give the path of a network file relative to this scenario, or remove \"network\" to use the built-in network.");
            return false;
        }

        json["network"] = full;
        return true;
    }

    private static string NotFound(ScenarioSource source, string extends) =>
        source.Folder is null
            ? $"there is no built-in scenario \"{extends}\"."
            : $"\"{extends}\" was not found in {source.Folder}{(Path.GetFileName(extends) == extends ? " nor among the built-in scenarios" : string.Empty)}.";

    private static void ScaleStreams(JsonObject merged, JsonObject child, InputFile file, double scale)
    {
        if (child.ContainsKey("streams"))
        {
            file.Error("$.demandScale", "\"demandScale\" scales the streams a scenario inherits, but this one gives its own \"streams\".", "remove \"demandScale\" and write the volumes you want in \"streams\", or remove \"streams\" to scale the inherited ones.");
            return;
        }

        var overrides = (merged["overrides"] as JsonObject)?["streams"] as JsonObject ?? [];
        foreach (var stream in (merged["streams"] as JsonArray ?? []).Concat(overrides.Select(o => o.Value)))
        {
            if (stream is JsonObject s && s["teuPerYear"] is JsonValue teu && teu.TryGetValue(out double perYear))
            {
                s["teuPerYear"] = perYear * scale;
            }
        }
    }

    /// <summary>One child's values written over the merged document of its parents.</summary>
    private sealed class Patch(InputFile file, JsonProvenance provenance)
    {
        /// <summary>Sets (or, for null, removes) property <paramref name="name"/> of the object at <paramref name="path"/> to the child's value.</summary>
        public void Replace(JsonObject target, string path, string name, JsonNode? value)
        {
            string at = $"{path}.{name}";
            if (value is null)
            {
                target.Remove(name);
                provenance.Remove(at);
                return;
            }

            target[name] = value.DeepClone();
            provenance.Set(at, file, at);
        }

        /// <summary>Adds the child's closures after the parent's.</summary>
        public void Append(JsonArray closures, JsonArray added)
        {
            for (int i = 0; i < added.Count; i++)
            {
                provenance.Set($"$.closures[{closures.Count}]", file, $"$.closures[{i}]");
                closures.Add(added[i]?.DeepClone());
            }
        }

        /// <summary>Merges the child's overrides into the parent's: kinds and ids as a merge patch, the patches for one id composed.</summary>
        public void MergeOverrides(JsonObject merged, JsonNode? value)
        {
            if (value is not JsonObject overrides || merged["overrides"] is not JsonObject inherited)
            {
                Replace(merged, "$", "overrides", value);
                return;
            }

            foreach (var (kind, patches) in overrides)
            {
                string kindPath = $"$.overrides.{kind}";
                if (patches is not JsonObject byId || inherited[kind] is not JsonObject inheritedById)
                {
                    Replace(inherited, "$.overrides", kind, patches);
                    continue;
                }

                var streamIds = kind == "streams" ? StreamRemovals.Ids(merged) : [];
                foreach (var (id, patch) in byId)
                {
                    if (patch is JsonObject p && inheritedById[id] is JsonObject inheritedPatch)
                    {
                        Compose(inheritedPatch, p, $"{kindPath}.{id}");
                    }
                    else if (patch is null && kind == "streams" && !(inheritedById[id] is JsonObject && !streamIds.Contains(id)))
                    {
                        // Removes an inherited stream (or, with no such stream, is reported by the
                        // loader); a null for a stream an ancestor added drops the addition below.
                        inheritedById[id] = null;
                        provenance.Set($"{kindPath}.{id}", file, $"{kindPath}.{id}");
                    }
                    else
                    {
                        Replace(inheritedById, kindPath, id, patch);
                    }
                }
            }
        }

        /// <summary>
        /// Writes <paramref name="patch"/> over <paramref name="target"/>, another patch of the same
        /// element: objects merge, anything else replaces, and a null is kept, for it removes the
        /// property from the element when the composed patch is applied.
        /// </summary>
        private void Compose(JsonObject target, JsonObject patch, string path)
        {
            foreach (var (name, value) in patch)
            {
                string at = $"{path}.{name}";
                // A patch naming another distribution (or one where the inherited patch names none)
                // stands for the whole distribution, as it does over the element itself.
                if (value is JsonObject inner && target[name] is JsonObject targetInner && !NetworkOverrides.ChangesDistribution(targetInner, inner))
                {
                    Compose(targetInner, inner, at);
                }
                else
                {
                    target[name] = value?.DeepClone();
                    provenance.Set(at, file, at);
                }
            }
        }
    }
}
