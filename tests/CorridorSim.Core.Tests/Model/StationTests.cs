using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Disruptions;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Model;

public sealed class StationTests
{
    [Fact]
    public void A_single_server_serves_in_arrival_order_and_units_wait_their_turn()
    {
        // Arrivals at 1, 2, 3 h; service 2.5 h each. Departures at 3.5, 6, 8.5 h;
        // waits 0, 1.5, 3 h.
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(1.0)) { BatchLimit = 3 };
        var station = new Station(sim, "crane", 1, new Deterministic(2.5));
        var sink = new Collector(sim, "out");
        source.Next = station;
        station.Next = sink;

        sim.RunUntilStopped();

        Assert.Equal([3.5, 6.0, 8.5], sink.Received.Select(r => r.Time));
        Assert.Equal(1.5, station.Waits.Mean, 12);
        Assert.Equal(3.0, station.Waits.Max, 12);
        Assert.Equal(2, station.DelayedArrivals);
    }

    [Fact]
    public void Two_servers_serve_two_units_at_once()
    {
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(1.0), batchSize: 3) { BatchLimit = 1 };
        var station = new Station(sim, "crane", 2, new Deterministic(4.0));
        var sink = new Collector(sim, "out");
        source.Next = station;
        station.Next = sink;

        sim.RunUntilStopped();

        Assert.Equal([5.0, 5.0, 9.0], sink.Received.Select(r => r.Time));
    }

    [Fact]
    public void A_full_station_refuses_and_the_source_rejects_the_unit()
    {
        // One server and one waiting place: of a batch of 4, two are taken, two rejected.
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(1.0), batchSize: 4) { BatchLimit = 1 };
        var station = new Station(sim, "gate", 1, new Deterministic(1.0), bufferCapacity: 1);
        var sink = new Collector(sim, "out");
        source.Next = station;
        station.Next = sink;

        sim.RunUntilStopped();

        Assert.Equal(2, sink.Received.Count);
        Assert.Equal(2, source.Rejected);
        Assert.Equal(2, station.Refusals);
        Assert.Equal(2, sim.Cargo.Rejected);
        sim.CheckCargoConservation();
    }

    [Fact]
    public void A_unit_whose_next_stop_is_full_keeps_its_server_until_room_frees()
    {
        // Service ends at 2 h but the receiver refuses until 10 h: the server stays blocked, so
        // the second unit (arrived at 1 h) cannot start before 10 h.
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(1.0), batchSize: 2) { BatchLimit = 1 };
        var station = new Station(sim, "crane", 1, new Deterministic(1.0));
        var sink = new Collector(sim, "out") { Refusing = true };
        source.Next = station;
        station.Next = sink;
        sink.AcceptAfter(10.0);

        sim.RunUntilStopped();

        Assert.Equal([10.0, 11.0], sink.Received.Select(r => r.Time));
        Assert.Equal(10.0 - 1.0, station.Sojourns.Min, 12);
        sim.CheckCargoConservation();
    }

    [Fact]
    public void A_closed_station_starts_no_service_and_resumes_when_it_reopens()
    {
        // Closed from 0.5 h to 6 h; a unit arrives at 1 h, starts at 6 h, leaves at 8 h.
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(1.0)) { BatchLimit = 1 };
        var station = new Station(sim, "border", 1, new Deterministic(2.0), serviceCategory: TimeCategory.Border);
        var sink = new Sink(sim, "out");
        _ = new ScheduledClosures(sim, "shutdown", station, [new ClosureWindow(0.5, 6.0)]);
        source.Next = station;
        station.Next = sink;

        sim.RunUntilStopped();

        Assert.Equal(8.0 - 1.0, sink.SystemTimes.Mean, 12);
        Assert.Equal(5.0, sink.MeanTimeIn(TimeCategory.Disruption), 12);
        Assert.Equal(2.0, sink.MeanTimeIn(TimeCategory.Border), 12);
        Assert.Equal(0.0, sink.MeanTimeIn(TimeCategory.Queueing), 12);
    }

    [Fact]
    public void Overlapping_closures_keep_the_station_closed_until_the_last_ends()
    {
        var sim = new Simulation(1);
        var station = new Station(sim, "port", 1, new Deterministic(1.0));
        _ = new ScheduledClosures(sim, "storm", station, [new ClosureWindow(1.0, 5.0)]);
        _ = new ScheduledClosures(sim, "maintenance", station, [new ClosureWindow(3.0, 8.0)]);

        sim.Run(new SimTime(6.0));
        bool closedAtSix = station.IsClosed;
        sim.Run(new SimTime(8.0));

        Assert.True(closedAtSix);
        Assert.False(station.IsClosed);
    }
}
