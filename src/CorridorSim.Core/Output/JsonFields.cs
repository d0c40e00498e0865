using System.Text.Json;
using System.Text.Json.Nodes;

namespace CorridorSim.Output;

/// <summary>The fields of a results file read back, each of the type this program writes it as; anything else a <see cref="JsonException"/> naming the field.</summary>
internal static class JsonFields
{
    /// <summary>The JSON object in the file at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="JsonException">It is not a JSON object.</exception>
    public static JsonObject Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no {Path.GetFileName(path)}", path);
        }

        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        return JsonNode.Parse(File.ReadAllText(path), documentOptions: options) as JsonObject ?? throw new JsonException($"{Path.GetFileName(path)} is not a JSON object.");
    }

    /// <summary>The object <paramref name="node"/>; <paramref name="what"/> names it in the error.</summary>
    public static JsonObject Object(JsonNode? node, string what) => node as JsonObject ?? throw new JsonException($"{what} is not an object.");

    /// <summary>The array at <paramref name="key"/>, empty when it is missing.</summary>
    public static JsonArray Array(JsonObject o, string key) => o[key] switch
    {
        null => [],
        JsonArray a => a,
        _ => throw new JsonException($"\"{key}\" is not an array."),
    };

    /// <summary>The number at <paramref name="key"/>: NaN where it is null (a figure with nothing measured).</summary>
    public static double Number(JsonObject o, string key) => o[key] switch
    {
        null => double.NaN,
        JsonValue v when v.TryGetValue(out double d) => d,
        _ => throw new JsonException($"\"{key}\" is not a number."),
    };

    /// <summary>The whole number at <paramref name="key"/>.</summary>
    public static int WholeNumber(JsonObject o, string key) =>
        o[key] is JsonValue v && v.TryGetValue(out int i) ? i : throw new JsonException($"\"{key}\" is not a whole number.");

    /// <summary>The seed <paramref name="node"/>.</summary>
    public static ulong Seed(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue(out ulong seed) ? seed : throw new JsonException("a seed is not a whole number.");

    /// <summary>The text at <paramref name="key"/>.</summary>
    public static string Text(JsonObject o, string key) =>
        OptionalText(o, key) ?? throw new JsonException($"\"{key}\" is missing.");

    /// <summary>The text at <paramref name="key"/>, or null where it is null or missing.</summary>
    public static string? OptionalText(JsonObject o, string key) => o[key] switch
    {
        null => null,
        JsonValue v when v.TryGetValue(out string? s) => s,
        _ => throw new JsonException($"\"{key}\" is not text."),
    };

    /// <summary>The true or false at <paramref name="key"/>.</summary>
    public static bool Flag(JsonObject o, string key) =>
        o[key] is JsonValue v && v.TryGetValue(out bool b) ? b : throw new JsonException($"\"{key}\" is not true or false.");

    /// <summary>The texts of the array at <paramref name="key"/>, none when it is missing.</summary>
    public static IReadOnlyList<string> Texts(JsonObject o, string key) =>
        [.. Array(o, key).Select(n => n is JsonValue v && v.TryGetValue(out string? s) ? s : throw new JsonException($"\"{key}\" holds something other than text."))];
}
