using System.Globalization;
using CorridorSim.Kernel;
using CorridorSim.Model.Corridor;
using CorridorSim.Model.Network;
using CorridorSim.Scenarios;

namespace CorridorSim.Results;

/// <summary>
/// The arrival-rate half of the overload check: the TEU a year the scenario's streams offer each
/// capacity-limited component on their routes against the TEU a year it can pass, both averaged
/// over the year (a seasonal peak above capacity that the rest of the year absorbs is not
/// counted). Capacities: a node's daily capacity (<c>node:&lt;id&gt;:capacity</c>), its handling
/// servers at their mean time per TEU (<c>node:&lt;id&gt;:handling</c>), a rail link's line slots
/// × train capacity per direction (<c>link:&lt;id&gt;:f</c> or <c>:r</c>), and a vessel service's
/// in its busier direction (<c>link:&lt;id&gt;</c>): a vessel load per timetabled sailing, or
/// fleet × vessel capacity per round trip of a vessel that sails full from the busier end and
/// waits its longest wait at the other — loading, crossing and unloading both ways at their means. A stream with several routes counts on each with its fixed share, or
/// an even share under a logit. Offered at or above capacity, a queue must grow without bound
/// whatever the run's length — upstream of the component, if storage before it is bounded.
/// </summary>
internal static class OfferedLoad
{
    /// <summary>What a component is offered and can pass, TEU a year.</summary>
    public sealed record Load(double OfferedTeuPerYear, double CapacityTeuPerYear)
    {
        /// <summary>Offered over capacity.</summary>
        public double Ratio => OfferedTeuPerYear / CapacityTeuPerYear;
    }

    /// <summary>The load of every capacity-limited component on some stream's route.</summary>
    public static Dictionary<string, Load> Of(CorridorModel model)
    {
        var scenario = model.Scenario;
        var offered = new Dictionary<string, double>(StringComparer.Ordinal);
        var capacity = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int lane = 0; lane < model.Routes.Count; lane++)
        {
            var stream = scenario.Streams[model.Lanes.StreamOf(lane)];
            double teu = stream.TeuPerYear * Share(stream, model.Lanes.RouteOf(lane));
            var route = model.Routes[lane];
            foreach (var node in route.Nodes)
            {
                if (node.CapacityTeuPerDay is double perDay)
                {
                    Add($"node:{node.Id}:capacity", teu, perDay * 365);
                }

                if (node.Servers is int servers && node.HandlingHoursPerTeu is { Mean: > 0.0 } handling)
                {
                    Add($"node:{node.Id}:handling", teu, servers * SimCalendar.HoursPerYear / handling.Mean);
                }
            }

            for (int i = 0; i < route.Links.Count; i++)
            {
                var link = route.Links[i];
                string direction = link.From == route.Nodes[i].Id ? "f" : "r";
                if (VesselServices.Serves(link))
                {
                    Add($"link:{link.Id}:{direction}", teu, VesselServices.TeuPerYear(link, direction == "f"));
                }
                else if (link.Mode == TransportMode.Rail && link.TrainsPerDay is double trains && link.TrainCapacityTeu is int trainTeu)
                {
                    Add($"link:{link.Id}:{direction}", teu, trains * trainTeu * 365);
                }
            }
        }

        var loads = offered.ToDictionary(o => o.Key, o => new Load(o.Value, capacity[o.Key]), StringComparer.Ordinal);

        // A vessel service is reported as a whole, by its busier direction.
        foreach (var group in loads.Where(l => l.Key.StartsWith("link:", StringComparison.Ordinal) && IsVessel(model, l.Key)).GroupBy(l => l.Key[..l.Key.LastIndexOf(':')], StringComparer.Ordinal).ToList())
        {
            loads[group.Key] = group.MaxBy(l => l.Value.Ratio).Value;
            foreach (var direction in group)
            {
                loads.Remove(direction.Key);
            }
        }

        return loads;

        void Add(string id, double teu, double perYear)
        {
            offered[id] = offered.GetValueOrDefault(id) + teu;
            capacity[id] = perYear;
        }
    }

    /// <summary>A warning for every component offered at least its capacity.</summary>
    public static IEnumerable<string> Warnings(Dictionary<string, Load> loads) =>
        loads.Where(l => l.Value.Ratio >= 1.0).OrderByDescending(l => l.Value.Ratio).Select(l => string.Create(
            CultureInfo.InvariantCulture,
            $"{l.Key} is offered more than it can pass: {l.Value.OfferedTeuPerYear:N0} TEU a year by the streams routed through it against {l.Value.CapacityTeuPerYear:N0} TEU a year ({l.Value.Ratio:0.00}×), so what it cannot pass waits before it, or at the origins where storage is bounded, for as long as the run lasts."));

    private static double Share(DemandStream stream, int route) =>
        stream.RouteCount == 1 ? 1.0
        : stream.Choice is { Rule: RouteChoiceRule.Shares } choice && route < choice.Shares.Count ? choice.Shares[route]
        : 1.0 / stream.RouteCount;

    private static bool IsVessel(CorridorModel model, string directionId)
    {
        string id = directionId[5..directionId.LastIndexOf(':')];
        return model.Scenario.Network.HasLink(id) && VesselServices.Serves(model.Scenario.Network.Link(id));
    }
}
