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

    [Fact]
    public void Two_crossings_of_one_sea_area_are_closed_at_the_same_times()
    {
        var sim = new Simulation(3);
        var north = new ClosureLog(sim);
        var south = new ClosureLog(sim);
        var area = new SeasonalClosures(sim, "weather:sea", Rates, new Triangular(12, 36, 72));
        area.AddTarget("north", north);
        area.AddTarget("south", south);

        sim.Run(new SimTime(3 * SimCalendar.HoursPerYear));

        Assert.NotEmpty(north.Changes);
        Assert.Equal(north.Changes, south.Changes);
        Assert.Equal(area.Storms.Count, area.TargetClosures(0));
        Assert.Equal(area.ClosedHours(sim.Now), area.TargetClosedHours(1, sim.Now), 9);
    }

    [Fact]
    public void With_a_close_chance_the_share_of_storms_that_close_a_crossing_matches_it()
    {
        // 300 years of 15.4 storms: n ≈ 4,600. The share closing a crossing with chance p is
        // binomial: within p ± 3.29 √(p(1 − p) / n) (99.9 %) at a fixed seed.
        const double Chance = 0.3;
        var sim = new Simulation(11);
        var area = new SeasonalClosures(sim, "weather:sea", Rates, new Deterministic(1.0));
        int crossing = area.AddTarget("crossing", new ClosureLog(sim), Chance);

        sim.Run(new SimTime(300 * SimCalendar.HoursPerYear));

        int n = area.Storms.Count;
        double share = area.TargetClosures(crossing) / (double)n;
        double halfWidth = 3.29 * Math.Sqrt(Chance * (1 - Chance) / n);
        Assert.InRange(share, Chance - halfWidth, Chance + halfWidth);
    }

    [Fact]
    public void A_higher_rate_or_chance_never_removes_a_crossings_closure_and_one_chance_moves_no_other_crossing()
    {
        for (ulong seed = 1; seed <= 20; seed++)
        {
            var usual = AreaStorms(seed, factor: 1.0, eastChance: 0.4, westChance: 0.7);
            var stormier = AreaStorms(seed, factor: 2.0, eastChance: 0.4, westChance: 0.7);
            var likelier = AreaStorms(seed, factor: 1.0, eastChance: 0.9, westChance: 0.7);

            Assert.Subset(stormier.East.ToHashSet(), usual.East.ToHashSet());
            Assert.Subset(stormier.West.ToHashSet(), usual.West.ToHashSet());
            Assert.Subset(likelier.East.ToHashSet(), usual.East.ToHashSet());
            Assert.True(likelier.East.Count >= usual.East.Count, $"seed {seed}");
            Assert.Equal(usual.West, likelier.West);
        }
    }

    private static (List<double> East, List<double> West) AreaStorms(ulong seed, double factor, double eastChance, double westChance)
    {
        var sim = new Simulation(seed);
        var east = new ClosureLog(sim);
        var west = new ClosureLog(sim);
        var area = new SeasonalClosures(sim, "weather:sea", Rates.Select(r => r * factor).ToArray(), new Triangular(12, 36, 72));
        area.AddTarget("east", east, eastChance);
        area.AddTarget("west", west, westChance);
        sim.Run(new SimTime(3 * SimCalendar.HoursPerYear));
        return (east.Closings, west.Closings);
    }

    private static (IReadOnlyList<ClosureWindow> Windows, double ClosedHours) Storms(ulong seed, double factor)
    {
        var sim = new Simulation(seed);
        var port = new Station(sim, "port", 1, new Deterministic(1.0));
        var storms = new SeasonalClosures(sim, "weather", port, Rates.Select(r => r * factor).ToArray(), new Triangular(12, 36, 72));
        sim.Run(new SimTime(3 * SimCalendar.HoursPerYear));
        return (storms.Storms, storms.ClosedHours(sim.Now));
    }

    /// <summary>Records when it is closed and opened, and when each closure began.</summary>
    private sealed class ClosureLog(Simulation simulation) : IClosable
    {
        private int _depth;

        public List<(double Time, bool Closed)> Changes { get; } = [];

        public List<double> Closings { get; } = [];

        public bool IsClosed => _depth > 0;

        public void Close()
        {
            Closings.Add(simulation.NowHours);
            if (_depth++ == 0)
            {
                Changes.Add((simulation.NowHours, true));
            }
        }

        public void Open()
        {
            if (--_depth == 0)
            {
                Changes.Add((simulation.NowHours, false));
            }
        }
    }
}
