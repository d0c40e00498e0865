namespace CorridorSim.Model.Network;

/// <summary>Network-wide defaults.</summary>
/// <param name="ValueOfTimeUsdPerTeuHour">Value of one TEU-hour, for generalised-cost routing.</param>
/// <param name="Co2KgPerTeuKm">CO2 per TEU-km by mode, used where a link gives none.</param>
/// <param name="Sources">Source ids of these figures.</param>
public sealed record NetworkDefaults(
    double ValueOfTimeUsdPerTeuHour,
    IReadOnlyDictionary<TransportMode, double> Co2KgPerTeuKm,
    IReadOnlyList<string> Sources)
{
    /// <summary>
    /// Days of a node's daily capacity (its <see cref="NetworkNode.CapacityTeuPerDay"/>, or what its
    /// servers handle in a day) that its yard holds where the node gives no
    /// <see cref="NetworkNode.YardCapacityTeu"/>. When null, such nodes have unbounded storage and
    /// queues never back up the line.
    /// </summary>
    public double? YardDays { get; init; }

    /// <summary>Defaults when a network gives none: no value of time and no CO2 factors.</summary>
    public static NetworkDefaults None { get; } = new(0.0, new Dictionary<TransportMode, double>(), []);
}
