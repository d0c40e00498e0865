namespace CorridorSim.Results;

/// <summary>Transit times of delivered containers, creation at the origin to arrival at the destination, in days (NaN when none was delivered).</summary>
/// <param name="MeanDays">Mean.</param>
/// <param name="P50Days">Median (within 0.4 %).</param>
/// <param name="P95Days">95th percentile (within 0.4 %).</param>
/// <param name="MaxDays">Longest.</param>
public sealed record TransitSummary(double MeanDays, double P50Days, double P95Days, double MaxDays)
{
    /// <summary>No container delivered.</summary>
    public static TransitSummary None { get; } = new(double.NaN, double.NaN, double.NaN, double.NaN);
}
