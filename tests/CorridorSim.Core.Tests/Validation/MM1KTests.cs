using CorridorSim.Experiments;
using CorridorSim.Kernel;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Statistics;

namespace CorridorSim.Tests.Validation;

public sealed class MM1KTests
{
    [Fact]
    public void Blocking_probability_matches_theory()
    {
        // M/M/1/K with K = 5 places (1 in service + 4 waiting), λ = 0.9/h, μ = 1/h:
        // P_K = (1 − ρ) ρᴷ / (1 − ρᴷ⁺¹) = 0.1 · 0.9⁵ / (1 − 0.9⁶) = 0.12602.
        // By PASTA the share of arrivals refused estimates P_K.
        const int k = 5;
        const double lambda = 0.9;

        var interval = Replications.Estimate(20, 500, seed =>
        {
            var sim = new Simulation(seed);
            var source = new Source(sim, "arrivals", new Exponential(lambda));
            var station = new Station(sim, "yard", 1, new Exponential(1.0), bufferCapacity: k - 1) { Next = new Sink(sim, "out") };
            source.Next = station;
            sim.Run(new SimTime(500.0));
            sim.ResetStatistics();
            sim.Run(new SimTime(40_500.0));
            sim.CheckCargoConservation();
            return (double)source.Rejected / source.Generated;
        }, ValidationAssert.Level);

        ValidationAssert.Covers(interval, QueueingTheory.MM1KBlocking(k, lambda, 1.0), 0.03, "P(block)");
    }
}
