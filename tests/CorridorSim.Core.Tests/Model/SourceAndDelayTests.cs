using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Disruptions;
using CorridorSim.Model.Links;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Model;

public sealed class SourceAndDelayTests
{
    [Fact]
    public void A_scheduled_source_sends_batches_of_its_size_at_fixed_intervals_with_its_tag()
    {
        var sim = new Simulation(1);
        var source = new Source(sim, "block-trains", new Deterministic(24.0), batchSize: 3, tag: 7) { BatchLimit = 2 };
        var sink = new Collector(sim, "out");
        source.Next = sink;

        sim.RunUntilStopped();

        Assert.Equal([24.0, 24.0, 24.0, 48.0, 48.0, 48.0], sink.Received.Select(r => r.Time));
        Assert.All(sink.Received, r => Assert.Equal(7, r.Tag));
        Assert.Equal(6, source.Generated);
    }

    [Fact]
    public void A_delay_holds_each_unit_for_its_own_duration_and_charges_moving_time()
    {
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(1.0)) { BatchLimit = 3 };
        var leg = new Delay(sim, "rail-leg", new Deterministic(30.0));
        var sink = new Sink(sim, "out");
        source.Next = leg;
        leg.Next = sink;

        sim.RunUntilStopped();

        Assert.Equal(3, sink.Delivered);
        Assert.Equal(30.0, sink.SystemTimes.Mean, 12);
        Assert.Equal(30.0, sink.MeanTimeIn(TimeCategory.Moving), 12);
    }

    [Fact]
    public void A_delay_whose_next_stop_is_full_holds_units_in_order_until_room_frees()
    {
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(1.0)) { BatchLimit = 2 };
        var leg = new Delay(sim, "leg", new Deterministic(2.0));
        var quay = new Collector(sim, "quay") { Refusing = true };
        source.Next = leg;
        leg.Next = quay;
        quay.AcceptAfter(7.0);

        sim.RunUntilStopped();

        Assert.Equal([(7.0, 1.0), (7.0, 2.0)], quay.Received.Select(r => (r.Time, r.CreatedAt)));
        sim.CheckCargoConservation();
    }

    [Fact]
    public void Random_closures_alternate_open_and_closed_spells()
    {
        // Open spells of 10 h and closures of 2 h: closed on [10, 12), [22, 24), ...
        var sim = new Simulation(1);
        var station = new Station(sim, "port", 1, new Deterministic(1.0));
        var storms = new RandomClosures(sim, "storms", station, new Deterministic(10.0), new Deterministic(2.0));

        sim.Run(new SimTime(11.0));
        bool closedAt11 = station.IsClosed;
        sim.Run(new SimTime(13.0));
        bool closedAt13 = station.IsClosed;
        sim.Run(new SimTime(23.0));

        Assert.True(closedAt11);
        Assert.False(closedAt13);
        Assert.True(station.IsClosed);
        Assert.Equal(2, storms.Closures.Count);
    }

    [Fact]
    public void A_closed_border_holds_units_until_it_reopens_and_charges_the_wait_to_disruption()
    {
        // Arrival at 1 h, dwell 2 h, border shut from 0.5 h to 10 h: released at 10 h, so 9 h in
        // system: 2 h border dwell and 7 h disruption.
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(1.0)) { BatchLimit = 1 };
        var border = new Delay(sim, "border", new Deterministic(2.0), TimeCategory.Border);
        var sink = new Sink(sim, "out");
        _ = new ScheduledClosures(sim, "shutdown", border, [new ClosureWindow(0.5, 10.0)]);
        source.Next = border;
        border.Next = sink;

        sim.RunUntilStopped();

        Assert.Equal(9.0, sink.SystemTimes.Mean, 12);
        Assert.Equal(7.0, sink.MeanTimeIn(TimeCategory.Disruption), 12);
        Assert.Equal(2.0, sink.MeanTimeIn(TimeCategory.Border), 12);
    }
}
