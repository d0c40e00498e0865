using CorridorSim.Kernel;
using CorridorSim.Model.Disruptions;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;

namespace CorridorSim.Tests.Model;

public sealed class SeasonalClosuresTests
{
    private static readonly double[] Rates = [2.0, 1.5, 1.5, 1.0, 0.75, 0.3, 0.3, 0.3, 0.75, 1.0, 3.0, 3.0];

    [Theory]
    [InlineData(1.0, 2.0)]
    [InlineData(1.0, 1.3)]
    [InlineData(0.5, 8.0)]
    public void A_higher_storm_rate_keeps_every_storm_of_a_lower_rate(double lower, double higher)
    {
        // ×1.3 stays under the base ceiling (one candidate a week, 4 per 28 days) like ×1; ×2 needs a
        // second band of candidates and ×8 four bands, and still no storm of the lower rate is lost.
        for (ulong seed = 1; seed <= 10; seed++)
        {
            var few = Storms(seed, lower);
            var many = Storms(seed, higher);

            Assert.Subset(many.Windows.ToHashSet(), few.Windows.ToHashSet());
            Assert.True(many.ClosedHours >= few.ClosedHours, $"seed {seed}: {many.ClosedHours} h closed at ×{higher} < {few.ClosedHours} h at ×{lower}");
        }
    }

    [Fact]
    public void The_ceiling_doubles_only_when_a_months_rate_exceeds_it()
    {
        var sim = new Simulation(1);
        var port = new Station(sim, "port", 1, new Deterministic(1.0));

        var calm = new SeasonalClosures(sim, "calm", port, new double[12], new Deterministic(1.0));
        var winter = new SeasonalClosures(sim, "winter", port, Rates, new Deterministic(1.0));
        var stormy = new SeasonalClosures(sim, "stormy", port, Rates.Select(r => 1.8 * r).ToArray(), new Deterministic(1.0));

        Assert.Equal(0.0, calm.CeilingPerHour);
        Assert.Equal(SeasonalClosures.BaseCeilingPerHour, winter.CeilingPerHour);
        Assert.Equal(2 * SeasonalClosures.BaseCeilingPerHour, stormy.CeilingPerHour);
    }

    private static (IReadOnlyList<ClosureWindow> Windows, double ClosedHours) Storms(ulong seed, double factor)
    {
        var sim = new Simulation(seed);
        var port = new Station(sim, "port", 1, new Deterministic(1.0));
        var storms = new SeasonalClosures(sim, "weather", port, Rates.Select(r => r * factor).ToArray(), new Triangular(12, 36, 72));
        sim.Run(new SimTime(3 * SimCalendar.HoursPerYear));
        return (storms.Storms, storms.ClosedHours(sim.Now));
    }
}
