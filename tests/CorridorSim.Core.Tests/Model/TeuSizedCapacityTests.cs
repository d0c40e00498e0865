using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Links;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Model;

public sealed class TeuSizedCapacityTests
{
    [Fact]
    public void A_carrier_sized_by_TEU_sails_full_when_no_forty_foot_box_would_fit()
    {
        // A vessel of 5 TEU; 40-ft boxes (2 TEU) arrive every hour from 1 h. Two board (4 TEU);
        // the 1 TEU left takes no 40-ft box, so it sails full at 2 h and arrives at 7 h. Back at
        // 12 h, it takes the boxes of 3 h and 4 h and sails at once; the 5 h box waits.
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(1.0), tag: CargoTag.Of(0, feu: true)) { BatchLimit = 5 };
        var ferry = new BatchCarrierService(sim, "ferry", 1, 5, SimDuration.FromHours(100.0), new Deterministic(5.0), new Deterministic(5.0)) { SizedByTeu = true };
        var sink = new Collector(sim, "out");
        source.Next = ferry;
        ferry.Next = sink;

        sim.Run(new SimTime(20.0));

        Assert.Equal([7.0, 7.0, 17.0, 17.0], sink.Received.Select(r => r.Time));
        Assert.Equal(2.0, ferry.Loads.Mean);
        Assert.Equal(5, ferry.Capacity);
    }

    [Fact]
    public void A_carrier_sized_by_TEU_takes_a_twenty_foot_box_per_TEU()
    {
        // 20-ft boxes every hour into 5 TEU: four board by 4 h, the last TEU is not waited for.
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(1.0)) { BatchLimit = 5 };
        var ferry = new BatchCarrierService(sim, "ferry", 1, 5, SimDuration.FromHours(100.0), new Deterministic(5.0), new Deterministic(5.0)) { SizedByTeu = true };
        var sink = new Collector(sim, "out");
        source.Next = ferry;
        ferry.Next = sink;

        sim.Run(new SimTime(12.0));

        Assert.Equal(Enumerable.Repeat(9.0, 4), sink.Received.Select(r => r.Time));
    }

    [Fact]
    public void A_station_sized_by_TEU_handles_a_forty_foot_box_for_twice_the_time_and_yards_it_as_two()
    {
        // One server, 3 h per TEU, a yard of 3 TEU: three 40-ft boxes at time 0. The first is
        // served (6 h), one waits (2 TEU), the next would take the yard to 4 TEU and is refused.
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(0.0), batchSize: 3, tag: CargoTag.Of(0, feu: true)) { BatchLimit = 1 };
        var station = new Station(sim, "yard", 1, new Deterministic(3.0), bufferCapacity: 3) { SizedByTeu = true };
        var sink = new Collector(sim, "out");
        source.Next = station;
        station.Next = sink;

        sim.RunUntilStopped();

        Assert.Equal([6.0, 12.0], sink.Received.Select(r => r.Time));
        Assert.Equal(1, source.Rejected);
    }
}
