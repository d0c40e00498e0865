using CorridorSim.Experiments;
using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Scenarios;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Model;

/// <summary>Full stores refuse and wake their senders; origins hold what the corridor cannot take.</summary>
public sealed class BackpressureTests
{
    [Fact]
    public void A_full_throughput_limit_refuses_and_wakes_its_senders_in_the_order_they_asked()
    {
        // 1 TEU an hour, a bucket of 2 TEU and room for 2 TEU waiting: of four 20-ft boxes at time
        // 0, two pass and two wait; the boxes two stations then pass on are refused and held. Room
        // for a 40-ft box frees at t = 2 (the first station's box goes in) and at t = 3 (the second's).
        var sim = new Simulation(1);
        var sink = new Sink(sim, "out");
        var limit = new ThroughputLimit(sim, "limit", teuPerHour: 1.0, burstTeu: 2.0) { Next = sink, QueueCapacityTeu = 2 };
        var first = new Station(sim, "first", 1, new Deterministic(0.0)) { Next = limit };
        var second = new Station(sim, "second", 1, new Deterministic(0.1)) { Next = limit };
        for (int i = 0; i < 4; i++)
        {
            Assert.True(limit.TryAccept(sim.Cargo.Create(0.0, 0)));
        }

        Assert.True(first.TryAccept(sim.Cargo.Create(0.0, 0)));
        Assert.True(second.TryAccept(sim.Cargo.Create(0.0, 0)));

        sim.Run(new SimTime(1.5));
        var heldAt15 = (first.CargoCount, second.CargoCount);
        sim.Run(new SimTime(2.5));
        var heldAt25 = (first.CargoCount, second.CargoCount);
        sim.Run(new SimTime(10.0));

        Assert.Equal(2, limit.Refusals);
        Assert.Equal((1, 1), heldAt15);
        Assert.Equal((0, 1), heldAt25);
        Assert.Equal((0, 0), (first.CargoCount, second.CargoCount));
        Assert.Equal(6, sink.SystemTimes.Count);
        sim.CheckCargoConservation();
    }

    [Fact]
    public void A_throughput_limit_reopened_while_its_next_is_full_asks_for_room_once()
    {
        var sim = new Simulation(1);
        var full = new RefusingReceiver();
        var limit = new ThroughputLimit(sim, "limit", teuPerHour: 1.0, burstTeu: 4.0) { Next = full };
        int box = sim.Cargo.Create(0.0, 0);

        Assert.True(limit.TryAccept(box));
        limit.Close();
        limit.Open();
        full.Refusing = false;
        full.WakeAll();

        Assert.Equal(1, full.RoomRequests);
        Assert.Equal([box], full.Accepted);
        Assert.Equal(0, limit.CargoCount);
    }

    [Fact]
    public void An_origin_backlog_drains_in_order_of_arrival_when_room_frees()
    {
        // Shipments of 4 boxes every 24 h (20-ft only) into one server that takes 12 h per box and
        // has no waiting room: 2 boxes a day enter, 2 wait. First come, first served, box j of the
        // run (0-based) arrives 24⌊j/4⌋ h after the first shipment and enters 12j h after it, so its
        // wait is 12j − 24⌊j/4⌋ h (a day's boxes share one bucket, so the waits are exact).
        var sim = new Simulation(3);
        var station = new Station(sim, "gate", 1, new Deterministic(12.0), bufferCapacity: 0) { Next = new Sink(sim, "out") };
        var source = new DemandSource(sim, "demand:s", 0, containersPerHour: 4.0 / 24.0, Enumerable.Repeat(1.0, 12).ToArray(), batchSize: 4, feuShare: 0.0, scheduled: true) { Next = station };

        sim.Run(new SimTime(10 * 24.0));

        int entered = (int)source.Entered;
        double expected = Enumerable.Range(0, entered).Average(j => (12.0 * j) - (24.0 * (j / 4)));
        Assert.InRange(entered, 18, 21);
        Assert.Equal(expected, source.BacklogWaits.Mean, 6);
        Assert.Equal(source.Generated - entered, source.BacklogContainers);
        Assert.Equal(0, source.Rejected);
        sim.CheckCargoConservation();
    }

    [Fact]
    public void A_backlog_beyond_its_maximum_is_rejected_and_cargo_is_conserved()
    {
        var sim = new Simulation(5);
        var closed = new Collector(sim, "closed") { Refusing = true };
        var source = new DemandSource(sim, "demand:s", 0, containersPerHour: 1.0, Enumerable.Repeat(1.0, 12).ToArray(), batchSize: 1, feuShare: 0.5) { Next = closed, MaxBacklogTeu = 30 };

        sim.Run(new SimTime(500.0));

        Assert.InRange(source.BacklogTeu, 29, 30);
        Assert.True(source.Rejected > 400, $"{source.Rejected} rejected");
        Assert.Equal(source.GeneratedTeu, source.EnteredTeu + source.BacklogTeu + source.RejectedTeu);
        Assert.Equal(source.Rejected, sim.Cargo.Rejected);
        Assert.Equal(sim.Cargo.Generated, sim.Cargo.Delivered + sim.Cargo.Rejected + sim.Cargo.InSystem);
        sim.CheckCargoConservation();
    }

    [Fact]
    public void An_overloaded_corridor_keeps_its_time_in_the_corridor_while_the_origin_backlog_grows()
    {
        // North Junction passes 40 TEU a day and stores 3 days of it; twice that is offered, by
        // trains of 100 TEU. With bounded
        // storage the corridor fills and then holds, so the time in it is the same after 1 and 3
        // years (within 10 %), while the wait in the origin's backlog grows with the run: the
        // backlog grows by ≈ 40 TEU a day, so the mean wait of boxes entering grows about linearly.
        var network = TestNetworks.Load(
            TestNetworks.Root
                .Replace("\"valueOfTimeUsdPerTeuHour\": 10,", "\"valueOfTimeUsdPerTeuHour\": 10, \"yardDays\": 3,", StringComparison.Ordinal)
                .Replace("\"kind\": \"junction\", \"lat\": 44.0,", "\"kind\": \"junction\", \"capacityTeuPerDay\": 40, \"lat\": 44.0,", StringComparison.Ordinal)
                .Replace("\"mode\": \"rail\",", "\"mode\": \"rail\", \"trainCapacityTeu\": 100, \"maxWaitHours\": 24,", StringComparison.Ordinal)).ValueOrThrow();
        var stream = new DemandStream("north", "origin-town", "city-dest", 80 * 365) { Via = ["junction-north"], Sources = ["S01"] };
        var scenario = new Scenario("overloaded", network, [stream]) { WarmUpDays = 60, Seed = 11 };

        var one = ScenarioRunner.Run(scenario with { Years = 1 }, cancellationToken: TestContext.Current.CancellationToken);
        var three = ScenarioRunner.Run(scenario with { Years = 3 }, cancellationToken: TestContext.Current.CancellationToken);

        var (s1, s3) = (one.Streams[0], three.Streams[0]);
        Assert.InRange(s3.Transit.MeanDays / s1.Transit.MeanDays, 0.9, 1.1);
        Assert.True(s3.BacklogWait.MeanDays > 2.5 * s1.BacklogWait.MeanDays, $"backlog wait {s1.BacklogWait.MeanDays:F1} → {s3.BacklogWait.MeanDays:F1} days");
        Assert.InRange(s1.DeliveredTeu / 1.0, 0.9 * 40 * 365, 1.02 * 40 * 365);
        Assert.Contains(one.Warnings, w => w.StartsWith("node:junction-north:capacity is saturated", StringComparison.Ordinal));
        Assert.True(s3.BacklogEndTeu > 2.5 * s1.BacklogEndTeu);
    }

    /// <summary>A receiver that refuses while <see cref="Refusing"/>, counting the senders that ask to be told of room.</summary>
    private sealed class RefusingReceiver : ICargoReceiver
    {
        private readonly List<IRoomListener> _listeners = [];

        public bool Refusing { get; set; } = true;

        public int RoomRequests { get; private set; }

        public List<int> Accepted { get; } = [];

        public bool TryAccept(int cargo)
        {
            if (Refusing)
            {
                return false;
            }

            Accepted.Add(cargo);
            return true;
        }

        public void NotifyWhenRoom(IRoomListener sender)
        {
            RoomRequests++;
            _listeners.Add(sender);
        }

        public void WakeAll()
        {
            var listeners = _listeners.ToList();
            _listeners.Clear();
            foreach (var listener in listeners)
            {
                listener.OnRoomAvailable();
            }
        }
    }
}
