using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Links;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Model;

/// <summary>Behaviour that keeps a train together: shared dwell draws, priority dwell, scheduled block trains, throughput ceilings.</summary>
public sealed class TrainLevelBehaviourTests
{
    [Fact]
    public void A_train_clears_a_shared_dwell_together_and_the_next_train_draws_its_own()
    {
        // Two trains of 5 boxes, 100 h apart, through a dwell of 10–50 h: every box of a train
        // leaves at the same instant, and the two trains' dwells differ (a tie has probability 0).
        var sim = new Simulation(11);
        var trains = new Source(sim, "trains", new Deterministic(100.0), batchSize: 5) { BatchLimit = 2 };
        var border = new Delay(sim, "border", new Uniform(10.0, 50.0), TimeCategory.Border) { SharedByArrival = true };
        var sink = new Collector(sim, "out");
        trains.Next = border;
        border.Next = sink;

        sim.RunUntilStopped();

        var groups = sink.Received.GroupBy(r => r.CreatedAt).ToList();
        Assert.Equal(2, groups.Count);
        Assert.All(groups, g => Assert.Single(g.Select(r => r.Time).Distinct()));
        Assert.NotEqual(groups[0].First().Time - 100.0, groups[1].First().Time - 200.0);
    }

    [Fact]
    public void A_train_cleared_as_a_whole_leaves_in_one_event_and_in_the_order_its_boxes_came()
    {
        // Five boxes reach a border together: one draw, one completion event, handed on in order.
        var sim = new Simulation(3);
        var border = new Delay(sim, "border", new Uniform(10.0, 50.0), TimeCategory.Border) { SharedByArrival = true };
        var sink = new Collector(sim, "out");
        border.Next = sink;
        for (int stream = 0; stream < 5; stream++)
        {
            Assert.True(border.TryAccept(sim.Cargo.Create(0.0, CargoTag.Of(stream, feu: false))));
        }

        sim.RunUntilStopped();

        Assert.Equal(1, sim.EventsExecuted);
        Assert.Equal([0, 1, 2, 3, 4], sink.Received.Select(r => CargoTag.Stream(r.Tag)));
        Assert.Single(sink.Received.Select(r => r.Time).Distinct());
    }

    [Fact]
    public void Boxes_of_one_train_still_leave_after_an_event_scheduled_between_them_at_the_same_time()
    {
        // Box 0 reaches the border, then box 1 another 10 h leg, then box 2 the border, all at
        // time 0 for 10 h: as three events they run 0, 1, 2, so the border's two boxes cannot
        // leave in one event ahead of box 1.
        var sim = new Simulation(3);
        var border = new Delay(sim, "border", new Deterministic(10.0), TimeCategory.Border) { SharedByArrival = true };
        var leg = new Delay(sim, "leg", new Deterministic(10.0));
        var sink = new Collector(sim, "out");
        (border.Next, leg.Next) = (sink, sink);

        Assert.True(border.TryAccept(sim.Cargo.Create(0.0, CargoTag.Of(0, feu: false))));
        Assert.True(leg.TryAccept(sim.Cargo.Create(0.0, CargoTag.Of(1, feu: false))));
        Assert.True(border.TryAccept(sim.Cargo.Create(0.0, CargoTag.Of(2, feu: false))));
        sim.RunUntilStopped();

        Assert.Equal([0, 1, 2], sink.Received.Select(r => CargoTag.Stream(r.Tag)));
        Assert.Equal(3, sim.EventsExecuted);
    }

    [Fact]
    public void Without_sharing_the_boxes_of_one_train_are_held_for_different_times()
    {
        var sim = new Simulation(11);
        var trains = new Source(sim, "trains", new Deterministic(100.0), batchSize: 5) { BatchLimit = 1 };
        var border = new Delay(sim, "border", new Uniform(10.0, 50.0), TimeCategory.Border);
        var sink = new Collector(sim, "out");
        trains.Next = border;
        border.Next = sink;

        sim.RunUntilStopped();

        Assert.Equal(5, sink.Received.Select(r => r.Time).Distinct().Count());
    }

    [Fact]
    public void Priority_streams_draw_their_dwell_from_the_priority_distribution()
    {
        // Stream 0 ordinary (65 h), stream 1 priority (12 h), deterministic so the times are exact.
        var sim = new Simulation(1);
        var ordinary = new Source(sim, "ordinary", new Deterministic(10.0), tag: CargoTag.Of(0, feu: false)) { BatchLimit = 1 };
        var priority = new Source(sim, "priority", new Deterministic(10.0), tag: CargoTag.Of(1, feu: false)) { BatchLimit = 1 };
        var border = new Delay(sim, "border", new Deterministic(65.0), TimeCategory.Border)
        {
            SharedByArrival = true,
            PriorityDuration = new Deterministic(12.0),
            PriorityStreams = [false, true],
        };
        var sink = new Collector(sim, "out");
        ordinary.Next = border;
        priority.Next = border;
        border.Next = sink;

        sim.RunUntilStopped();

        Assert.Equal(22.0, sink.Received.Single(r => CargoTag.Stream(r.Tag) == 1).Time);
        Assert.Equal(75.0, sink.Received.Single(r => CargoTag.Stream(r.Tag) == 0).Time);
    }

    [Fact]
    public void Scheduled_block_trains_run_at_even_intervals_that_follow_the_month()
    {
        // 876 containers a year in trains of 10: 87.6 trains a year, one every 100 h in an average
        // month. With January at twice the volume, January's trains run twice as often.
        var sim = new Simulation(5);
        double[] profile = [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
        var source = new DemandSource(sim, "trains", 0, 876 / SimCalendar.HoursPerYear, profile, 10, 0.5, scheduled: true);
        var sink = new Collector(sim, "out");
        source.Next = sink;

        sim.Run(new SimTime(SimCalendar.HoursPerYear));

        double weighted = (2 * 31 + 334) / 365.0;
        var times = sink.Received.Select(r => r.Time).Distinct().ToList();
        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
        Assert.All(sink.Received.GroupBy(r => r.Time), g => Assert.Equal(10, g.Count()));
        Assert.All(gaps.Take(5), g => Assert.Equal(100.0 * weighted / 2, g, 6));
        Assert.All(gaps.Skip(20).Take(5), g => Assert.Equal(100.0 * weighted, g, 6));
        Assert.InRange(times.Count, 87.6 - 1.5, 87.6 + 1.5);
    }

    [Fact]
    public void A_throughput_limit_passes_a_days_capacity_at_once_and_meters_the_rest()
    {
        // 48 TEU a day (2 TEU an hour), bucket of one day: a train of 30 forty-foot boxes (60 TEU)
        // arrives at once. The first 24 boxes (48 TEU) pass at once; each later box needs 2 TEU,
        // i.e. one more hour: boxes 25–30 pass at 1, 2, …, 6 h.
        var sim = new Simulation(1);
        var train = new Source(sim, "train", new Deterministic(0.0), batchSize: 30, tag: CargoTag.Of(0, feu: true)) { BatchLimit = 1 };
        var port = new ThroughputLimit(sim, "port", teuPerHour: 2.0, burstTeu: 48.0);
        var sink = new Collector(sim, "out");
        train.Next = port;
        port.Next = sink;

        sim.RunUntilStopped();

        Assert.Equal(24, sink.Received.Count(r => r.Time == 0.0));
        Assert.Equal([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], sink.Received.Skip(24).Select(r => Math.Round(r.Time, 9)));
        Assert.Equal(60, port.DepartedTeu);
        Assert.Equal((1 + 2 + 3 + 4 + 5 + 6) / 30.0, port.Waits.Mean, 9);
    }

    [Fact]
    public void A_throughput_limit_never_passes_more_than_its_rate_over_a_long_run()
    {
        // Offered 3 TEU an hour against a ceiling of 2 (+ one day's bucket at the start): over
        // 1,000 h at most 2,000 + 48 TEU pass, and the queue grows by the difference.
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(1.0), batchSize: 3, tag: CargoTag.Of(0, feu: false));
        var limit = new ThroughputLimit(sim, "gauge-change", teuPerHour: 2.0, burstTeu: 48.0);
        var sink = new Collector(sim, "out");
        source.Next = limit;
        limit.Next = sink;

        sim.Run(new SimTime(1_000.0));

        Assert.InRange(sink.Received.Count, 1_990, 2_048);
        Assert.Equal(source.Generated - sink.Received.Count, limit.CargoCount);
        Assert.True(limit.CargoCount > 900, $"queue {limit.CargoCount}");
    }

    [Fact]
    public void A_throughput_limit_waits_for_room_downstream_and_keeps_order()
    {
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(1.0), tag: CargoTag.Of(0, feu: false)) { BatchLimit = 3 };
        var limit = new ThroughputLimit(sim, "port", teuPerHour: 10.0, burstTeu: 10.0);
        var sink = new Collector(sim, "out") { Refusing = true };
        source.Next = limit;
        limit.Next = sink;
        sink.AcceptAfter(50.0);

        sim.RunUntilStopped();

        Assert.Equal([1.0, 2.0, 3.0], sink.Received.Select(r => r.CreatedAt));
        Assert.All(sink.Received, r => Assert.Equal(50.0, r.Time));
    }
}
