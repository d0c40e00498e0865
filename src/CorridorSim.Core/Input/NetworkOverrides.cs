using System.Text.Json;
using System.Text.Json.Nodes;

namespace CorridorSim.Input;

/// <summary>
/// Changes a scenario makes to network elements, by id, as JSON Merge Patches (RFC 7386): a
/// property given replaces the element's, an object merges into the element's object, null
/// removes the property. E.g. <c>{"nodes": {"port-a": {"servers": 8}}}</c> gives port-a eight cranes.
/// One exception: an object that names a <c>"dist"</c> other than the one it is written over replaces
/// that object whole, so that a lognormal dwell becomes a triangular one without nulling its
/// <c>mean</c> and <c>sd</c>.
/// </summary>
/// <param name="Nodes">Patches by node id.</param>
/// <param name="Links">Patches by link id.</param>
/// <param name="File">The file the overrides came from, for error messages.</param>
/// <param name="JsonPath">Where in that file, for error messages.</param>
public sealed record NetworkOverrides(IReadOnlyDictionary<string, JsonObject> Nodes, IReadOnlyDictionary<string, JsonObject> Links, string File, string JsonPath)
{
    /// <summary>No overrides.</summary>
    public static NetworkOverrides None { get; } = new(new Dictionary<string, JsonObject>(), new Dictionary<string, JsonObject>(), string.Empty, "$");

    /// <summary>Patches by sea area id (e.g. a stormier winter: <c>{"inland-sea": {"weather": {…}}}</c>).</summary>
    public IReadOnlyDictionary<string, JsonObject> SeaAreas { get; init; } = new Dictionary<string, JsonObject>();

    /// <summary>Patches by rolling-stock pool id.</summary>
    public IReadOnlyDictionary<string, JsonObject> RollingStock { get; init; } = new Dictionary<string, JsonObject>();

    /// <summary>The scenario file being read, when known, so that problems come with its line numbers.</summary>
    internal InputFile? Source { get; init; }

    /// <summary>A problem at <paramref name="jsonPath"/> of the file the overrides came from.</summary>
    internal InputError ErrorAt(string jsonPath, string message, string? fix) =>
        Source?.ErrorAt(jsonPath, message, fix) ?? new InputError(File, jsonPath, message, fix);

    /// <summary>Applies a merge patch to an element and returns the patched element.</summary>
    public static JsonElement Apply(JsonElement element, JsonObject patch)
    {
        ArgumentNullException.ThrowIfNull(patch);
        // The raw text may hold comments and trailing commas, which data files allow.
        var target = JsonNode.Parse(element.GetRawText(), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!.AsObject();
        Merge(target, patch);
        return JsonDocument.Parse(target.ToJsonString()).RootElement.Clone();
    }

    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (name, value) in patch)
        {
            if (value is null)
            {
                target.Remove(name);
            }
            else if (value is JsonObject patchObject && target[name] is JsonObject targetObject && !ChangesDistribution(targetObject, patchObject))
            {
                Merge(targetObject, patchObject);
            }
            else
            {
                target[name] = value.DeepClone();
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="patch"/> names a distribution (<c>"dist"</c>) other than the one
    /// <paramref name="target"/> names, or names one where the target names none: then the patch
    /// is a distribution of its own, whose parameters would not mix with the target's.
    /// </summary>
    internal static bool ChangesDistribution(JsonObject target, JsonObject patch)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(patch);
        return patch["dist"] is JsonValue dist && !JsonNode.DeepEquals(dist, target["dist"]);
    }
}
