namespace CorridorSim.Model.Network;

/// <summary>What a network node is; written in snake case in the data files.</summary>
public enum NodeKind
{
    /// <summary>Where cargo enters the network ("origin").</summary>
    Origin,

    /// <summary>Where cargo leaves the network ("destination").</summary>
    Destination,

    /// <summary>An inland terminal or dry port ("terminal").</summary>
    Terminal,

    /// <summary>A sea or lake port ("port").</summary>
    Port,

    /// <summary>A border-crossing point ("border").</summary>
    Border,

    /// <summary>A break of gauge, 1435 ↔ 1520 mm ("gauge_change").</summary>
    GaugeChange,

    /// <summary>A rail or road junction with no handling ("junction").</summary>
    Junction,
}
