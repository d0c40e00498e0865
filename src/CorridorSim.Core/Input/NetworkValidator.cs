using CorridorSim.Model.Network;

namespace CorridorSim.Input;

/// <summary>Checks a network as a whole: unique ids, known endpoints, usable links, and that every destination can be reached.</summary>
internal static class NetworkValidator
{
    /// <summary>Added to the fixes of a lone file that names nodes it does not hold: it may be one part of a network.</summary>
    private const string PartHint = " If this file is one part of a network, check the file that includes it instead.";

    public static void Validate(List<NetworkNode> nodes, List<NetworkLink> links, List<RollingStockSpec> pools, HashSet<object> faulty, List<InputFile> files, List<InputError> errors)
    {
        var byFile = files.ToDictionary(f => f.DisplayName, StringComparer.Ordinal);
        var nodeIds = new Dictionary<string, NetworkNode>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (!nodeIds.TryAdd(node.Id, node))
            {
                Report(byFile, node.File, $"{node.JsonPath}.id", $"node id \"{node.Id}\" is used twice (first in {nodeIds[node.Id].File}).", "give each node its own id.");
            }
        }

        var linkIds = new Dictionary<string, NetworkLink>(StringComparer.Ordinal);
        var connected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in links)
        {
            string path = link.JsonPath!;
            if (!linkIds.TryAdd(link.Id, link))
            {
                Report(byFile, link.File, $"{path}.id", $"link id \"{link.Id}\" is used twice (first in {linkIds[link.Id].File}).", "give each link its own id.");
            }

            foreach (var (end, id) in new[] { ("from", link.From), ("to", link.To) })
            {
                if (!nodeIds.ContainsKey(id))
                {
                    Report(byFile, link.File, $"{path}.{end}", $"unknown node id \"{id}\".", DidYouMean.Hint(id, nodeIds.Keys.ToList(), "node ids") + (files.Count == 1 ? PartHint : string.Empty));
                }
            }

            if (link.From == link.To)
            {
                Report(byFile, link.File, path, $"link \"{link.Id}\" starts and ends at \"{link.From}\".", "a link must join two different nodes.");
            }

            if (!faulty.Contains(link) && link.SpeedKmh is null && (link.Mode is TransportMode.Rail or TransportMode.Road || link.CrossingHours is null))
            {
                string needs = link.Mode is TransportMode.Rail or TransportMode.Road ? "\"speedKmh\"" : "\"crossingHours\" or \"speedKmh\"";
                Report(byFile, link.File, path, $"{link.Mode.ToString().ToLowerInvariant()} link \"{link.Id}\" has no travel time.", $"add {needs}.");
            }

            bool carriers = link.Mode == TransportMode.Rail ? link.TrainCapacityTeu is not null : link.Mode != TransportMode.Road && link.Fleet is not null && link.VesselCapacityTeu is not null;
            if (link.Timetable is not null && !carriers)
            {
                Report(byFile, link.File, $"{path}.timetable", $"link \"{link.Id}\" has a timetable but no trains or vessels to run it.", link.Mode == TransportMode.Rail ? "add \"trainCapacityTeu\"." : link.Mode == TransportMode.Road ? "remove the timetable: road legs run without one." : "add \"fleet\" and \"vesselCapacityTeu\".");
            }

            connected.Add(link.From);
            connected.Add(link.To);
        }

        RailServiceValidator.Validate(nodeIds, links, pools, faulty, (file, jsonPath, message, fix) => Report(byFile, file, jsonPath, message, fix));

        // A link with a mistyped endpoint was probably meant for an unconnected node: report only the typo.
        bool typoInEndpoints = links.Any(l => !nodeIds.ContainsKey(l.From) || !nodeIds.ContainsKey(l.To));
        foreach (var node in nodes.Where(n => !typoInEndpoints && !connected.Contains(n.Id)))
        {
            Report(byFile, node.File, node.JsonPath!, $"node \"{node.Id}\" is not connected to any link.", "add a link to or from it, or remove it.");
        }

        // Reachability means something only once every element is sound: a link dropped for a
        // typo would make destinations look unreachable.
        if (errors.Count == 0 && files.All(f => f.Errors.Count == 0))
        {
            CheckReachability([.. nodeIds.Values], links, byFile, files.Count == 1 ? PartHint : string.Empty);
        }

        void Report(Dictionary<string, InputFile> files, string? file, string jsonPath, string message, string fix)
        {
            if (file is not null && files.TryGetValue(file, out var input))
            {
                input.Error(jsonPath, message, fix);
            }
            else
            {
                errors.Add(new InputError(file ?? "network", jsonPath, message, fix));
            }
        }
    }

    private static void CheckReachability(List<NetworkNode> nodes, List<NetworkLink> links, Dictionary<string, InputFile> files, string hint)
    {
        var adjacency = nodes.ToDictionary(n => n.Id, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var link in links)
        {
            adjacency[link.From].Add(link.To);
            if (link.Bidirectional)
            {
                adjacency[link.To].Add(link.From);
            }
        }

        var reachedFromOrigins = Reachable(nodes.Where(n => n.Kind == NodeKind.Origin).Select(n => n.Id), adjacency);
        foreach (var node in nodes.Where(n => n.Kind == NodeKind.Destination && !reachedFromOrigins.Contains(n.Id)))
        {
            files[node.File!].Error(node.JsonPath!, $"destination \"{node.Id}\" cannot be reached from any origin.", "add the missing link, or check the direction of one-way (\"bidirectional\": false) links.");
        }

        var destinations = nodes.Where(n => n.Kind == NodeKind.Destination).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var node in nodes.Where(n => n.Kind == NodeKind.Origin))
        {
            if (!Reachable([node.Id], adjacency).Overlaps(destinations))
            {
                files[node.File!].Error(node.JsonPath!, $"origin \"{node.Id}\" cannot reach any destination.", "add the missing link, or check the direction of one-way links." + hint);
            }
        }
    }

    private static HashSet<string> Reachable(IEnumerable<string> starts, Dictionary<string, List<string>> adjacency)
    {
        var seen = new HashSet<string>(starts, StringComparer.Ordinal);
        var queue = new Queue<string>(seen);
        while (queue.Count > 0)
        {
            foreach (string next in adjacency[queue.Dequeue()])
            {
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return seen;
    }
}
