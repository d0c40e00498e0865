using CorridorSim.Experiments;
using CorridorSim.Kernel;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Statistics;

namespace CorridorSim.Tests.Validation;

public sealed class MM1Tests
{
    // M/M/1 with μ = 1/h: Wq = ρ / (μ − λ), L = ρ / (1 − ρ).
    // At ρ = 0.9 the relaxation time is about 1 / (μ (1 − √ρ)²) ≈ 380 h, hence the long runs.
    [Theory]
    [InlineData(0.5, 1_000.0, 20_000.0, 20)]
    [InlineData(0.9, 10_000.0, 200_000.0, 20)]
    public void Mean_wait_and_mean_number_in_system_match_theory(double rho, double warmUpHours, double runHours, int replications)
    {
        const double mu = 1.0;

        var intervals = Replications.EstimateMany(replications, 100, seed =>
        {
            var sim = new Simulation(seed);
            var source = new Source(sim, "arrivals", new Exponential(rho));
            var station = new Station(sim, "server", 1, new Exponential(mu)) { Next = new Sink(sim, "out") };
            source.Next = station;
            sim.Run(new SimTime(warmUpHours));
            sim.ResetStatistics();
            sim.Run(new SimTime(warmUpHours + runHours));
            return [station.Waits.Mean, station.MeanNumberInSystem(sim.Now)];
        }, ValidationAssert.Level);

        ValidationAssert.Covers(intervals[0], QueueingTheory.MM1MeanWait(rho, mu), 0.05, "Wq");
        ValidationAssert.Covers(intervals[1], QueueingTheory.MM1MeanNumberInSystem(rho, mu), 0.05, "L");
    }
}
