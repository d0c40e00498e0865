using CorridorSim.Experiments;
using CorridorSim.Kernel;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Statistics;

namespace CorridorSim.Tests.Validation;

public sealed class MD1Tests
{
    [Fact]
    public void Mean_wait_matches_Pollaczek_Khinchine()
    {
        // M/D/1, λ = 0.8/h, D = 1 h: Wq = λ E[S²] / (2 (1 − ρ)) = 0.8 · 1 / (2 · 0.2) = 2 h,
        // half the M/M/1 value at the same load.
        const double lambda = 0.8;

        var interval = Replications.Estimate(20, 300, seed =>
        {
            var sim = new Simulation(seed);
            var source = new Source(sim, "arrivals", new Exponential(lambda));
            var station = new Station(sim, "gauge-shed", 1, new Deterministic(1.0)) { Next = new Sink(sim, "out") };
            source.Next = station;
            sim.Run(new SimTime(1_000.0));
            sim.ResetStatistics();
            sim.Run(new SimTime(51_000.0));
            return station.Waits.Mean;
        }, ValidationAssert.Level);

        ValidationAssert.Covers(interval, QueueingTheory.MG1MeanWait(lambda, 1.0, 0.0), 0.05, "Wq");
    }
}
