using System.Text.Json;
using System.Text.Json.Nodes;
using CorridorSim.Model.Network;
using CorridorSim.Routing;
using CorridorSim.Scenarios;

namespace CorridorSim.Input;

/// <summary>
/// Reads a scenario's demand streams, each with the scenario's override for its id merged in, and
/// those the overrides add or remove, and checks them against the network: known nodes and links, and a simple route from origin through
/// <c>via</c> to destination (or each of its <c>routes</c>, <see cref="StreamRoutesReader"/>). A problem with a value an override gave is reported where the
/// override gives it.
/// </summary>
internal static class DemandStreamReader
{
    private static readonly Dictionary<string, ArrivalPattern> ArrivalPatterns = new(StringComparer.Ordinal)
    {
        ["poisson"] = ArrivalPattern.Poisson,
        ["scheduled"] = ArrivalPattern.Scheduled,
    };

    /// <summary>What an override adding a stream must give for it to be taken as a new stream rather than a mistyped id.</summary>
    /// <summary>The smallest non-zero demand of a stream, in TEU a year: below it the gaps between shipments are too long to schedule or to mean anything.</summary>
    public const double MinimumTeuPerYear = 0.01;

    private static readonly string[] NewStreamNeeds = ["origin", "destination", "teuPerYear"];

    /// <summary>
    /// The streams of the scenario read by <paramref name="r"/> with <paramref name="patches"/> (by
    /// stream id, written at <paramref name="patchesPath"/>) applied: a merge patch for a stream's id
    /// is merged in, null removes the stream, and a whole stream under an id that matches none is
    /// added after the others. Each with the path it was read from and the file to report its
    /// problems through. <paramref name="inherited"/> says whether the streams came from a scenario
    /// this one extends, for the messages.
    /// </summary>
    public static List<(DemandStream Stream, string Path, InputFile File)> Read(JsonObjectReader r, IReadOnlyDictionary<string, JsonObject?> patches, string patchesPath, bool inherited)
    {
        var streams = new List<(DemandStream Stream, string Path, InputFile File)>();
        if (r.Array("streams", required: true) is not JsonElement array)
        {
            return streams;
        }

        var ids = new List<string>();
        foreach (var element in array.EnumerateArray())
        {
            string path = $"$.streams[{ids.Count}]";
            string id = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
            ids.Add(id);
            if (patches.TryGetValue(id, out var patch) && patch is null)
            {
                continue;
            }

            var (patched, file) = patch is null ? (element, r.File) : Patched(element, id, path, r.File, patch, $"{patchesPath}.{id}");
            if (JsonObjectReader.ForObject(patched, path, file) is JsonObjectReader s)
            {
                streams.Add((ReadOne(s, streams), path, file));
            }
        }

        if (ids.Count == 0)
        {
            r.File.Error(r.PathOf("streams"), "a scenario needs at least one demand stream.");
            return streams;
        }

        var known = ids.Where(x => x.Length > 0).Concat(patches.Where(p => !ids.Contains(p.Key) && p.Value is not null).Select(p => p.Key)).ToList();
        foreach (var (id, patch) in patches.Where(p => !ids.Contains(p.Key)))
        {
            string at = $"{patchesPath}.{id}";
            var others = known.Where(k => k != id).ToList();
            string what = inherited ? "an inherited stream" : "one of this scenario's streams";
            if (patch is null)
            {
                r.File.Error(at, $"null removes a stream, but \"{id}\" is not {what}.", DidYouMean.Hint(id, others, "stream ids"));
            }
            else if (Added(r.File, id, patch, at, what, others) is JsonElement added && JsonObjectReader.ForObject(added, at, r.File) is JsonObjectReader s)
            {
                streams.Add((ReadOne(s, streams), at, r.File));
            }
        }

        if (streams.Count == 0 && ids.LastOrDefault(id => patches.TryGetValue(id, out var p) && p is null) is string last)
        {
            r.File.Error($"{patchesPath}.{last}", "the overrides remove every stream, and a scenario needs at least one demand stream.", "keep one of the streams, or add one.");
        }

        return streams;
    }

    /// <summary>Checks that every stream's nodes and links exist and that it has a route.</summary>
    public static void Check(TransportNetwork network, IReadOnlyList<(DemandStream Stream, string Path, InputFile File)> streams)
    {
        var nodes = network.Nodes.Select(n => n.Id).ToList();
        List<string> nodesAndLinks = [.. nodes, .. network.Links.Select(l => l.Id)];
        foreach (var (s, path, file) in streams)
        {
            if (s.Origin.Length == 0 || s.Destination.Length == 0)
            {
                continue;
            }

            // The routes the model will run: the fastest for one of the stream's shipments.
            var finder = new RouteFinder(network, PlanningLoad.Of(s));

            bool known = true;
            foreach (var (property, id) in new[] { ("origin", s.Origin), ("destination", s.Destination) })
            {
                if (!network.HasNode(id))
                {
                    file.Error($"{path}.{property}", $"unknown node \"{id}\".", DidYouMean.Hint(id, nodes, "node ids"));
                    known = false;
                }
            }

            // A via may name a link, to choose one service where several run between the same places.
            for (int j = 0; j < s.Via.Count; j++)
            {
                if (!network.HasNode(s.Via[j]) && !network.HasLink(s.Via[j]))
                {
                    file.Error($"{path}.via[{j}]", $"unknown node or link \"{s.Via[j]}\".", DidYouMean.Hint(s.Via[j], nodesAndLinks, "node or link ids"));
                    known = false;
                }
            }

            if (s.Origin == s.Destination && network.HasNode(s.Origin))
            {
                file.Error($"{path}.destination", $"stream \"{s.Id}\" starts and ends at \"{s.Origin}\".", "make \"destination\" the node where the containers are delivered; it must differ from \"origin\".");
                continue;
            }

            if (s.Routes.Count > 0 || s.BestRoutes is not null)
            {
                StreamRoutesReader.Check(network, finder, s, path, file, nodesAndLinks);
            }
            else if (known && finder.Path(s.Origin, s.Via, s.Destination) is null)
            {
                file.Error(path, $"stream \"{s.Id}\" has no simple route from \"{s.Origin}\"{(s.Via.Count == 0 ? string.Empty : " via " + string.Join(", ", s.Via.Select(v => $"\"{v}\"")))} to \"{s.Destination}\".", s.Via.Count == 0 ? "check that the nodes are connected: the destination cannot be reached from the origin." : "check the order of \"via\", or that the nodes are connected.");
            }
        }
    }

    /// <summary>
    /// The stream with <paramref name="patch"/>, the override for its id, merged in, and the file to
    /// report its problems through: a problem with a value the override gave is moved to the override
    /// at <paramref name="patchPath"/>.
    /// </summary>
    private static (JsonElement Stream, InputFile File) Patched(JsonElement element, string id, string path, InputFile file, JsonObject patch, string patchPath)
    {
        // Where the stream is written: in a scenario that extends another, perhaps in an ancestor.
        var written = file.ErrorAt(path, string.Empty);
        var stream = new OverriddenElement(written.File, written.JsonPath, written.Line, "streams", id, patch);
        var relocating = file.Relocating(e => stream.Holds(e.File, e.JsonPath) ? stream.PointAtPatch(e, (part, message, fix) => file.ErrorAt(patchPath + part, message, fix)) : e);
        return (NetworkOverrides.Apply(element, patch), relocating);
    }

    /// <summary>
    /// The stream that the override <paramref name="patch"/> of an id matching no stream adds, with
    /// its id, the key; null, with the problem reported, when it lacks what a stream needs and is
    /// more likely a mistyped id of one of <paramref name="others"/>.
    /// </summary>
    private static JsonElement? Added(InputFile file, string id, JsonObject patch, string at, string what, List<string> others)
    {
        var missing = NewStreamNeeds.Where(p => patch[p] is null).ToList();
        if (missing.Count > 0)
        {
            string lacks = missing.Count == 1 ? missing[0] : $"{string.Join(", ", missing.SkipLast(1))} and {missing[^1]}";
            file.Error(at, $"\"{id}\" is not {what}, and as a new stream it lacks {lacks}: a new stream needs origin, destination and teuPerYear.", $"{DidYouMean.Hint(id, others, "stream ids")} To add a stream \"{id}\", give its origin, destination, teuPerYear and sources.");
            return null;
        }

        if (patch["id"] is JsonNode given && !(given is JsonValue v && v.TryGetValue(out string? written) && written == id))
        {
            file.Error($"{at}.id", $"an added stream's id is its key, \"{id}\".", "remove \"id\" from the override.");
            return null;
        }

        var stream = new JsonObject { ["id"] = id };
        foreach (var (name, value) in patch.Where(p => p.Key != "id"))
        {
            stream[name] = value?.DeepClone();
        }

        return JsonDocument.Parse(stream.ToJsonString()).RootElement.Clone();
    }

    private static DemandStream ReadOne(JsonObjectReader s, List<(DemandStream Stream, string Path, InputFile File)> before)
    {
        // Ids go into the output files' keys (stream:<id>/…): the network's pattern keeps them plain.
        string? id = NetworkElementReader.Id(s);
        string? origin = s.String("origin", required: true);
        string? destination = s.String("destination", required: true);
        foreach (var (property, value) in new[] { ("origin", origin), ("destination", destination) })
        {
            if (value is not null && string.IsNullOrWhiteSpace(value))
            {
                s.File.Error(s.PathOf(property), $"\"{property}\" is empty.", "give the id of a node of the network.");
            }
        }

        double? teu = s.Number("teuPerYear", required: true, min: 0, unit: "TEU per year");
        if (teu is > 0 and < MinimumTeuPerYear)
        {
            // So little that the first shipment would be due after the end of time: a gap no run can schedule.
            s.File.Error(s.PathOf("teuPerYear"), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{teu} TEU a year is less than one TEU a century."), $"give 0 for a stream with no demand, or at least {MinimumTeuPerYear} TEU a year (after any demandScale).");
        }

        var stream = new DemandStream(id ?? string.Empty, origin ?? string.Empty, destination ?? string.Empty, teu ?? 0)
        {
            Name = s.String("name"),
            Via = s.StringList("via") ?? [],
            ContainersPerShipment = s.Integer("containersPerShipment", min: 1) ?? 1,
            Arrivals = s.Enum("arrivals", ArrivalPatterns) ?? ArrivalPattern.Poisson,
            Priority = s.Bool("priority") ?? false,
            Seasonality = s.NumberList("seasonality", min: 0) ?? Enumerable.Repeat(1.0, 12).ToArray(),
            FeuShare = s.Number("feuShare", min: 0, max: 1) ?? 0.5,
            MaxBacklogTeu = s.Number("maxBacklogTeu", min: 0, unit: "TEU"),
            Sources = s.StringList("sources", required: true, minCount: 1) ?? [],
            Notes = s.String("notes"),
        };
        stream = StreamRoutesReader.Read(s, stream);
        if (stream.Seasonality.Count != 12 || stream.Seasonality.Sum() <= 0)
        {
            s.File.Error(s.PathOf("seasonality"), $"needs 12 non-negative values, one per month from January, not all zero; it has {stream.Seasonality.Count}.", "give the relative volume of each month, January to December, e.g. [1, 1, 1.2, …]; 1 for an average month.");
        }

        s.ReportUnknownProperties();
        if (before.Any(x => x.Stream.Id == stream.Id))
        {
            s.File.Error(s.PathOf("id"), $"stream id \"{stream.Id}\" is used twice.", "give each stream its own id.");
        }

        return stream;
    }
}
