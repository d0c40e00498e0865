namespace CorridorSim.Results;

/// <summary>One delivered container, with its time breakdown.</summary>
/// <param name="Stream">Stream id.</param>
/// <param name="Teu">1 for a 20-ft box, 2 for a 40-ft box.</param>
/// <param name="CreatedHours">Hours since the start of the run (warm-up included) when it was created at its origin.</param>
/// <param name="DeliveredHours">Hours since the start of the run when it was delivered.</param>
/// <param name="BreakdownHours">Hours in each time category, in <see cref="Model.Cargo.TimeCategory"/> order.</param>
public sealed record ShipmentRecord(string Stream, int Teu, double CreatedHours, double DeliveredHours, IReadOnlyList<double> BreakdownHours)
{
    /// <summary>Which of its stream's routes the container took, 1 for the first (or only) one.</summary>
    public int Route { get; init; } = 1;

    /// <summary>Hours from creation to delivery.</summary>
    public double TransitHours => DeliveredHours - CreatedHours;
}
