using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Links;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Statistics;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Model;

/// <summary>Line slots: departures of a train service at least 24 h ÷ trainsPerDay apart.</summary>
public sealed class LineSlotTests
{
    private const double Crossing = 1.0;

    [Theory]
    [InlineData(14.0)]
    [InlineData(12.0)]
    [InlineData(9.8)]
    [InlineData(1.5)]
    public void At_saturation_a_line_runs_its_slots_a_day_on_average_and_never_more_in_any_24_hours(double trainsPerDay)
    {
        // Containers arrive at three times what the slots can carry (Poisson, trains of 10, a
        // longest wait of 6 h), so a train is always ready and only the slots hold it.
        var departures = Departures(trainsPerDay, containersPerHour: 3 * trainsPerDay * 10 / 24.0, days: 365);
        int ceiling = (int)Math.Ceiling(trainsPerDay);

        // Any half-open 24 h window holds at most ⌈n⌉ departures, and at saturation some hold exactly that.
        int fullest = MostInWindow(departures, 24.0);

        // Departures per calendar day after the first (queues have built up by then).
        var perDay = Enumerable.Range(1, 364).Select(d => (double)departures.Count(t => t >= 24.0 * d && t < 24.0 * (d + 1))).ToList();

        // 95 % interval of the mean daily count, mean ± t(0.975, 363) · s / √364; the long-run
        // mean is n exactly, within one departure over the whole period for the partial slot at
        // each end of the count (the interval of a count that never varies has no width).
        var interval = ConfidenceInterval.FromSamples(perDay);
        Assert.Equal(ceiling, fullest);
        Assert.True(perDay.Max() <= ceiling, $"a calendar day ran {perDay.Max()} trains on a line of {trainsPerDay} slots");
        Assert.InRange(trainsPerDay, interval.Lower - (1.0 / 364), interval.Upper + (1.0 / 364));
    }

    [Fact]
    public void A_fractional_slot_limit_alternates_so_that_two_days_never_exceed_three_trains()
    {
        // 1.5 a day is one train every 16 h: two in a day at most, three in any 48 h.
        var departures = Departures(1.5, containersPerHour: 2.0, days: 100);

        int fullest48 = MostInWindow(departures, 48.0);
        double shortestGap = departures.Zip(departures.Skip(1), (a, b) => b - a).Min();

        Assert.Equal(3, fullest48);
        Assert.True(shortestGap >= 16.0, $"two departures only {shortestGap} h apart");
    }

    [Fact]
    public void A_ready_train_waiting_for_its_slot_charges_the_wait_to_queueing()
    {
        // Two slots a day (12 h apart). Ten boxes at 1 h fill the first train, which leaves at
        // once; ten at 2 h fill the second, which waits for its slot at 13 h: 11 h of queueing,
        // no consolidation. Crossing 5 h: system times 5 h and 16 h.
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(1.0), batchSize: 10) { BatchLimit = 2 };
        var trains = new BatchCarrierService(sim, "line", 400, 10, SimDuration.FromHours(24.0), new Deterministic(5.0), new Deterministic(5.0), clock: MaxWaitClock.FromFirstBoarding)
        {
            MinimumHeadway = SimDuration.FromHours(12.0),
        };
        var sink = new Sink(sim, "out");
        source.Next = trains;
        trains.Next = sink;

        sim.Run(new SimTime(100.0));

        // Precision 5: a headway is kept 1e-6 h longer than given, so rounding never adds a train.
        Assert.Equal(20, sink.Delivered);
        Assert.Equal(10.5, sink.SystemTimes.Mean, 5);
        Assert.Equal(5.5, sink.MeanTimeIn(TimeCategory.Queueing), 5);
        Assert.Equal(0.0, sink.MeanTimeIn(TimeCategory.Consolidation), 9);
        Assert.Equal(5.0, sink.MeanTimeIn(TimeCategory.Moving), 9);
        Assert.Equal(0.0, sink.MeanTimeIn(TimeCategory.RollingStock), 9);
    }

    [Fact]
    public void A_train_that_waits_for_its_slot_keeps_loading_and_the_late_boxes_wait_as_queueing()
    {
        // A box at 1 h sails alone at once (longest wait 0 h, as trains run through a junction);
        // a box at 2 h waits for the 13 h slot; boxes at 3 h … 7 h board it meanwhile. Every box
        // of the second train queues from its arrival to 13 h.
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(1.0)) { BatchLimit = 7 };
        var trains = new BatchCarrierService(sim, "line", 400, 10, SimDuration.Zero, new Deterministic(5.0), new Deterministic(5.0), clock: MaxWaitClock.FromFirstBoarding)
        {
            MinimumHeadway = SimDuration.FromHours(12.0),
        };
        var sink = new Collector(sim, "out");
        source.Next = trains;
        trains.Next = sink;

        sim.Run(new SimTime(100.0));

        Assert.Equal([6.0, 18.0, 18.0, 18.0, 18.0, 18.0, 18.0], sink.Received.Select(r => Math.Round(r.Time, 5)));
        Assert.Equal(2, trains.Departures);
    }

    /// <summary>The most departures in any half-open window [t, t + <paramref name="hours"/>): the fullest windows start at a departure.</summary>
    private static int MostInWindow(List<double> times, double hours)
    {
        int most = 0;
        for (int first = 0, end = 0; first < times.Count; first++)
        {
            while (end < times.Count && times[end] < times[first] + hours)
            {
                end++;
            }

            most = Math.Max(most, end - first);
        }

        return most;
    }

    /// <summary>Departure times of a saturated line with <paramref name="trainsPerDay"/> slots, from the arrival times of its trains (crossing 1 h).</summary>
    private static List<double> Departures(double trainsPerDay, double containersPerHour, int days)
    {
        var sim = new Simulation(11);
        var source = new Source(sim, "src", new Exponential(containersPerHour));
        var trains = new BatchCarrierService(sim, "line", 400, 10, SimDuration.FromHours(6.0), new Deterministic(Crossing), new Uniform(1.0, 30.0), clock: MaxWaitClock.FromFirstBoarding)
        {
            MinimumHeadway = SimDuration.FromHours(24.0 / trainsPerDay),
        };
        var sink = new Collector(sim, "out");
        source.Next = trains;
        trains.Next = sink;

        sim.Run(new SimTime((24.0 * days) + Crossing));
        sim.CheckCargoConservation();

        return [.. sink.Received.Select(r => r.Time - Crossing).Distinct().Where(t => t < 24.0 * days)];
    }
}
