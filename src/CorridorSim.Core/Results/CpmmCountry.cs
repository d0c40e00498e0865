namespace CorridorSim.Results;

/// <summary>A country's distance-weighted CPMM speeds over its rail and road sections.</summary>
/// <param name="Country">Country.</param>
/// <param name="Km">Summed length of its sections used, each direction counted.</param>
/// <param name="SpeedWithoutDelayKmh">SWOD, container-km over container-hours moving.</param>
/// <param name="SpeedWithDelayKmh">SWD, container-km over container-hours.</param>
/// <param name="OrdinarySpeedWithDelayKmh">SWD of ordinary containers (NaN when none).</param>
/// <param name="PrioritySpeedWithDelayKmh">SWD of priority containers (NaN when none).</param>
public sealed record CpmmCountry(string Country, double Km, double SpeedWithoutDelayKmh, double SpeedWithDelayKmh, double OrdinarySpeedWithDelayKmh, double PrioritySpeedWithDelayKmh);
