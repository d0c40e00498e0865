using CorridorSim.Model.Network;

namespace CorridorSim.Routing;

/// <summary>
/// A path through the network with its planning figures (expected values without queueing or
/// disruption; the simulation gives the distribution).
/// </summary>
/// <param name="Nodes">The nodes in travel order, origin first.</param>
/// <param name="Links">The links in travel order; link i joins node i and node i + 1.</param>
/// <param name="DistanceKm">Total length.</param>
/// <param name="ExpectedHours">Planning estimate of the transit time: one shipment alone on an empty corridor (<see cref="RouteTiming"/>).</param>
/// <param name="MoneyUsdPerTeu">Freight and node charges per TEU.</param>
/// <param name="CostUsdPerTeu">Generalised cost per TEU: expected hours × value of time + money.</param>
/// <param name="Co2KgPerTeu">CO2 per TEU.</param>
public sealed record Route(
    IReadOnlyList<NetworkNode> Nodes,
    IReadOnlyList<NetworkLink> Links,
    double DistanceKm,
    double ExpectedHours,
    double MoneyUsdPerTeu,
    double CostUsdPerTeu,
    double Co2KgPerTeu)
{
    /// <summary>Expected transit time in days.</summary>
    public double ExpectedDays => ExpectedHours / 24.0;

    /// <summary>The route families the links belong to, in travel order, without repeats (e.g. "access", "middle").</summary>
    public IReadOnlyList<string> Corridors =>
        Links.Select(l => l.Corridor).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The main route family: the corridor covering the most kilometres.</summary>
    public string MainCorridor =>
        Links.Where(l => l.Corridor is not null and not "access")
            .GroupBy(l => l.Corridor!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(l => l.DistanceKm))
            .Select(g => g.Key)
            .FirstOrDefault() ?? Links.Select(l => l.Corridor).FirstOrDefault(c => c is not null) ?? "-";

    /// <summary>
    /// A one-line summary of the route for tables: the ids of its ports, gauge changes and
    /// borders, with sea and ferry legs written "from ~mode~ to", e.g.
    /// <c>border-a – port-a ~ferry~ port-b – port-c ~sea~ port-d</c>.
    /// </summary>
    public string Via
    {
        get
        {
            var parts = new List<string>();
            for (int i = 0; i < Links.Count; i++)
            {
                var link = Links[i];
                var to = Nodes[i + 1];
                if (link.Mode is TransportMode.Ferry or TransportMode.Sea)
                {
                    string from = Nodes[i].Id;
                    string leg = $"~{link.Mode.ToString().ToLowerInvariant()}~ {to.Id}";
                    if (parts.Count > 0 && (parts[^1] == from || parts[^1].EndsWith(" " + from, StringComparison.Ordinal)))
                    {
                        // Continue the previous place or sea leg: "a ~ferry~ b", then "a ~ferry~ b ~sea~ c".
                        parts[^1] = $"{parts[^1]} {leg}";
                    }
                    else
                    {
                        parts.Add($"{from} {leg}");
                    }
                }
                else if (i < Links.Count - 1 && to.Kind is NodeKind.Port or NodeKind.GaugeChange or NodeKind.Border)
                {
                    parts.Add(to.Id);
                }
            }

            return string.Join(" – ", parts);
        }
    }

    /// <summary>
    /// The places that tell routes apart: ports, gauge changes and borders along the way (the
    /// origin and destination excluded).
    /// </summary>
    public IReadOnlyList<NetworkNode> Waypoints =>
        Nodes.Skip(1).SkipLast(1).Where(n => n.Kind is NodeKind.Port or NodeKind.GaugeChange or NodeKind.Border).ToList();
}
