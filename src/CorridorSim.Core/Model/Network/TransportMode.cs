namespace CorridorSim.Model.Network;

/// <summary>How a link moves cargo.</summary>
public enum TransportMode
{
    /// <summary>Rail: trains between terminals.</summary>
    Rail,

    /// <summary>Ferry: rail or ro-ro ferries with a fixed fleet shuttling across a sea.</summary>
    Ferry,

    /// <summary>Sea: container vessels (feeders, deep-sea services).</summary>
    Sea,

    /// <summary>Road: trucks.</summary>
    Road,
}
