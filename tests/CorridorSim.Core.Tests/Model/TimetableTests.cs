using CorridorSim.Kernel;
using CorridorSim.Model.Links;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Model;

/// <summary>Carriers that leave by timetable rather than when full or after the longest wait.</summary>
public sealed class TimetableTests
{
    [Fact]
    public void A_timetabled_ferry_leaves_at_its_slot_with_what_is_aboard_and_skips_empty_slots()
    {
        // Boxes at 1 h and 2 h; sailings at 10 h, 34 h, 58 h, …; crossing 5 h. Both go at 10 h and
        // arrive at 15 h; later slots have nothing aboard and are not run.
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(1.0)) { BatchLimit = 2 };
        var ferry = new BatchCarrierService(sim, "ferry", 2, 10, SimDuration.Zero, new Deterministic(5.0), new Deterministic(5.0), timetable: new Timetable(24.0, 10.0));
        var sink = new Collector(sim, "out");
        source.Next = ferry;
        ferry.Next = sink;

        sim.Run(new SimTime(200.0));

        Assert.Equal([15.0, 15.0], sink.Received.Select(r => r.Time));
        Assert.Equal(1, ferry.Departures);
    }

    [Fact]
    public void A_full_carrier_still_waits_for_its_slot_and_the_overflow_takes_the_next()
    {
        // Three boxes at 1 h for carriers of 2: two leave at the 10 h slot, the third on the
        // second carrier at the 34 h slot.
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(1.0), batchSize: 3) { BatchLimit = 1 };
        var trains = new BatchCarrierService(sim, "trains", 2, 2, SimDuration.Zero, new Deterministic(5.0), new Deterministic(5.0), timetable: new Timetable(24.0, 10.0));
        var sink = new Collector(sim, "out");
        source.Next = trains;
        trains.Next = sink;

        sim.Run(new SimTime(200.0));

        Assert.Equal([15.0, 15.0, 39.0], sink.Received.Select(r => r.Time));
    }

    [Fact]
    public void A_slot_with_no_carrier_at_hand_is_run_late_by_the_next_one_back()
    {
        // One ferry, 15 h each way, a sailing every 24 h from 0 h; boxes at 20 h and 40 h.
        // The 24 h sailing takes the first (arrives 39 h, back 54 h); at the 48 h slot no ferry is
        // in, so the returning ferry sails at once at 54 h with the second box (arrives 69 h).
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(20.0)) { BatchLimit = 2 };
        var ferry = new BatchCarrierService(sim, "ferry", 1, 10, SimDuration.Zero, new Deterministic(15.0), new Deterministic(15.0), timetable: new Timetable(24.0));
        var sink = new Collector(sim, "out");
        source.Next = ferry;
        ferry.Next = sink;

        sim.Run(new SimTime(300.0));

        Assert.Equal([39.0, 69.0], sink.Received.Select(r => r.Time));
        Assert.Equal(2, ferry.Departures);
    }

    [Fact]
    public void Departure_intervals_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Timetable(0.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Timetable(24.0, -1.0));
    }
}
