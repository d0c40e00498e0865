namespace CorridorSim.Input;

/// <summary>
/// A scenario file's bytes and where they came from: a file on disk (whose folder relative paths
/// start from), text with a folder, or a scenario built into the program (no folder).
/// </summary>
/// <param name="DisplayName">The name errors use, e.g. "my/what-if.json" or "built-in scenarios/baseline-2024.json".</param>
/// <param name="Bytes">The file's content.</param>
/// <param name="Folder">Full path of the folder relative paths start from; null for a built-in scenario.</param>
/// <param name="Identity">Tells two sources apart whatever they are called (a full path, or the built-in name), to find cycles.</param>
/// <param name="FileStem">The file's name without folder or extension, e.g. "growth-2030".</param>
internal sealed record ScenarioSource(string DisplayName, byte[] Bytes, string? Folder, string Identity, string FileStem)
{
    private const string ResourcePrefix = "CorridorSim.Data.scenarios.";

    /// <summary>File names of the scenarios built into the program, e.g. "baseline-2024.json".</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } =
        [.. typeof(ScenarioSource).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Select(n => n[ResourcePrefix.Length..]).Order(StringComparer.Ordinal)];

    /// <summary>The scenario file at <paramref name="path"/>, which must exist.</summary>
    public static ScenarioSource FromFile(string path)
    {
        string full = Path.GetFullPath(path);
        return new ScenarioSource(path, File.ReadAllBytes(full), Path.GetDirectoryName(full)!, full, Path.GetFileNameWithoutExtension(full));
    }

    /// <summary>Scenario text named <paramref name="name"/>, whose relative paths start from <paramref name="folder"/>.</summary>
    public static ScenarioSource FromText(string name, string text, string folder)
    {
        string full = Path.GetFullPath(folder);
        return new ScenarioSource(name, System.Text.Encoding.UTF8.GetBytes(text), full, Path.Combine(full, name), Path.GetFileNameWithoutExtension(name));
    }

    /// <summary>The built-in scenario <paramref name="fileName"/> (e.g. "growth-2030.json"), or null if there is none.</summary>
    public static ScenarioSource? BuiltIn(string fileName)
    {
        using var stream = typeof(ScenarioSource).Assembly.GetManifestResourceStream(ResourcePrefix + fileName);
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return new ScenarioSource($"built-in scenarios/{fileName}", buffer.ToArray(), null, "built in: " + fileName, Path.GetFileNameWithoutExtension(fileName));
    }

    /// <summary>
    /// The scenario that <c>"extends": <paramref name="path"/></c> in this one names: the file at
    /// that path relative to this one's folder if there is one; otherwise, when the path is a bare
    /// file name, the built-in scenario of that name; otherwise null. A built-in scenario extends
    /// only built-in ones.
    /// </summary>
    public ScenarioSource? Extended(string path)
    {
        if (Folder is not null && path.Length > 0)
        {
            string full = Path.GetFullPath(Path.Combine(Folder, path));
            if (File.Exists(full))
            {
                return new ScenarioSource(DisplayPath.Join(Path.GetDirectoryName(DisplayName) ?? string.Empty, path), File.ReadAllBytes(full), Path.GetDirectoryName(full)!, full, Path.GetFileNameWithoutExtension(full));
            }
        }

        return Path.GetFileName(path) == path && BuiltInNames.Contains(path) ? BuiltIn(path) : null;
    }
}
