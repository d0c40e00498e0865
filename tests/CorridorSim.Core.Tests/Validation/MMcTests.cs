using CorridorSim.Experiments;
using CorridorSim.Kernel;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Statistics;

namespace CorridorSim.Tests.Validation;

public sealed class MMcTests
{
    [Fact]
    public void Probability_of_waiting_and_mean_wait_match_Erlang_C()
    {
        // M/M/3, λ = 2.4/h, μ = 1/h: ρ = 0.8, a = 2.4.
        // C(3, 2.4) = (a³/3! · 3/(3−a)) / (1 + a + a²/2 + a³/3! · 3/(3−a)) = 0.64719...
        // Wq = C / (cμ − λ) = 1.07865... h. Arrivals see time averages (PASTA), so the share of
        // arrivals that queue estimates C.
        const int servers = 3;
        const double lambda = 2.4;
        const double mu = 1.0;

        var intervals = Replications.EstimateMany(20, 200, seed =>
        {
            var sim = new Simulation(seed);
            var source = new Source(sim, "arrivals", new Exponential(lambda));
            var station = new Station(sim, "berths", servers, new Exponential(mu)) { Next = new Sink(sim, "out") };
            source.Next = station;
            sim.Run(new SimTime(1_000.0));
            sim.ResetStatistics();
            sim.Run(new SimTime(51_000.0));
            return [(double)station.DelayedArrivals / station.Arrivals, station.Waits.Mean, station.Utilisation(sim.Now)];
        }, ValidationAssert.Level);

        ValidationAssert.Covers(intervals[0], QueueingTheory.ErlangC(servers, lambda, mu), 0.02, "P(wait)");
        ValidationAssert.Covers(intervals[1], QueueingTheory.MMcMeanWait(servers, lambda, mu), 0.05, "Wq");
        ValidationAssert.Covers(intervals[2], lambda / (servers * mu), 0.01, "utilisation");
    }
}
