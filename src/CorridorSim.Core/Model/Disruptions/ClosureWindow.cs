namespace CorridorSim.Model.Disruptions;

/// <summary>A closure from <see cref="Start"/> until <see cref="End"/> (hours since time zero).</summary>
/// <param name="Start">Hours since time zero when the closure begins.</param>
/// <param name="End">Hours since time zero when it ends; must be after <see cref="Start"/>.</param>
public readonly record struct ClosureWindow(double Start, double End)
{
    /// <summary>Length of the window in hours.</summary>
    public double Hours => End - Start;
}
