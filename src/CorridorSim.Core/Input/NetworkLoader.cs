using System.Reflection;
using System.Text.Json;
using CorridorSim.Model.Network;

namespace CorridorSim.Input;

/// <summary>
/// Loads a network from JSON (comments and trailing commas allowed): a root file, optionally with
/// <c>include</c>d part files, validated as a whole. Returns every problem at once, each naming
/// the file, the JSON path, the line, what is wrong and how to fix it; never throws for bad input.
/// The format is published as <c>docs/schema/network.schema.json</c>.
/// </summary>
public static class NetworkLoader
{
    /// <summary>Display name of the network built into the program.</summary>
    public const string BuiltInName = "data/network/corridor.json";

    private const string ResourcePrefix = "CorridorSim.Data.network.";

    // The built-in network as written, read once: it is immutable, and every scenario without
    // overrides (each point of a sweep among them) would otherwise read and check it again.
    private static readonly Lazy<LoadResult<TransportNetwork>> BuiltIn = new(() => LoadBuiltInWith(NetworkOverrides.None));

    /// <summary>Loads the network whose root file is <paramref name="path"/>.</summary>
    public static LoadResult<TransportNetwork> LoadFile(string path, NetworkOverrides? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        string root = Path.GetFullPath(path);
        string baseDir = Path.GetDirectoryName(root)!;
        return Load(path, name => name == path ? Read(root) : Read(Path.Combine(baseDir, name)), name => name == path ? path : DisplayPath.Join(Path.GetDirectoryName(path) ?? string.Empty, name), overrides ?? NetworkOverrides.None);
    }

    /// <summary>Loads the corridor network built into the program (the files of <c>data/network/</c> at build time).</summary>
    public static LoadResult<TransportNetwork> LoadBuiltIn(NetworkOverrides? overrides = null) =>
        overrides is null || overrides == NetworkOverrides.None ? BuiltIn.Value : LoadBuiltInWith(overrides);

    private static LoadResult<TransportNetwork> LoadBuiltInWith(NetworkOverrides overrides)
    {
        var assembly = typeof(NetworkLoader).Assembly;
        return Load("corridor.json", name => ReadResource(assembly, name), name => $"built-in data/network/{name}", overrides);
    }

    /// <summary>Loads from in-memory files: <paramref name="files"/> maps names (the root's and those it includes) to contents.</summary>
    public static LoadResult<TransportNetwork> LoadFromText(string rootName, IReadOnlyDictionary<string, string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Load(rootName, name => files.TryGetValue(name, out string? text) ? System.Text.Encoding.UTF8.GetBytes(text) : null, name => name, NetworkOverrides.None);
    }

    private static LoadResult<TransportNetwork> Load(string rootName, Func<string, byte[]?> read, Func<string, string> display, NetworkOverrides overrides)
    {
        var errors = new List<InputError>();
        var root = Open(rootName, read, display, errors);
        var parts = new List<InputFile>();

        // A file that was missing or could not be parsed contributes no nodes.
        bool partMissing = root?.Document is null;
        string name = "network";
        string? description = null;
        var defaults = NetworkDefaults.None;
        if (root?.Document is JsonDocument doc && JsonObjectReader.ForObject(doc.RootElement, "$", root) is JsonObjectReader reader)
        {
            name = reader.String("name") ?? name;
            description = reader.String("description");
            if (reader.Object("defaults") is JsonObjectReader d)
            {
                defaults = NetworkElementReader.ReadDefaults(d);
            }

            var includes = reader.StringList("include") ?? [];
            reader.Has("nodes");
            reader.Has("links");
            reader.Has("seaAreas");
            reader.Has("rollingStock");
            reader.ReportUnknownProperties();
            parts.Add(root);
            for (int i = 0; i < includes.Count; i++)
            {
                var part = Open(includes[i], read, display, errors, root, $"$.include[{i}]");
                if (part?.Document is not null)
                {
                    parts.Add(part);
                }
                else
                {
                    partMissing = true;
                }
            }
        }

        var nodes = new List<NetworkNode>();
        var links = new List<NetworkLink>();
        var seaAreas = new List<SeaArea>();
        var pools = new List<RollingStockSpec>();
        var faulty = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var overridden = new List<OverriddenElement>();
        foreach (var part in parts)
        {
            NetworkElementReader.ReadElements(part, part == root, nodes, links, seaAreas, pools, faulty, overrides, overridden);
        }

        ReportUnknownOverrides(overrides, nodes.Select(n => n.Id).ToList(), links.Select(l => l.Id).ToList(), seaAreas.Select(a => a.Id).ToList(), pools.Select(p => p.Id).ToList(), errors);

        // Checking references against the rest would only repeat a missing file's problem as
        // "unknown node" errors elsewhere.
        if (!partMissing)
        {
            NetworkValidator.Validate(nodes, links, pools, faulty, parts, errors);
            SeaAreaValidator.Validate(seaAreas, links, parts, errors);
        }

        PointAtOverrides(errors, overridden, overrides);

        if (errors.Count > 0)
        {
            return new LoadResult<TransportNetwork>(null, errors);
        }

        // A patched value is questioned against the one it replaces (PlausibilityCheck), not here,
        // where the warning would point at the file for a figure the override wrote.
        return new LoadResult<TransportNetwork>(new TransportNetwork(name, description, defaults, nodes, links, seaAreas, pools), errors)
        {
            Warnings = overrides == NetworkOverrides.None ? NetworkPlausibility.Of(nodes, links, parts) : [],
        };
    }

    private static InputFile? Open(string name, Func<string, byte[]?> read, Func<string, string> display, List<InputError> errors, InputFile? includer = null, string? includePath = null)
    {
        byte[]? bytes = read(name);
        if (bytes is null)
        {
            if (includer is not null)
            {
                includer.Error(includePath!, $"included file \"{name}\" not found.", "check the name; include paths are relative to the including file.");
            }
            else
            {
                errors.Add(new InputError(display(name), "$", "file not found.", "check the path (relative paths start from the current folder)."));
            }

            return null;
        }

        var file = InputFile.Parse(display(name), bytes, errors);
        return file.Document is null ? null : file;
    }

    private static void ReportUnknownOverrides(NetworkOverrides overrides, List<string> nodeIds, List<string> linkIds, List<string> seaAreaIds, List<string> poolIds, List<InputError> errors)
    {
        foreach (string id in overrides.SeaAreas.Keys.Where(id => !seaAreaIds.Contains(id)))
        {
            errors.Add(overrides.ErrorAt($"{overrides.JsonPath}.seaAreas.{id}", $"override of unknown sea area \"{id}\".", DidYouMean.Hint(id, seaAreaIds, "sea area ids")));
        }

        foreach (string id in overrides.RollingStock.Keys.Where(id => !poolIds.Contains(id)))
        {
            errors.Add(overrides.ErrorAt($"{overrides.JsonPath}.rollingStock.{id}", $"override of unknown rolling-stock pool \"{id}\".", DidYouMean.Hint(id, poolIds, "rolling-stock pool ids")));
        }

        foreach (string id in overrides.Nodes.Keys.Where(id => !nodeIds.Contains(id)))
        {
            errors.Add(overrides.ErrorAt($"{overrides.JsonPath}.nodes.{id}", $"override of unknown node \"{id}\".", DidYouMean.Hint(id, nodeIds, "node ids")));
        }

        foreach (string id in overrides.Links.Keys.Where(id => !linkIds.Contains(id)))
        {
            errors.Add(overrides.ErrorAt($"{overrides.JsonPath}.links.{id}", $"override of unknown link \"{id}\".", DidYouMean.Hint(id, linkIds, "link ids")));
        }
    }

    /// <summary>
    /// Moves each problem with a value an override gave from the network file, which does not hold
    /// that value, to where the scenario gives it; problems elsewhere in an overridden element stay
    /// in the network file and name the override.
    /// </summary>
    private static void PointAtOverrides(List<InputError> errors, List<OverriddenElement> overridden, NetworkOverrides overrides)
    {
        for (int i = 0; i < errors.Count; i++)
        {
            var error = errors[i];
            if (overridden.FirstOrDefault(e => e.Holds(error.File, error.JsonPath)) is not OverriddenElement element)
            {
                continue;
            }

            string patchPath = $"{overrides.JsonPath}.{element.Kind}.{element.Id}";
            errors[i] = element.PointAtPatch(error, (part, message, fix) => overrides.ErrorAt(patchPath + part, message, fix));
        }
    }

    private static byte[]? Read(string path) => File.Exists(path) ? File.ReadAllBytes(path) : null;

    private static byte[]? ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name);
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
