using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Disruptions;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Model;

public sealed class CorridorComponentTests
{
    [Fact]
    public void Demand_follows_its_yearly_volume_and_monthly_profile()
    {
        // 8,760 containers a year with twice the volume in January: expected January count
        // 2 × 31 / (365 + 31) × 8,760 = 1,371.5 (month-length weighted); Poisson sd ≈ 37, allow 4.5 sd.
        var sim = new Simulation(3);
        double[] profile = [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
        var source = new DemandSource(sim, "demand", 0, 1.0, profile, 1, 0.0);
        var counter = new Collector(sim, "out");
        source.Next = counter;

        sim.Run(new SimTime(SimCalendar.HoursPerYear));

        double expectedJanuary = 2 * 31.0 / (365 + 31) * 8_760;
        int january = counter.Received.Count(r => r.Time < 31 * 24);
        Assert.InRange(january, expectedJanuary - (4.5 * Math.Sqrt(expectedJanuary)), expectedJanuary + (4.5 * Math.Sqrt(expectedJanuary)));
        Assert.InRange(counter.Received.Count, 8_760 - (4.5 * Math.Sqrt(8_760)), 8_760 + (4.5 * Math.Sqrt(8_760)));
    }

    [Fact]
    public void Block_trains_arrive_as_batches_and_forty_foot_boxes_count_two_TEU()
    {
        var sim = new Simulation(4);
        var source = new DemandSource(sim, "trains", 2, 10.0, Enumerable.Repeat(1.0, 12).ToArray(), 40, 1.0);
        var counter = new Collector(sim, "out");
        source.Next = counter;

        sim.Run(new SimTime(1_000));

        Assert.All(counter.Received.GroupBy(r => r.Time), g => Assert.Equal(40, g.Count()));
        Assert.All(counter.Received, r => Assert.Equal(2, CargoTag.Teu(r.Tag)));
        Assert.All(counter.Received, r => Assert.Equal(2, CargoTag.Stream(r.Tag)));
        Assert.Equal(2 * source.Generated, source.GeneratedTeu);
    }

    [Fact]
    public void A_demand_sources_arrival_times_do_not_depend_on_its_container_mix()
    {
        // Arrival gaps, thinning and sizes come from separate sub-streams, so the FEU share moves
        // only the sizes, and a busier month shifts no draw of the sizes.
        double[] profile = [3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2];
        List<(double Time, int Tag, double CreatedAt)> Arrivals(double feuShare)
        {
            var sim = new Simulation(11);
            var counter = new Collector(sim, "out");
            _ = new DemandSource(sim, "demand", 0, 0.5, profile, 1, feuShare) { Next = counter };
            sim.Run(new SimTime(SimCalendar.HoursPerYear));
            return counter.Received;
        }

        var mostlyTwenty = Arrivals(0.1);
        var mostlyForty = Arrivals(0.9);

        Assert.Equal(mostlyTwenty.Select(r => r.Time), mostlyForty.Select(r => r.Time));
        Assert.True(mostlyForty.Count(r => CargoTag.Teu(r.Tag) == 2) > mostlyTwenty.Count(r => CargoTag.Teu(r.Tag) == 2));
    }

    [Fact]
    public void A_router_sends_each_stream_its_own_way()
    {
        var sim = new Simulation(1);
        var router = new Router(sim, "junction");
        var west = new Collector(sim, "west");
        var south = new Collector(sim, "south");
        router.Route(0, west);
        router.Route(1, south);
        var a = new DemandSource(sim, "a", 0, 1.0, Enumerable.Repeat(1.0, 12).ToArray(), 1, 0.0) { Next = router };
        var b = new DemandSource(sim, "b", 1, 1.0, Enumerable.Repeat(1.0, 12).ToArray(), 1, 0.0) { Next = router };

        sim.Run(new SimTime(500));

        Assert.All(west.Received, r => Assert.Equal(0, CargoTag.Stream(r.Tag)));
        Assert.All(south.Received, r => Assert.Equal(1, CargoTag.Stream(r.Tag)));
        Assert.Equal(a.Generated, west.Received.Count);
        Assert.Equal(b.Generated, south.Received.Count);
    }

    [Fact]
    public void A_destination_counts_TEU_per_stream_and_week()
    {
        var sim = new Simulation(1);
        var destination = new Destination(sim, "sink");
        var source = new Source(sim, "src", new Deterministic(24.0), batchSize: 2, tag: CargoTag.Of(3, feu: true)) { BatchLimit = 14 };
        source.Next = destination;

        sim.RunUntilStopped();

        var record = destination.Stream(3);
        Assert.Equal(56, record.Teu);
        Assert.Equal([24.0, 28.0, 4.0], record.WeeklyTeu);
        Assert.Equal(0.0, record.TransitHours.Mean);
    }

    [Fact]
    public void Seasonal_closures_come_as_often_as_the_monthly_counts_say()
    {
        // 2 closures in each January and none otherwise, over 50 years: about 100, Poisson sd 10.
        var sim = new Simulation(8);
        var port = new Station(sim, "port", 1, new Deterministic(1.0));
        double[] perMonth = [2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        var storms = new SeasonalClosures(sim, "storms", port, perMonth, new Deterministic(12.0));

        sim.Run(new SimTime(50 * SimCalendar.HoursPerYear));

        Assert.InRange(storms.Closures.Count, 100 - 45, 100 + 45);
        Assert.Equal(12.0, storms.Closures.Mean);
    }
}
