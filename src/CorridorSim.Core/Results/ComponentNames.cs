using CorridorSim.Model.Network;
using CorridorSim.Scenarios;

namespace CorridorSim.Results;

/// <summary>
/// A component's name as a reader takes it, from its id and the scenario's network:
/// <c>link:a-b:f</c> is the link's name and the way it runs ("…, westbound"), <c>node:a:yard</c> the
/// node's name and the part ("…, yard"), a rolling-stock pool or a sea area its own name.
/// </summary>
public static class ComponentNames
{
    /// <summary>The display name of component <paramref name="id"/> in <paramref name="scenario"/>; the id itself when nothing in the scenario names it.</summary>
    public static string Of(string id, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(scenario);
        var network = scenario.Network;
        string[] parts = id.Split(':');
        return parts switch
        {
            ["link", var link, "f"] when network.HasLink(link) => $"{LinkName(network, link)}, {Heading(network, network.Link(link).From, network.Link(link).To)}",
            ["link", var link, "r"] when network.HasLink(link) => $"{LinkName(network, link)}, {Heading(network, network.Link(link).To, network.Link(link).From)}",
            ["link", var link] when network.HasLink(link) => LinkName(network, link),
            ["node", var node, var part] when network.HasNode(node) => $"{Brief(network.Node(node).Name)}, {Part(part)}",
            ["rollingStock", var pool] when network.RollingStock.Any(p => p.Id == pool) => Brief(network.Pool(pool).Name),
            ["weather", "sea", var area] when network.HasSeaArea(area) => $"{Brief(network.SeaAreas.First(a => a.Id == area).Name)}, storms",
            ["weather", "link", var link] when network.HasLink(link) => $"{LinkName(network, link)}, storms",
            ["demand", var stream] when scenario.Streams.Any(s => s.Id == stream) => $"{scenario.Streams.First(s => s.Id == stream).DisplayName}, held at origin",
            _ => id,
        };
    }

    /// <summary><paramref name="name"/> without a trailing parenthesis: "East port (container hub)" is "East port".</summary>
    public static string Brief(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        int open = name.IndexOf(" (", StringComparison.Ordinal);
        return open > 0 && name.EndsWith(')') ? name[..open] : name;
    }

    private static string LinkName(TransportNetwork network, string id)
    {
        var link = network.Link(id);
        return link.Name is string name ? Brief(name) : $"{Brief(network.Node(link.From).Name)} – {Brief(network.Node(link.To).Name)}";
    }

    private static string Part(string part) => part switch
    {
        "capacity" => "handling",
        "dwell" => "clearance",
        _ => part,
    };

    /// <summary>"eastbound", "westbound", "northbound" or "southbound": the larger of the two components of the way from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static string Heading(TransportNetwork network, string from, string to)
    {
        var a = network.Node(from);
        var b = network.Node(to);
        double east = (b.Longitude - a.Longitude) * Math.Cos((a.Latitude + b.Latitude) * Math.PI / 360.0);
        double north = b.Latitude - a.Latitude;
        return Math.Abs(east) >= Math.Abs(north)
            ? (east >= 0 ? "eastbound" : "westbound")
            : (north >= 0 ? "northbound" : "southbound");
    }
}
