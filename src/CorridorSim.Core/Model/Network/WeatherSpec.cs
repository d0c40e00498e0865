namespace CorridorSim.Model.Network;

/// <summary>Weather closures of a link: mean closures starting per calendar month and the length of one.</summary>
/// <param name="ClosuresPerMonth">Twelve values, January first.</param>
/// <param name="DurationHours">Length of one closure.</param>
/// <param name="Sources">Source ids.</param>
public sealed record WeatherSpec(IReadOnlyList<double> ClosuresPerMonth, DistributionSpec DurationHours, IReadOnlyList<string> Sources)
{
    /// <summary>Expected closed hours per year, ignoring overlaps.</summary>
    public double ExpectedClosedHoursPerYear => ClosuresPerMonth.Sum() * DurationHours.Mean;
}
