namespace CorridorSim.Model.Links;

/// <summary>Regular departures: every <paramref name="EveryHours"/> hours, the first at <paramref name="FirstHour"/>.</summary>
/// <param name="EveryHours">Hours between departures (&gt; 0).</param>
/// <param name="FirstHour">Hour of the first departure from time zero (≥ 0).</param>
public sealed record Timetable(double EveryHours, double FirstHour = 0.0)
{
    /// <summary>Hours between departures.</summary>
    public double EveryHours { get; } = EveryHours > 0.0 && double.IsFinite(EveryHours)
        ? EveryHours
        : throw new ArgumentOutOfRangeException(nameof(EveryHours), EveryHours, "Departures must be a positive, finite number of hours apart.");

    /// <summary>Hour of the first departure.</summary>
    public double FirstHour { get; } = FirstHour >= 0.0 && double.IsFinite(FirstHour)
        ? FirstHour
        : throw new ArgumentOutOfRangeException(nameof(FirstHour), FirstHour, "The first departure must be at a finite hour, not negative.");
}
