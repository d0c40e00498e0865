using CorridorSim.Model.Network;

namespace CorridorSim.Model.Corridor;

/// <summary>How much a node may hold, and so how much may wait at it for a train or vessel.</summary>
internal static class StorageLimits
{
    /// <summary>
    /// TEU the yard of <paramref name="node"/> holds: its own figure, else the network's yardDays of
    /// its daily capacity — its capacityTeuPerDay or what its servers handle, whichever is less;
    /// null when unbounded.
    /// </summary>
    public static int? YardTeu(NetworkNode node, NetworkDefaults defaults)
    {
        if (node.YardCapacityTeu is int teu)
        {
            return teu;
        }

        double? perDay = node.CapacityTeuPerDay;
        if (node.Servers is int servers && node.HandlingHoursPerTeu is { Mean: > 0.0 } handling)
        {
            perDay = Math.Min(perDay ?? double.PositiveInfinity, servers * 24.0 / handling.Mean);
        }

        return defaults.YardDays is double days && perDay is double capacity
            ? (int)Math.Min(int.MaxValue / 2, Math.Max(2.0, Math.Ceiling(days * capacity)))
            : null;
    }

    /// <summary>TEU that may wait at <paramref name="from"/> for a service of <paramref name="load"/> TEU per train or vessel: the node's yard, else one load when the network bounds storage.</summary>
    public static int OriginBufferTeu(NetworkNode from, int load, NetworkDefaults defaults) =>
        YardTeu(from, defaults) ?? (defaults.YardDays is null ? int.MaxValue : Math.Max(2, load));
}
