using System.Globalization;
using System.Text.Json;

namespace CorridorSim.Input;

/// <summary>
/// Checks scenario and network files without running them: tells each file's kind by its content
/// and loads it with <see cref="ScenarioLoader"/> or <see cref="NetworkLoader"/>, collecting every
/// problem as data. A file whose top-level object gives <c>streams</c> or <c>extends</c> is a
/// scenario; otherwise one that gives <c>nodes</c>, <c>links</c> or <c>include</c> is a network;
/// anything else is reported as neither.
/// </summary>
public static class InputValidator
{
    private static readonly string[] ScenarioMarks = ["streams", "extends"];
    private static readonly string[] NetworkMarks = ["nodes", "links", "include"];

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Checks each of <paramref name="paths"/>, in order.</summary>
    public static IReadOnlyList<FileValidation> Validate(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return [.. paths.Select(Validate)];
    }

    /// <summary>Checks the file at <paramref name="path"/>; never throws for bad or missing input.</summary>
    public static FileValidation Validate(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var errors = new List<InputError>();
        if (!File.Exists(path))
        {
            return new FileValidation(path, null, [new InputError(path, "$", InputFile.NotAFile(path), "check the path; relative paths start from the current folder.")]);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileValidation(path, null, [new InputError(path, "$", $"cannot read the file: {e.Message}")]);
        }

        var file = InputFile.Parse(path, bytes, errors);
        if (file.Document is null)
        {
            return new FileValidation(path, null, errors);
        }

        var root = file.Document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            file.Error("$", $"expected an object {{ … }} but found {(root.ValueKind == JsonValueKind.Array ? "an array" : "a single value")}: a scenario or a network file is one JSON object.", "write the file's content in braces, e.g. { \"name\": \"…\", \"extends\": \"baseline-2024.json\" }.");
            return new FileValidation(path, null, errors);
        }

        bool Gives(string[] marks) => root.ValueKind == JsonValueKind.Object && marks.Any(m => root.TryGetProperty(m, out _));
        if (Gives(ScenarioMarks))
        {
            var scenario = ScenarioLoader.LoadFile(path);
            return new FileValidation(path, InputKind.Scenario, scenario.Errors)
            {
                Summary = scenario.Value is { } s ? string.Create(CultureInfo.InvariantCulture, $"scenario \"{s.Name}\", {Count(s.Streams.Count, "stream")}") : null,
                Warnings = scenario.Value?.InputWarnings ?? [],
            };
        }

        if (Gives(NetworkMarks))
        {
            var network = NetworkLoader.LoadFile(path);
            return new FileValidation(path, InputKind.Network, network.Errors)
            {
                Summary = network.Value is { } n ? $"network \"{n.Name}\", {Count(n.Nodes.Count, "node")}, {Count(n.Links.Count, "link")}" : null,
                Warnings = network.Warnings,
            };
        }

        file.Error("$", "neither a scenario nor a network: it gives none of \"streams\", \"extends\" (a scenario), \"nodes\", \"links\" or \"include\" (a network).", "a scenario needs \"streams\" (or \"extends\" to build on another); a network needs \"nodes\" and \"links\".");
        return new FileValidation(path, null, errors);
    }

    /// <summary>
    /// The results as a JSON document:
    /// <c>{"files":[{"file","kind","valid","errors":[{"file","line","path","message","fix"}],"warnings":[…]}]}</c>,
    /// with <c>kind</c> "scenario", "network" or null, <c>line</c> and <c>fix</c> null when unknown,
    /// and <c>warnings</c> (values probably in the wrong unit) of the same form.
    /// </summary>
    public static string ToJson(IReadOnlyList<FileValidation> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteStartArray("files");
            foreach (var result in results)
            {
                w.WriteStartObject();
                w.WriteString("file", result.File);
                w.WriteString("kind", result.Kind?.ToString().ToLowerInvariant());
                w.WriteBoolean("valid", result.Valid);
                WriteProblems(w, "errors", result.Errors);
                WriteProblems(w, "warnings", result.Warnings);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteProblems(Utf8JsonWriter w, string name, IReadOnlyList<InputError> problems)
    {
        w.WriteStartArray(name);
        foreach (var e in problems)
        {
            w.WriteStartObject();
            w.WriteString("file", e.File);
            if (e.Line is int line)
            {
                w.WriteNumber("line", line);
            }
            else
            {
                w.WriteNull("line");
            }

            w.WriteString("path", e.JsonPath);
            w.WriteString("message", e.Message);
            w.WriteString("fix", e.Fix);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");
}
