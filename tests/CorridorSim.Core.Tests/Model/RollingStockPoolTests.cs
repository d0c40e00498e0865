using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Links;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Model;

/// <summary>Rolling-stock pools: a departure takes a train set and platforms and gives them back when the train is home.</summary>
public sealed class RollingStockPoolTests
{
    [Fact]
    public void One_train_set_limits_a_line_to_one_departure_per_round_trip()
    {
        // 5 h out, 5 h back: with one train set and far more demand than it can carry, trains
        // leave exactly every 10 h, each as the train set comes home.
        var sim = new Simulation(3);
        var pool = new RollingStockPool(sim, "stock", trainSets: 1, platforms: 100, teuPerPlatform: 1);
        var (trains, sink) = Line(sim, "line", pool, new Exponential(5.0));

        sim.Run(new SimTime(1_000.0));

        var departures = ((Collector)sink).Received.Select(r => r.Time - 5.0).Distinct().ToList();
        var gaps = departures.Zip(departures.Skip(1), (a, b) => b - a).ToList();
        Assert.All(gaps, gap => Assert.Equal(10.0, gap, 9));
        Assert.Equal(departures.Count, trains.Departures);
        Assert.True(trains.Departures >= 99, $"{trains.Departures} departures in 1,000 h");
        Assert.Equal(1.0, pool.TrainSetUtilisation(sim.Now), 2);
        sim.CheckCargoConservation();
    }

    [Fact]
    public void A_train_waits_for_stock_only_while_the_pool_is_empty_and_the_wait_is_charged_to_rolling_stock()
    {
        // One train set, 5 h each way. Ten boxes at 1 h fill a train that leaves at once and is
        // back at 11 h; ten at 2 h fill the next, which waits 9 h for the train set. Ten at 30 h
        // find it home and leave at once. Rolling stock: 9 h for a third of the boxes.
        var sim = new Simulation(1);
        var pool = new RollingStockPool(sim, "stock", trainSets: 1, platforms: 10, teuPerPlatform: 1);
        var (trains, _) = Line(sim, "line", pool, new Deterministic(1.0), batches: 2);
        _ = new Source(sim, "late", new Deterministic(30.0), batchSize: 10) { BatchLimit = 1, Next = trains };
        var sink = (Sink)trains.Next!;

        sim.Run(new SimTime(200.0));

        Assert.Equal(30, sink.Delivered);
        Assert.Equal(3.0, sink.MeanTimeIn(TimeCategory.RollingStock), 9);
        Assert.Equal(0.0, sink.MeanTimeIn(TimeCategory.Queueing), 9);
        Assert.Equal(1, pool.Waited);
        Assert.Equal(3, pool.Supplied);
        Assert.Equal(9.0, pool.WaitHours, 9);
    }

    [Theory]
    [InlineData(3, false)]
    [InlineData(2, true)]
    public void A_train_waits_for_stock_only_when_the_pool_has_none_left(int trainSets, bool waits)
    {
        // A box every 4 h leaves after the 1 h longest wait, 10 h round trip: three trains are out
        // at once just before the first comes home, so three train sets never keep a train
        // waiting and two do, every third train.
        var sim = new Simulation(5);
        var pool = new RollingStockPool(sim, "stock", trainSets, platforms: 30, teuPerPlatform: 1);
        var source = new Source(sim, "src", new Deterministic(4.0)) { BatchLimit = 30 };
        var trains = new BatchCarrierService(sim, "line", 400, 10, SimDuration.FromHours(1.0), new Deterministic(5.0), new Deterministic(5.0), clock: MaxWaitClock.FromFirstBoarding) { RollingStock = pool };
        var sink = new Sink(sim, "out");
        source.Next = trains;
        trains.Next = sink;

        sim.Run(new SimTime(500.0));

        Assert.Equal(30, sink.Delivered);
        Assert.Equal(waits, pool.Waited > 0);
        Assert.Equal(waits, sink.MeanTimeIn(TimeCategory.RollingStock) > 0.0);
        sim.CheckCargoConservation();
    }

    [Fact]
    public void A_train_takes_the_platforms_its_load_needs_and_waits_when_they_are_out()
    {
        // Platforms of 2 units, 10 in the pool, two train sets: a full train of 10 units takes 5.
        // Two full trains take all 10 platforms although a train set is left; a third waits until
        // the first is back (5 h out, 5 h back) at 11 h.
        var sim = new Simulation(1);
        var pool = new RollingStockPool(sim, "stock", trainSets: 3, platforms: 10, teuPerPlatform: 2);
        var (trains, _) = Line(sim, "line", pool, new Deterministic(1.0), batches: 3);
        var sink = (Sink)trains.Next!;

        sim.Run(new SimTime(200.0));

        Assert.Equal(5, pool.PlatformsFor(10));
        Assert.Equal(1, pool.Waited);
        Assert.Equal(8.0, pool.WaitHours, 9);
        Assert.Equal(8.0 / 3.0, sink.MeanTimeIn(TimeCategory.RollingStock), 9);
    }

    [Fact]
    public void Two_lines_sharing_a_pool_take_turns_with_its_train_set()
    {
        // One train set for two saturated lines with the same 10 h round trip: together they run
        // one train every 10 h, alternately, and neither starves.
        var sim = new Simulation(9);
        var pool = new RollingStockPool(sim, "stock", trainSets: 1, platforms: 100, teuPerPlatform: 1);
        var (east, _) = Line(sim, "east", pool, new Exponential(5.0));
        var (west, _) = Line(sim, "west", pool, new Exponential(5.0));

        sim.Run(new SimTime(1_000.0));

        Assert.InRange(east.Departures + west.Departures, 99, 101);
        Assert.InRange(east.Departures - west.Departures, -1, 1);
        Assert.True(pool.Waited > 90, $"{pool.Waited} trains waited");
        sim.CheckCargoConservation();
    }

    [Fact]
    public void Line_slots_and_rolling_stock_split_a_wait_between_queueing_and_rolling_stock()
    {
        // Slots 4 h apart, one train set 5 h each way. Ten boxes at 1 h leave at once (back at
        // 11 h); ten at 2 h are ready at once, get their slot at 5 h (3 h queueing) and the train
        // set at 11 h (6 h rolling stock).
        var sim = new Simulation(1);
        var pool = new RollingStockPool(sim, "stock", trainSets: 1, platforms: 10, teuPerPlatform: 1);
        var (trains, _) = Line(sim, "line", pool, new Deterministic(1.0), batches: 2, headwayHours: 4.0);
        var sink = (Sink)trains.Next!;

        sim.Run(new SimTime(200.0));

        // Precision 5: a headway is kept 1e-6 h longer than given. Every hour is in one category.
        Assert.Equal(sink.SystemTimes.Mean, Enum.GetValues<TimeCategory>().Sum(sink.MeanTimeIn), 9);
        Assert.Equal(1.5, sink.MeanTimeIn(TimeCategory.Queueing), 5);
        Assert.Equal(3.0, sink.MeanTimeIn(TimeCategory.RollingStock), 5);
        Assert.Equal(6.0, pool.WaitHours, 5);
    }

    /// <summary>A line of trains of 10 units, 5 h each way, fed by batches of 10 every <paramref name="gaps"/> hours, into a sink (or a collector when unlimited).</summary>
    private static (BatchCarrierService Trains, ICargoReceiver Sink) Line(Simulation sim, string id, RollingStockPool pool, Distribution gaps, int batches = 0, double headwayHours = 0.0)
    {
        var source = new Source(sim, $"{id}:src", gaps, batchSize: batches > 0 ? 10 : 1) { BatchLimit = batches > 0 ? batches : long.MaxValue };
        var trains = new BatchCarrierService(sim, id, 400, 10, SimDuration.FromHours(1.0), new Deterministic(5.0), new Deterministic(5.0), clock: MaxWaitClock.FromFirstBoarding)
        {
            MinimumHeadway = SimDuration.FromHours(headwayHours),
            RollingStock = pool,
        };
        ICargoReceiver sink = batches > 0 ? new Sink(sim, $"{id}:out") : new Collector(sim, $"{id}:out");
        source.Next = trains;
        trains.Next = sink;
        return (trains, sink);
    }
}
