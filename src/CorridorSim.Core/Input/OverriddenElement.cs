using System.Text.Json.Nodes;

namespace CorridorSim.Input;

/// <summary>
/// A network element or demand stream that a scenario's override patched, remembered so that a
/// problem with a value the override gave can be reported where the user wrote the override.
/// </summary>
/// <param name="File">The file holding the element.</param>
/// <param name="JsonPath">The element's path in that file, e.g. <c>$.nodes[0]</c>.</param>
/// <param name="Line">The element's line in that file, when known.</param>
/// <param name="Kind">"nodes", "links", "seaAreas", "rollingStock" or "streams", as in the scenario's <c>overrides</c>.</param>
/// <param name="Id">The element's id.</param>
/// <param name="Patch">The override merged into the element.</param>
internal sealed record OverriddenElement(string File, string JsonPath, int? Line, string Kind, string Id, JsonObject Patch)
{
    /// <summary>"node \"port-a\"", "link \"a-b\"", "sea area \"x\"", "rolling-stock pool \"y\"" or "stream \"s\"".</summary>
    public string Description => $"{Singular} \"{Id}\"";

    /// <summary>What one element of <see cref="Kind"/> is called in a message.</summary>
    private string Singular => Kind switch
    {
        "seaAreas" => "sea area",
        "rollingStock" => "rolling-stock pool",
        _ => Kind[..^1],
    };

    /// <summary>Whether <paramref name="path"/> of <paramref name="file"/> is this element or lies within it.</summary>
    public bool Holds(string file, string path) =>
        file == File && path.StartsWith(JsonPath, StringComparison.Ordinal) && (path.Length == JsonPath.Length || path[JsonPath.Length] == '.');

    /// <summary>
    /// The part of <paramref name="path"/> (a path within this element) below the element, e.g.
    /// <c>.servers</c>, when the value there came from the patch rather than the network file;
    /// otherwise null.
    /// </summary>
    public string? PatchedPart(string path)
    {
        if (path.Length <= JsonPath.Length)
        {
            return null;
        }

        string rest = path[JsonPath.Length..];
        JsonObject level = Patch;
        foreach (string segment in rest[1..].Split('.'))
        {
            int bracket = segment.IndexOf('[', StringComparison.Ordinal);
            string name = bracket < 0 ? segment : segment[..bracket];
            if (!level.TryGetPropertyValue(name, out var value))
            {
                return null;
            }

            // A patch object merges into the element's object; anything else replaces the value whole.
            if (value is not JsonObject inner || bracket >= 0)
            {
                return rest;
            }

            level = inner;
        }

        return rest;
    }

    /// <summary>
    /// <paramref name="error"/>, a problem within this element, moved to where the override gives the
    /// value when the override gave it (naming the element); otherwise left where it is, naming the
    /// override.
    /// </summary>
    /// <param name="error">A problem this element <see cref="Holds"/>.</param>
    /// <param name="errorAtPatch">Makes a problem at a path below the override, e.g. <c>.servers</c>; the empty path is the override itself.</param>
    public InputError PointAtPatch(InputError error, Func<string, string, string?, InputError> errorAtPatch) =>
        PatchedPart(error.JsonPath) is string part
            ? errorAtPatch(part, $"{error.Message} It overrides {Description} of {Where(File, Line)}.", error.Fix)
            : error with { Message = $"{error.Message} The {Singular} is changed by the override at {Where(errorAtPatch(string.Empty, string.Empty, null))}." };

    private static string Where(string file, int? line) =>
        line is int l ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{file}:{l}") : file;

    private static string Where(InputError at) => $"{Where(at.File, at.Line)} {at.JsonPath}";
}
