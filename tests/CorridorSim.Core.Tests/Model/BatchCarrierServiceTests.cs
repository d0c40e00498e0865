using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Disruptions;
using CorridorSim.Model.Links;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Model;

public sealed class BatchCarrierServiceTests
{
    [Fact]
    public void A_ferry_sails_part_loaded_at_its_max_wait_and_full_before_it()
    {
        // One ferry of 5, max wait 10 h, crossing 5 h, return 5 h; a container every 4 h.
        // Trip 1: loading starts at 0; boxes of 4 h and 8 h board; the clock runs out at 10 h,
        //         the ferry sails with 2, arrives at 15 h (system times 11 h and 7 h) and is back at 20 h.
        // Trip 2: boxes of 12 h and 16 h waited on the quay; at 20 h the ferry returns (scheduled
        //         at 15 h, before the 20 h arrival was scheduled at 16 h, so it is handled first),
        //         both board, then the 20 h box; 24 h and 28 h fill it to 5, so it sails full at
        //         28 h, before its clock (started at 20 h) would run out at 30 h. Arrival at 33 h:
        //         system times 21, 17, 13, 9, 5 h. Port waits: 6, 2 (trip 1) and 16, 12, 8, 4, 0 (trip 2).
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(4.0)) { BatchLimit = 7 };
        var ferry = new BatchCarrierService(sim, "ferry", fleetSize: 1, capacity: 5, SimDuration.FromHours(10.0), new Deterministic(5.0), new Deterministic(5.0));
        var sink = new Collector(sim, "out");
        source.Next = ferry;
        ferry.Next = sink;

        sim.RunUntilStopped();

        Assert.Equal([15.0, 15.0, 33.0, 33.0, 33.0, 33.0, 33.0], sink.Received.Select(r => r.Time));
        Assert.Equal([11.0, 7.0, 21.0, 17.0, 13.0, 9.0, 5.0], sink.Received.Select(r => r.Time - r.CreatedAt));
        Assert.Equal(2, ferry.Departures);
        Assert.Equal((6 + 2 + 16 + 12 + 8 + 4 + 0) / 7.0, ferry.OriginWaits.Mean, 12);
        Assert.Equal(3.5, ferry.Loads.Mean, 12);
    }

    [Fact]
    public void Loading_is_charged_as_handling_and_delays_the_arrival()
    {
        // Two boxes fill a ferry of 2 at 1 h; it loads for 4 h, crosses in 10 h and unloads in
        // 2 h: delivered at 17 h, each with 4 + 2 h handling and 10 h moving.
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(1.0), batchSize: 2) { BatchLimit = 1 };
        var ferry = new BatchCarrierService(sim, "ferry", 1, 2, SimDuration.FromHours(24.0), new Deterministic(10.0), new Deterministic(10.0), new Deterministic(2.0), loading: new Deterministic(4.0));
        var sink = new Sink(sim, "out");
        source.Next = ferry;
        ferry.Next = sink;

        sim.RunUntilStopped();

        Assert.Equal(16.0, sink.SystemTimes.Mean, 12);
        Assert.Equal(6.0, sink.MeanTimeIn(TimeCategory.Handling), 12);
        Assert.Equal(10.0, sink.MeanTimeIn(TimeCategory.Moving), 12);
    }

    [Fact]
    public void An_empty_ferry_does_not_sail_when_its_clock_runs_out_and_its_first_boarder_sails_it()
    {
        // Max wait 2 h but the first container arrives at 5 h: it boards and the ferry leaves at once.
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(5.0)) { BatchLimit = 1 };
        var ferry = new BatchCarrierService(sim, "ferry", 1, 10, SimDuration.FromHours(2.0), new Deterministic(3.0), new Deterministic(3.0));
        var sink = new Collector(sim, "out");
        source.Next = ferry;
        ferry.Next = sink;

        sim.RunUntilStopped();

        Assert.Equal([8.0], sink.Received.Select(r => r.Time));
    }

    [Fact]
    public void With_the_clock_from_first_boarding_a_ferry_waits_max_wait_after_its_first_container()
    {
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(5.0)) { BatchLimit = 1 };
        var ferry = new BatchCarrierService(sim, "ferry", 1, 10, SimDuration.FromHours(2.0), new Deterministic(3.0), new Deterministic(3.0), clock: MaxWaitClock.FromFirstBoarding);
        var sink = new Collector(sim, "out");
        source.Next = ferry;
        ferry.Next = sink;

        sim.RunUntilStopped();

        Assert.Equal([10.0], sink.Received.Select(r => r.Time));
    }

    [Fact]
    public void A_storm_holds_a_full_ferry_in_port_and_the_delay_is_charged_to_disruption()
    {
        // A batch of 4 fills the ferry at 1 h, but the port is closed from 0.5 h to 7 h: it sails
        // at 7 h and arrives at 9 h. Each box: 6 h disruption + 2 h moving = 8 h in system.
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(1.0), batchSize: 4) { BatchLimit = 1 };
        var ferry = new BatchCarrierService(sim, "ferry", 1, 4, SimDuration.FromHours(24.0), new Deterministic(2.0), new Deterministic(2.0));
        var sink = new Sink(sim, "out");
        _ = new ScheduledClosures(sim, "storm", ferry, [new ClosureWindow(0.5, 7.0)]);
        source.Next = ferry;
        ferry.Next = sink;

        sim.RunUntilStopped();

        Assert.Equal(8.0, sink.SystemTimes.Mean, 12);
        Assert.Equal(6.0, sink.MeanTimeIn(TimeCategory.Disruption), 12);
        Assert.Equal(2.0, sink.MeanTimeIn(TimeCategory.Moving), 12);
        Assert.Equal(0.0, sink.MeanTimeIn(TimeCategory.Consolidation), 12);
    }

    [Fact]
    public void A_ferry_waits_at_the_destination_until_the_quay_has_room()
    {
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(1.0), batchSize: 2) { BatchLimit = 1 };
        var ferry = new BatchCarrierService(sim, "ferry", 1, 2, SimDuration.FromHours(24.0), new Deterministic(2.0), new Deterministic(2.0));
        var quay = new Collector(sim, "quay") { Refusing = true };
        source.Next = ferry;
        ferry.Next = quay;
        quay.AcceptAfter(10.0);

        sim.RunUntilStopped();

        Assert.Equal([10.0, 10.0], quay.Received.Select(r => r.Time));
        sim.CheckCargoConservation();
    }

    [Fact]
    public void Two_ferries_load_one_at_a_time_in_the_order_they_reached_port()
    {
        // Both start in port. Ferry 0 loads first (capacity 2: boxes of 1 h and 2 h, sails at 2 h);
        // ferry 1 then loads boxes of 3 h and 4 h and sails at 4 h.
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(1.0)) { BatchLimit = 4 };
        var ferry = new BatchCarrierService(sim, "ferry", 2, 2, SimDuration.FromHours(24.0), new Deterministic(10.0), new Deterministic(10.0));
        var sink = new Collector(sim, "out");
        source.Next = ferry;
        ferry.Next = sink;

        sim.RunUntilStopped();

        Assert.Equal([12.0, 12.0, 14.0, 14.0], sink.Received.Select(r => r.Time));
    }
}
