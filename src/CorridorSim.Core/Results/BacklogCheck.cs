using System.Globalization;
using CorridorSim.Kernel;
using CorridorSim.Model.Corridor;
using CorridorSim.Model.Links;
using CorridorSim.Model.Nodes;

namespace CorridorSim.Results;

/// <summary>
/// Where bounded storage is full, and which origins it holds back: the bounded stores on each
/// stream's route in travel order with the share of the period each was full, the bottlenecks
/// <see cref="OverloadCheck.Bottlenecks"/> finds among them, and whether the stream's origin
/// backlog grows (<see cref="OverloadCheck.GrowingSince"/>). A full yard is named by the part of
/// its node that limits it (its daily capacity or its handling, whichever was busier) when that was
/// busy at least <see cref="OverloadCheck.BusyShare"/> of the time, else as the yard; a run of full
/// stores that ends just before a yard whose limit was that busy is named by that limit (a yard
/// that empties in bursts, as a day's capacity passes at once, is seldom full to the last box).
/// </summary>
internal static class BacklogCheck
{
    /// <summary>A stream behind a bottleneck; the week its origin's backlog started growing, if it does.</summary>
    public sealed record HeldBack(int Stream, int? GrowingSinceWeek, double FullShare);

    /// <summary>The streams behind each bottleneck, by the id of the component named.</summary>
    public static Dictionary<string, List<HeldBack>> Bottlenecks(CorridorModel model, IReadOnlyList<ComponentSeries> series, SimTime now)
    {
        var result = new Dictionary<string, List<HeldBack>>(StringComparer.Ordinal);
        var backlogs = series.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var byId = model.Simulation.Components.ToDictionary(c => c.Id, StringComparer.Ordinal);
        for (int s = 0; s < model.Sources.Count; s++)
        {
            int? week = backlogs.TryGetValue(model.Sources[s].Id, out var backlog) ? OverloadCheck.GrowingSince(backlog) : null;
            var stores = Stores(model, s, byId, now);
            foreach (int end in OverloadCheck.Bottlenecks([.. stores.Select(x => x.Full)]))
            {
                string name = end + 1 < stores.Count && stores[end + 1].BusyLimit ? stores[end + 1].Limit : stores[end].Limit;
                if (!result.TryGetValue(name, out var held))
                {
                    held = [];
                    result[name] = held;
                }

                held.Add(new HeldBack(s, week, stores[end].Full));
            }
        }

        return result;
    }

    /// <summary>One warning per bottleneck, naming the streams it holds back and their origins' backlogs.</summary>
    public static IEnumerable<string> Warnings(Dictionary<string, List<HeldBack>> bottlenecks, IReadOnlyList<StreamResult> streams)
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (var (name, held) in bottlenecks)
        {
            string ids = string.Join(", ", held.Select(h => streams[h.Stream].Id).Distinct());
            var growing = held.Where(h => h.GrowingSinceWeek is not null).ToList();
            string full = string.Create(inv, $"{name} is saturated: its storage was full {held.Max(h => h.FullShare):P0} of the time and holds back the line behind it ({ids})");
            yield return growing.Count == 0
                ? full + "; times through it depend on how much storage lies behind it, so compare its streams with care."
                : full + string.Create(inv, $", up to the origin, whose backlog grows from week {growing.Min(h => h.GrowingSinceWeek)} to {growing.Select(h => h.Stream).Distinct().Sum(s => streams[s].BacklogEndTeu):N0} TEU at the end (mean wait in it up to {growing.Max(h => streams[h.Stream].BacklogWait.MeanDays):F1} days). Times in the corridor stay bounded, but the backlog and its wait grow with the length of the run: compare these streams by their backlog as well as their transit time.");
        }
    }

    /// <summary>The bounded stores on stream <paramref name="s"/>'s route, origin first: (share of the period full, the component to name if it is the bottleneck, whether that is a busy capacity).</summary>
    private static List<(double Full, string Limit, bool BusyLimit)> Stores(CorridorModel model, int s, Dictionary<string, Component> byId, SimTime now)
    {
        var route = model.Routes[s];
        var stores = new List<(double, string, bool)>();
        for (int k = 0; k < route.Nodes.Count; k++)
        {
            string node = route.Nodes[k].Id;
            if (byId.GetValueOrDefault($"node:{node}:yard") is Yard yard)
            {
                var limit = Limit(node, byId, now);
                bool busy = limit?.Utilisation(now) >= OverloadCheck.BusyShare;
                stores.Add((yard.FullShare(now), busy ? limit!.Id : yard.Id, busy));
            }

            if (byId.GetValueOrDefault($"node:{node}:dwell") is Delay { RefusesWhenBlocked: true } dwell)
            {
                stores.Add((dwell.BlockedShare(now), dwell.Id, false));
            }

            if (k < route.Links.Count)
            {
                var link = route.Links[k];
                string key = $"link:{link.Id}:{(link.From == node ? "f" : "r")}";
                if (byId.GetValueOrDefault(key) is BatchCarrierService { BufferCapacity: < int.MaxValue } && byId.GetValueOrDefault(key + ":buffer") is OriginBuffer buffer)
                {
                    stores.Add((buffer.FullShare(now), key, false));
                }
                else if (byId.GetValueOrDefault($"link:{link.Id}") is VesselService vessels && byId.GetValueOrDefault(key + ":buffer") is OriginBuffer port)
                {
                    // A vessel service's port queue: the fleet is what limits it, so it is named.
                    var direction = link.From == node ? vessels.Forward : vessels.Reverse;
                    if (direction.BufferCapacity < int.MaxValue)
                    {
                        stores.Add((port.FullShare(now), vessels.Id, false));
                    }
                }
            }
        }

        return stores;
    }

    /// <summary>What may limit a yard: its node's daily capacity or its handling, whichever was busier; null when it has neither.</summary>
    private static IQueueMeasures? Limit(string node, Dictionary<string, Component> byId, SimTime now) =>
        new[] { $"node:{node}:capacity", $"node:{node}:handling" }
            .Select(id => byId.GetValueOrDefault(id) as IQueueMeasures)
            .OfType<IQueueMeasures>()
            .OrderByDescending(q => q.Utilisation(now))
            .FirstOrDefault();
}
