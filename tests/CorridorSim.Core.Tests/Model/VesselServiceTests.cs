using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Disruptions;
using CorridorSim.Model.Links;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Model;

public sealed class VesselServiceTests
{
    private const int Fleet = 2;
    private const int Capacity = 10;
    private const double Loading = 1.0;
    private const double Crossing = 10.0;
    private const double Unloading = 1.0;

    [Fact]
    public void With_cargo_both_ways_throughput_saturates_at_fleet_times_capacity_over_the_round_trip()
    {
        // 2 vessels of 10, loading 1 h, crossing 10 h, unloading 1 h; 10 boxes an hour wait at each
        // end, far more than the fleet carries, so a vessel fills the moment it berths. A round trip
        // is 2 × (1 + 10 + 1) = 24 h and each direction carries 2 × 10 / 24 boxes an hour. Vessel 0
        // fills at 1 h and hands over at the far end at 13 h + 24 n, vessel 1 at 14 h + 24 n, so a
        // window of 50 round trips after a warm-up holds exactly 100 sailings of 10 each way.
        var (sim, vessels, there, back) = Saturated(returnMaxWait: 100.0, bothWays: true);
        double cycle = 2 * (Loading + Crossing + Unloading);

        sim.Run(new SimTime(100.0));
        sim.ResetStatistics();
        int before = there.Received.Count, beforeBack = back.Received.Count;
        sim.Run(new SimTime(100.0 + (50 * cycle)));

        double expected = Fleet * Capacity * (50 * cycle) / cycle;
        Assert.Equal(expected, there.Received.Count - before);
        Assert.Equal(expected, back.Received.Count - beforeBack);
        Assert.Equal(cycle, vessels.CycleHours.Mean, 9);
        Assert.Equal(0, vessels.Reverse.EmptyDepartures);
        Assert.Equal(1.0, vessels.Forward.LoadFactors.Mean, 12);
    }

    [Fact]
    public void With_cargo_one_way_a_vessel_waits_its_longest_wait_at_the_far_end_and_returns_empty()
    {
        // As above with no return cargo and a longest wait of 6 h at the far end: the round trip is
        // 1 + 10 + 1 + 6 + 1 + 10 + 1 = 30 h, every return sailing is empty, and the fleet carries
        // 2 × 10 / 30 boxes an hour. Vessel 1, in line behind vessel 0 at the far berth from 14 h,
        // still leaves 6 h after it was ready there, at 20 h.
        var (sim, vessels, there, _) = Saturated(returnMaxWait: 6.0, bothWays: false);
        double cycle = (2 * (Loading + Crossing + Unloading)) + 6.0;

        sim.Run(new SimTime(100.0));
        sim.ResetStatistics();
        int before = there.Received.Count;
        sim.Run(new SimTime(100.0 + (40 * cycle)));

        Assert.Equal(Fleet * Capacity * (40 * cycle) / cycle, there.Received.Count - before);
        Assert.Equal(cycle, vessels.CycleHours.Mean, 9);
        Assert.Equal(2 * 40, vessels.Reverse.Departures);
        Assert.Equal(vessels.Reverse.Departures, vessels.Reverse.EmptyDepartures);
        Assert.Equal(1.0, vessels.FleetUtilisation(sim.Now), 12);
    }

    [Fact]
    public void Cargo_both_ways_shares_the_vessels()
    {
        // One vessel, longest wait 5 h at each end, crossing 10 h. A box at each end at 1 h: the
        // near one boards, sails at 6 h and is handed over at 16 h. The far one waits for that
        // vessel: it boards at 16 h (15 h queueing), sails at 21 h (5 h consolidation) and arrives
        // at 31 h, after one 10 h crossing. Each direction has sailed once.
        var (sim, vessels, there, back) = OneVessel(returnMaxWait: 5.0);
        Feed(sim, "near", vessels.Forward, 1.0);
        Feed(sim, "far", vessels.Reverse, 1.0);

        sim.RunUntilStopped();

        Assert.Equal([16.0], there.Received.Select(r => r.Time));
        Assert.Equal([31.0], back.Received.Select(r => r.Time));
        Assert.Equal(1, vessels.Forward.Departures);
        Assert.Equal(1, vessels.Reverse.Departures);
        Assert.Equal(15.0, back.Breakdowns[0][(int)TimeCategory.Queueing], 12);
        Assert.Equal(5.0, back.Breakdowns[0][(int)TimeCategory.Consolidation], 12);
        Assert.Equal(10.0, back.Breakdowns[0][(int)TimeCategory.Moving], 12);
    }

    [Fact]
    public void A_vessel_with_no_return_cargo_leaves_empty_after_its_longest_wait()
    {
        // A box at 1 h sails at 6 h and is handed over at 16 h; nothing waits there, so the vessel
        // sails back empty 8 h later, at 24 h, and is home at 34 h. A second box, at 20 h, waits
        // for it: it boards at 34 h, sails at 39 h and is handed over at 49 h; the vessel goes back
        // empty again at 57 h.
        var (sim, vessels, there, _) = OneVessel(returnMaxWait: 8.0);
        var source = new Source(sim, "near", new Deterministic(1.0)) { BatchLimit = 1, Next = vessels.Forward };
        _ = new Source(sim, "later", new Deterministic(20.0)) { BatchLimit = 1, Next = vessels.Forward };

        sim.RunUntilStopped();

        Assert.Equal([16.0, 49.0], there.Received.Select(r => r.Time));
        Assert.Equal(2, vessels.Reverse.EmptyDepartures);
        Assert.Equal(vessels.Reverse.Departures, vessels.Reverse.EmptyDepartures);
        Assert.Equal(1, source.Generated);
    }

    [Fact]
    public void An_idle_vessel_sails_over_empty_for_cargo_waiting_at_the_far_end()
    {
        // Cargo only the other way: a box at the far end at 1 h calls the idle vessel over at once;
        // it arrives at 11 h, takes the box and leaves 5 h after it was ready there, at 16 h.
        var (sim, vessels, _, back) = OneVessel(returnMaxWait: 5.0);
        Feed(sim, "far", vessels.Reverse, 1.0);

        sim.RunUntilStopped();

        Assert.Equal([26.0], back.Received.Select(r => r.Time));
        Assert.Equal(1, vessels.Forward.EmptyDepartures);
    }

    [Fact]
    public void A_closure_stops_sailings_both_ways()
    {
        // Closed 0–50 h and 61–80 h. The near box boards at 1 h and would sail at 6 h, but the vessel
        // sails at the reopening, 50 h, and is handed over at 60 h. The far box boards then; the
        // vessel's time there is up at 65 h, during the second closure, so it sails at 80 h: home at 90 h.
        var (sim, vessels, there, back) = OneVessel(returnMaxWait: 5.0);
        _ = new ScheduledClosures(sim, "closures", vessels, [new ClosureWindow(0.0, 50.0), new ClosureWindow(61.0, 80.0)]);
        Feed(sim, "near", vessels.Forward, 1.0);
        Feed(sim, "far", vessels.Reverse, 1.0);

        sim.RunUntilStopped();

        Assert.Equal([60.0], there.Received.Select(r => r.Time));
        Assert.Equal([90.0], back.Received.Select(r => r.Time));

        // The far box: closed 49 of its 59 h on the quay and 19 of its 20 h aboard before sailing.
        Assert.Equal(49.0 + 19.0, back.Breakdowns[0][(int)TimeCategory.Disruption], 12);
        Assert.Equal(10.0, back.Breakdowns[0][(int)TimeCategory.Queueing], 12);
        Assert.Equal(1.0, back.Breakdowns[0][(int)TimeCategory.Consolidation], 12);
    }

    [Fact]
    public void A_vessel_holds_its_cargo_while_the_far_side_is_full_and_only_then_loads_for_the_way_back()
    {
        // The far side refuses until 40 h: the vessel, there at 16 h, waits with the box aboard
        // (24 h of queueing for it), is empty at 40 h, takes the return box and sails 5 h later.
        var (sim, vessels, there, back) = OneVessel(returnMaxWait: 5.0);
        there.Refusing = true;
        there.AcceptAfter(40.0);
        Feed(sim, "near", vessels.Forward, 1.0);
        Feed(sim, "far", vessels.Reverse, 1.0);

        sim.RunUntilStopped();

        Assert.Equal([40.0], there.Received.Select(r => r.Time));
        Assert.Equal([55.0], back.Received.Select(r => r.Time));
        sim.CheckCargoConservation();
    }

    [Fact]
    public void A_timetabled_vessel_sails_back_at_the_far_ends_departure_time_even_empty()
    {
        // Departures every 48 h from the near end from 0 h and from the far end from 24 h; one
        // vessel, crossing 10 h. A box at 1 h waits for the 48 h sailing (the 0 h one had nothing
        // to carry) and is handed over at 58 h. The far end's 24 h departure found no vessel and no
        // cargo, so it is not run late; the vessel sails back empty at the next one, 72 h.
        var sim = new Simulation(1);
        var vessels = new VesselService(sim, "vessels", 1, Capacity, new Deterministic(Crossing), SimDuration.Zero, SimDuration.Zero,
            timetable: new Timetable(48.0), returnTimetable: new Timetable(48.0, 24.0));
        var there = new Collector(sim, "there");
        vessels.Forward.Next = there;
        vessels.Reverse.Next = new Collector(sim, "back");
        Feed(sim, "near", vessels.Forward, 1.0);

        sim.Run(new SimTime(71.9));
        long beforeSeventyTwo = vessels.Reverse.Departures;
        sim.Run(new SimTime(100.0));

        Assert.Equal([58.0], there.Received.Select(r => r.Time));
        Assert.Equal(1, vessels.Forward.Departures);
        Assert.Equal(0, beforeSeventyTwo);
        Assert.Equal(1, vessels.Reverse.Departures);
        Assert.Equal(1, vessels.Reverse.EmptyDepartures);
    }

    [Fact]
    public void A_timetabled_vessel_late_for_its_departure_time_sails_as_soon_as_it_is_ready()
    {
        // Departures every 48 h from the near end from 0 h and from the far end from 24 h; one vessel
        // crossing in 30 h, longer than the 24 h between them. A box at 1 h takes the 48 h sailing
        // and is handed over at 78 h, after the far end's 72 h departure time the vessel was on its
        // way for: it sails back at once, empty, and is home at 108 h, after the 96 h departure
        // time. The box waiting there since 100 h goes at once too: handed over at 138 h.
        var sim = new Simulation(1);
        var vessels = new VesselService(sim, "vessels", 1, Capacity, new Deterministic(30.0), SimDuration.Zero, SimDuration.Zero,
            timetable: new Timetable(48.0), returnTimetable: new Timetable(48.0, 24.0));
        var there = new Collector(sim, "there");
        vessels.Forward.Next = there;
        vessels.Reverse.Next = new Collector(sim, "back");
        Feed(sim, "first", vessels.Forward, 1.0);
        Feed(sim, "second", vessels.Forward, 100.0);

        sim.Run(new SimTime(78.5));
        long backAt78 = vessels.Reverse.Departures;
        sim.Run(new SimTime(140.0));

        Assert.Equal(1, backAt78);
        Assert.Equal([78.0, 138.0], there.Received.Select(r => r.Time));
    }

    [Fact]
    public void A_vessel_sized_by_TEU_takes_forty_foot_boxes_as_two()
    {
        // A vessel of 5 TEU: two 40-ft boxes fill it (no third would fit), so it sails at 2 h
        // without waiting out its 100 h.
        var sim = new Simulation(1);
        var vessels = new VesselService(sim, "vessels", 1, 5, new Deterministic(Crossing), SimDuration.FromHours(100.0), SimDuration.FromHours(100.0)) { SizedByTeu = true };
        var there = new Collector(sim, "there");
        vessels.Forward.Next = there;
        vessels.Reverse.Next = new Collector(sim, "back");
        _ = new Source(sim, "boxes", new Deterministic(1.0), tag: CargoTag.Of(0, feu: true)) { BatchLimit = 3, Next = vessels.Forward };

        sim.Run(new SimTime(20.0));

        Assert.Equal([12.0, 12.0], there.Received.Select(r => r.Time));
        Assert.Equal(0.8, vessels.Forward.LoadFactors.Mean, 12);
    }

    [Fact]
    public void Cargo_is_conserved_with_random_times_storms_and_a_full_far_side()
    {
        // Random traffic both ways through three vessels, a storm process, and a receiver that
        // refuses now and then: at every check every box is in a queue, aboard, or delivered, and
        // each delivered box's time breakdown adds up to its time in the system.
        var sim = new Simulation(7);
        var vessels = new VesselService(sim, "vessels", 3, 20, new Triangular(8, 10, 16), SimDuration.FromHours(12.0), SimDuration.FromHours(6.0),
            loading: new Uniform(1, 3), unloading: new Uniform(1, 3)) { SizedByTeu = true };
        var there = new Collector(sim, "there");
        var back = new Collector(sim, "back");
        vessels.Forward.Next = there;
        vessels.Reverse.Next = back;
        _ = new Source(sim, "near", new Exponential(1.0), tag: CargoTag.Of(0, feu: true)) { Next = vessels.Forward };
        _ = new Source(sim, "far", new Exponential(0.4)) { Next = vessels.Reverse };
        _ = new RandomClosures(sim, "storms", vessels, new Exponential(1.0 / 200.0), new Exponential(1.0 / 30.0));

        for (int step = 1; step <= 40; step++)
        {
            there.Refusing = step % 7 == 3;
            if (there.Refusing)
            {
                there.AcceptAfter(20.0);
            }

            sim.Run(new SimTime(step * 100.0));
            sim.CheckCargoConservation();
        }

        Assert.True(there.Received.Count > 1000 && back.Received.Count > 500, $"{there.Received.Count} and {back.Received.Count} delivered");
        foreach (var (received, breakdown) in there.Received.Concat(back.Received).Zip(there.Breakdowns.Concat(back.Breakdowns)))
        {
            Assert.Equal(received.Time - received.CreatedAt, breakdown.Sum(), 6);
        }
    }

    private static (Simulation Sim, VesselService Vessels, Collector There, Collector Back) Saturated(double returnMaxWait, bool bothWays)
    {
        var sim = new Simulation(1);
        var vessels = new VesselService(sim, "vessels", Fleet, Capacity, new Deterministic(Crossing), SimDuration.FromHours(100.0), SimDuration.FromHours(returnMaxWait),
            loading: new Deterministic(Loading), unloading: new Deterministic(Unloading));
        var there = new Collector(sim, "there");
        var back = new Collector(sim, "back");
        vessels.Forward.Next = there;
        vessels.Reverse.Next = back;
        _ = new Source(sim, "near", new Deterministic(0.1)) { Next = vessels.Forward };
        if (bothWays)
        {
            _ = new Source(sim, "far", new Deterministic(0.1)) { Next = vessels.Reverse };
        }

        return (sim, vessels, there, back);
    }

    private static (Simulation Sim, VesselService Vessels, Collector There, Collector Back) OneVessel(double returnMaxWait)
    {
        var sim = new Simulation(1);
        var vessels = new VesselService(sim, "vessels", 1, Capacity, new Deterministic(Crossing), SimDuration.FromHours(5.0), SimDuration.FromHours(returnMaxWait));
        var there = new Collector(sim, "there");
        var back = new Collector(sim, "back");
        vessels.Forward.Next = there;
        vessels.Reverse.Next = back;
        return (sim, vessels, there, back);
    }

    private static void Feed(Simulation sim, string id, ICargoReceiver into, double at) =>
        _ = new Source(sim, id, new Deterministic(at)) { BatchLimit = 1, Next = into };
}
