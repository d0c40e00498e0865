using CorridorSim.Experiments;
using CorridorSim.Kernel;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;

namespace CorridorSim.Tests.Validation;

public sealed class MMcKTests
{
    [Fact]
    public void Loss_probability_and_mean_number_in_system_match_the_MMcK_formulae()
    {
        // M/M/c/K with c = 3 servers, K = 6 places (3 waiting), λ = 3/h, μ = 1.2/h: a = λ/μ = 2.5,
        // ρ = a/c. p₀ = [Σ_{n=0}^{c} aⁿ/n! + (aᶜ/c!) Σ_{n=c+1}^{K} ρ^{n−c}]⁻¹,
        // pₙ = aⁿ/n! p₀ (n ≤ c), (aᶜ/c!) ρ^{n−c} p₀ (c < n ≤ K); P(loss) = p_K, L = Σ n pₙ.
        var (loss, mean) = Expected(3, 6, 3.0, 1.2);

        var intervals = Run(3, 3, 3.0, 1.2, 700);

        ValidationAssert.Covers(intervals[0], loss, 0.04, "P(loss)");
        ValidationAssert.Covers(intervals[1], mean, 0.02, "L");
    }

    [Fact]
    public void A_pure_loss_system_without_waiting_room_matches_Erlang_B()
    {
        // M/M/c/c (no waiting room), c = 4, a = λ/μ = 3: Erlang B,
        // B(c, a) = (aᶜ/c!) / Σ_{k=0}^{c} aᵏ/k! = 3.375 / 16.375 = 0.20611; L = a (1 − B) = 2.3817.
        const double lambda = 2.4;
        const double mu = 0.8;
        double erlangB = Math.Pow(3, 4) / 24 / Enumerable.Range(0, 5).Sum(k => Math.Pow(3, k) / Factorial(k));

        var intervals = Run(4, 0, lambda, mu, 800);

        ValidationAssert.Covers(intervals[0], erlangB, 0.03, "B(c, a)");
        ValidationAssert.Covers(intervals[1], 3.0 * (1.0 - erlangB), 0.02, "L");
    }

    private static IReadOnlyList<CorridorSim.Statistics.ConfidenceInterval> Run(int servers, int waiting, double lambda, double mu, ulong seed) =>
        Replications.EstimateMany(20, seed, s =>
        {
            var sim = new Simulation(s);
            var source = new Source(sim, "arrivals", new Exponential(lambda));
            var station = new Station(sim, "berths", servers, new Exponential(mu), bufferCapacity: waiting) { Next = new Sink(sim, "out") };
            source.Next = station;
            sim.Run(new SimTime(500.0));
            sim.ResetStatistics();
            sim.Run(new SimTime(20_500.0));
            sim.CheckCargoConservation();

            // By PASTA the share of arrivals refused estimates the time-share of a full system.
            return [(double)source.Rejected / source.Generated, station.MeanNumberInSystem(sim.Now)];
        }, ValidationAssert.Level);

    private static (double Loss, double Mean) Expected(int c, int k, double lambda, double mu)
    {
        double a = lambda / mu;
        double rho = a / c;
        var weights = Enumerable.Range(0, k + 1).Select(n => n <= c ? Math.Pow(a, n) / Factorial(n) : Math.Pow(a, c) / Factorial(c) * Math.Pow(rho, n - c)).ToArray();
        double total = weights.Sum();
        return (weights[k] / total, weights.Select((w, n) => n * w).Sum() / total);
    }

    private static double Factorial(int n) => n <= 1 ? 1.0 : n * Factorial(n - 1);
}
