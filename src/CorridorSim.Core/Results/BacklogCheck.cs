using System.Globalization;
using CorridorSim.Kernel;
using CorridorSim.Model.Corridor;
using CorridorSim.Model.Links;
using CorridorSim.Model.Nodes;

namespace CorridorSim.Results;

/// <summary>
/// Which origins hold back a growing backlog, and where the corridor is full up to: for every
/// stream whose origin backlog grows (<see cref="OverloadCheck.GrowingSince"/>), the bounded stores
/// on its route in travel order with the share of the period each was full, and the bottleneck
/// <see cref="OverloadCheck.Bottleneck"/> finds among them — named by the part of the node that
/// limits it (its daily capacity or its handling, whichever was busier) when it is a yard.
/// </summary>
internal static class BacklogCheck
{
    /// <summary>A stream held back at its origin by a bottleneck.</summary>
    public sealed record HeldBack(int Stream, int GrowingSinceWeek);

    /// <summary>The streams held back, by the id of the component that holds them back.</summary>
    public static Dictionary<string, List<HeldBack>> Bottlenecks(CorridorModel model, IReadOnlyList<ComponentSeries> series, SimTime now)
    {
        var result = new Dictionary<string, List<HeldBack>>(StringComparer.Ordinal);
        var backlogs = series.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Dictionary<string, Component>? byId = null;
        for (int s = 0; s < model.Sources.Count; s++)
        {
            if (!backlogs.TryGetValue(model.Sources[s].Id, out var backlog) || OverloadCheck.GrowingSince(backlog) is not int week)
            {
                continue;
            }

            byId ??= model.Simulation.Components.ToDictionary(c => c.Id, StringComparer.Ordinal);
            var stores = Stores(model, s, byId, now);
            string name = OverloadCheck.Bottleneck([.. stores.Select(x => x.Full)]) is int last
                ? stores[last].Limit
                : stores.Count > 0 ? stores.MaxBy(x => x.Full).Limit : model.Sources[s].Id;
            if (!result.TryGetValue(name, out var held))
            {
                held = [];
                result[name] = held;
            }

            held.Add(new HeldBack(s, week));
        }

        return result;
    }

    /// <summary>One warning per bottleneck, naming the streams it holds back and their backlogs.</summary>
    public static IEnumerable<string> Warnings(Dictionary<string, List<HeldBack>> bottlenecks, IReadOnlyList<StreamResult> streams)
    {
        foreach (var (name, held) in bottlenecks)
        {
            var ids = string.Join(", ", held.Select(h => streams[h.Stream].Id));
            long teu = held.Sum(h => streams[h.Stream].BacklogEndTeu);
            int since = held.Min(h => h.GrowingSinceWeek);
            double wait = held.Max(h => streams[h.Stream].BacklogWait.MeanDays);
            yield return string.Create(CultureInfo.InvariantCulture, $"{name} is saturated: the corridor is full from the origin of {ids} up to it, and the origin holds back a backlog that grows from week {since} to {teu:N0} TEU at the end (mean wait in it up to {wait:F1} days). Times in the corridor stay bounded, but the backlog and its wait grow with the length of the run: compare these streams by their backlog as well as their transit time.");
        }
    }

    /// <summary>The bounded stores on stream <paramref name="s"/>'s route, origin first: (id, share of the period full, the component to name if it is the bottleneck).</summary>
    private static List<(string Id, double Full, string Limit)> Stores(CorridorModel model, int s, Dictionary<string, Component> byId, SimTime now)
    {
        var route = model.Routes[s];
        var stores = new List<(string, double, string)>();
        for (int k = 0; k < route.Nodes.Count; k++)
        {
            string node = route.Nodes[k].Id;
            if (byId.GetValueOrDefault($"node:{node}:yard") is Yard yard)
            {
                stores.Add((yard.Id, yard.FullShare(now), Limit(node, yard.Id, byId, now)));
            }

            if (byId.GetValueOrDefault($"node:{node}:dwell") is Delay { RefusesWhenBlocked: true } dwell)
            {
                stores.Add((dwell.Id, dwell.BlockedShare(now), dwell.Id));
            }

            if (k < route.Links.Count)
            {
                var link = route.Links[k];
                string key = $"link:{link.Id}:{(link.From == node ? "f" : "r")}";
                if (byId.GetValueOrDefault(key) is BatchCarrierService { BufferCapacity: < int.MaxValue } service)
                {
                    stores.Add((key, service.BufferFullShare(now), key));
                }
            }
        }

        return stores;
    }

    /// <summary>What limits a full yard: its node's daily capacity or its handling, whichever was busier; the yard itself when it has neither.</summary>
    private static string Limit(string node, string yard, Dictionary<string, Component> byId, SimTime now) =>
        new[] { $"node:{node}:capacity", $"node:{node}:handling" }
            .Select(id => byId.GetValueOrDefault(id) as IQueueMeasures)
            .OfType<IQueueMeasures>()
            .OrderByDescending(q => q.Utilisation(now))
            .FirstOrDefault()?.Id ?? yard;
}
