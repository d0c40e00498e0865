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
    /// <summary>Defaults when a network gives none: no value of time and no CO2 factors.</summary>
    public static NetworkDefaults None { get; } = new(0.0, new Dictionary<TransportMode, double>(), []);
}
