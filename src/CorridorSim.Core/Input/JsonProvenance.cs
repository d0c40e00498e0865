namespace CorridorSim.Input;

/// <summary>
/// Where each part of a document merged from several files came from: maps a path in the merged
/// document (<c>$.streams[2].origin</c>) to a file and the path there, so a problem found in the
/// merged document is reported where the user wrote the value. The most specific entry wins: a
/// path with no entry of its own belongs to its nearest ancestor that has one.
/// </summary>
internal sealed class JsonProvenance
{
    private readonly Dictionary<string, (InputFile File, string Path)> _origins = new(StringComparer.Ordinal);

    /// <summary>Starts with every path belonging to <paramref name="file"/>, where it has the same path.</summary>
    public JsonProvenance(InputFile file)
    {
        Root = file;
        _origins["$"] = (file, "$");
    }

    /// <summary>The file a problem with the document as a whole (e.g. a missing property) is reported in.</summary>
    public InputFile Root { get; set; }

    /// <summary>The file and path where the value at <paramref name="path"/> was written.</summary>
    public (InputFile File, string Path) Locate(string path)
    {
        if (path == "$")
        {
            return (Root, path);
        }

        string candidate = path;
        while (!_origins.ContainsKey(candidate))
        {
            candidate = candidate[..Math.Max(candidate.LastIndexOf('.'), candidate.LastIndexOf('['))];
        }

        var (file, origin) = _origins[candidate];
        return (file, origin + path[candidate.Length..]);
    }

    /// <summary>Records that the value at <paramref name="path"/>, and everything within it, was written in <paramref name="file"/> at <paramref name="origin"/>.</summary>
    public void Set(string path, InputFile file, string origin)
    {
        Remove(path);
        _origins[path] = (file, origin);
    }

    /// <summary>Forgets the entries for <paramref name="path"/> and everything within it (the value was removed or replaced).</summary>
    public void Remove(string path)
    {
        foreach (string key in _origins.Keys.Where(k => k != "$" && (k == path || k.StartsWith(path + ".", StringComparison.Ordinal) || k.StartsWith(path + "[", StringComparison.Ordinal))).ToList())
        {
            _origins.Remove(key);
        }
    }
}
