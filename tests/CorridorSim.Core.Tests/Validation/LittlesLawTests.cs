using CorridorSim.Experiments;
using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Validation;

public sealed class LittlesLawTests
{
    [Fact]
    public void Time_average_cargo_in_system_equals_throughput_times_mean_time_in_system()
    {
        // L = λ W on a network with batching, blocking, storms and multi-server queues. L is the
        // time-average of the cargo ledger; λ and W come from the sink alone, so the two sides are
        // measured independently. The 99 % interval of L across replications must contain the mean
        // of λW.
        const double warmUp = 2_000.0;
        const double window = 30_000.0;

        var intervals = Replications.EstimateMany(20, 600, seed =>
        {
            var net = new SampleNetwork(seed);
            net.Simulation.Run(new SimTime(warmUp));
            net.Simulation.ResetStatistics();
            net.Simulation.Run(new SimTime(warmUp + window));
            double throughput = net.Sink.Delivered / window;
            return [net.Simulation.Cargo.MeanInSystem(net.Simulation.NowHours), throughput * net.Sink.SystemTimes.Mean];
        }, ValidationAssert.Level);

        ValidationAssert.Covers(intervals[0], intervals[1].Mean, 0.05, "L vs λW");
    }

    [Fact]
    public void On_a_run_that_starts_and_ends_empty_Littles_law_holds_exactly()
    {
        // Sample-path form: when every unit arrives and leaves within [0, T], ∫₀ᵀ N(t) dt = Σ Wᵢ,
        // so L · T equals the sum of times in system up to rounding.
        var net = new SampleNetwork(7, randomStorms: false, arrivalLimit: 5_000);

        net.Simulation.RunUntilStopped();

        double end = net.Simulation.NowHours;
        Assert.Equal(5_000, net.Sink.Delivered);
        Assert.Equal(0, net.Simulation.Cargo.InSystem);
        Assert.Equal(net.Sink.SystemTimes.Sum, net.Simulation.Cargo.MeanInSystem(end) * end, net.Sink.SystemTimes.Sum * 1e-9);
    }

    [Fact]
    public void Every_hour_of_a_units_life_is_charged_to_exactly_one_category()
    {
        var net = new SampleNetwork(8, randomStorms: true);

        net.Simulation.Run(new SimTime(20_000.0));

        double charged = Enum.GetValues<TimeCategory>().Sum(c => net.Sink.MeanTimeIn(c));
        Assert.Equal(net.Sink.SystemTimes.Mean, charged, 1e-9 * net.Sink.SystemTimes.Mean);
        Assert.True(net.Sink.MeanTimeIn(TimeCategory.Disruption) > 0.0, "storms should delay some cargo");
        Assert.True(net.Sink.MeanTimeIn(TimeCategory.Consolidation) > 0.0, "cargo should wait for ferries to fill");
        net.Simulation.CheckCargoConservation();
    }
}
