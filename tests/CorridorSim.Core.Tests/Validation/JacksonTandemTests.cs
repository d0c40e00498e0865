using CorridorSim.Experiments;
using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Statistics;

namespace CorridorSim.Tests.Validation;

public sealed class JacksonTandemTests
{
    [Fact]
    public void Mean_sojourn_through_five_MM1_stations_is_the_sum_of_their_MM1_sojourns()
    {
        // Jackson's theorem: in steady state each station of an open tandem of M/M/1 queues behaves
        // as an independent M/M/1 with the same λ, so W = Σ 1/(μᵢ − λ)
        // = 1/0.5 + 1/0.3 + 1/0.75 + 1/0.4 + 1/0.6 = 10.8333 h for λ = 0.5/h.
        const double lambda = 0.5;
        double[] mus = [1.0, 0.8, 1.25, 0.9, 1.1];
        double expected = mus.Sum(mu => QueueingTheory.MM1MeanSojourn(lambda, mu));

        var interval = Replications.Estimate(20, 400, seed =>
        {
            var sim = new Simulation(seed);
            var source = new Source(sim, "arrivals", new Exponential(lambda));
            var sink = new Sink(sim, "out");
            ICargoReceiver next = sink;
            for (int i = mus.Length - 1; i >= 0; i--)
            {
                next = new Station(sim, $"station-{i}", 1, new Exponential(mus[i])) { Next = next };
            }

            source.Next = next;
            sim.Run(new SimTime(2_000.0));
            sim.ResetStatistics();
            sim.Run(new SimTime(42_000.0));
            return sink.SystemTimes.Mean;
        }, ValidationAssert.Level);

        ValidationAssert.Covers(interval, expected, 0.05, "W");
    }
}
