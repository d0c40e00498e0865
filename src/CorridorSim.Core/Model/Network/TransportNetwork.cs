namespace CorridorSim.Model.Network;

/// <summary>
/// A validated network: nodes and links with every reference resolved. Built only by
/// <see cref="Input.NetworkLoader"/>, which guarantees unique ids and known endpoints.
/// </summary>
public sealed class TransportNetwork
{
    private readonly Dictionary<string, NetworkNode> _nodes;
    private readonly Dictionary<string, NetworkLink> _links;
    private readonly Dictionary<string, SeaArea> _seaAreas;
    private readonly Dictionary<string, RollingStockSpec> _rollingStock;

    internal TransportNetwork(string name, string? description, NetworkDefaults defaults, IReadOnlyList<NetworkNode> nodes, IReadOnlyList<NetworkLink> links, IReadOnlyList<SeaArea> seaAreas, IReadOnlyList<RollingStockSpec>? rollingStock = null)
    {
        Name = name;
        Description = description;
        Defaults = defaults;
        Nodes = nodes;
        Links = links;
        SeaAreas = seaAreas;
        _nodes = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        _links = links.ToDictionary(l => l.Id, StringComparer.Ordinal);
        _seaAreas = seaAreas.ToDictionary(a => a.Id, StringComparer.Ordinal);
        RollingStock = rollingStock ?? [];
        _rollingStock = RollingStock.ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    /// <summary>The network's name.</summary>
    public string Name { get; }

    /// <summary>What the network covers.</summary>
    public string? Description { get; }

    /// <summary>Network-wide defaults.</summary>
    public NetworkDefaults Defaults { get; }

    /// <summary>All nodes, in file order.</summary>
    public IReadOnlyList<NetworkNode> Nodes { get; }

    /// <summary>All links, in file order.</summary>
    public IReadOnlyList<NetworkLink> Links { get; }

    /// <summary>The sea areas whose storms close their crossings, in file order.</summary>
    public IReadOnlyList<SeaArea> SeaAreas { get; }

    /// <summary>The sea area whose storms close <paramref name="link"/>, or null when it is in none.</summary>
    public SeaArea? SeaAreaOf(NetworkLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return link.SeaArea is string id ? _seaAreas[id] : null;
    }

    /// <summary>The storms that close <paramref name="link"/>: its sea area's, or its own, or null.</summary>
    public WeatherSpec? WeatherOf(NetworkLink link) => SeaAreaOf(link)?.Weather ?? link?.Weather;

    /// <summary>Whether a sea area with <paramref name="id"/> exists.</summary>
    public bool HasSeaArea(string id) => _seaAreas.ContainsKey(id);

    /// <summary>The rolling-stock pools, in file order.</summary>
    public IReadOnlyList<RollingStockSpec> RollingStock { get; }

    /// <summary>The rolling-stock pool with <paramref name="id"/>.</summary>
    public RollingStockSpec Pool(string id) => _rollingStock[id];

    /// <summary>The node with <paramref name="id"/>.</summary>
    public NetworkNode Node(string id) => _nodes[id];

    /// <summary>The link with <paramref name="id"/>.</summary>
    public NetworkLink Link(string id) => _links[id];

    /// <summary>Whether a link with <paramref name="id"/> exists.</summary>
    public bool HasLink(string id) => _links.ContainsKey(id);

    /// <summary>Whether a node with <paramref name="id"/> exists.</summary>
    public bool HasNode(string id) => _nodes.ContainsKey(id);

    /// <summary>CO2 per TEU-km on <paramref name="link"/>: its own factor or the mode's default (0 when neither is given).</summary>
    public double Co2KgPerTeuKm(NetworkLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return link.Co2KgPerTeuKm ?? Defaults.Co2KgPerTeuKm.GetValueOrDefault(link.Mode);
    }
}
