namespace CorridorSim.Scenarios;

/// <summary>
/// A closure the scenario schedules (maintenance, a border shutdown): a node or link closed from
/// <see cref="StartDay"/> to <see cref="EndDay"/>, counted in days after the warm-up.
/// </summary>
/// <param name="Target">Node or link id.</param>
/// <param name="StartDay">Days after the warm-up when it closes.</param>
/// <param name="EndDay">Days after the warm-up when it reopens.</param>
public sealed record PlannedClosure(string Target, double StartDay, double EndDay)
{
    /// <summary>Why, for the reader of the scenario.</summary>
    public string? Notes { get; init; }
}
