using CorridorSim.Experiments;
using CorridorSim.Kernel;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace CorridorSim.Tests.Validation;

public sealed class TandemBlockingTests
{
    private const double Lambda = 1.0;
    private const double Mu1 = 1.3;
    private const double Mu2 = 1.1;
    private const int Waiting1 = 3;
    private const int Waiting2 = 1;

    [Fact]
    public void Two_stations_with_a_finite_buffer_between_them_match_their_Markov_chain()
    {
        // Poisson arrivals λ = 1/h → station 1 (1 server, μ₁ = 1.3/h, 3 waiting places; an arrival
        // finding it full is lost) → station 2 (1 server, μ₂ = 1.1/h, 1 waiting place) → sink, with
        // blocking after service: a unit finished at station 1 while station 2 is full keeps
        // station 1's server until a place frees. State (n₁, n₂, b): units at station 1 (0…4, in
        // service or blocked included), at station 2 (0…2), b = 1 when station 1's server is blocked.
        // The generator Q is built below and πQ = 0, Σπ = 1 solved exactly; then
        //   throughput X = λ (1 − P(n₁ = 4)), loss = P(n₁ = 4) (arrivals see time averages),
        //   L = Σ (n₁ + n₂) π, P(blocked) = Σ_{b = 1} π.
        var (throughput, loss, meanNumber, blocked) = Exact();

        var intervals = Replications.EstimateMany(20, 900, seed =>
        {
            var sim = new Simulation(seed);
            var source = new Source(sim, "arrivals", new Exponential(Lambda));
            var sink = new Sink(sim, "out");
            var second = new Station(sim, "second", 1, new Exponential(Mu2), bufferCapacity: Waiting2) { Next = sink };
            var first = new Station(sim, "first", 1, new Exponential(Mu1), bufferCapacity: Waiting1) { Next = second };
            source.Next = first;
            sim.Run(new SimTime(1_000.0));
            sim.ResetStatistics();
            sim.Run(new SimTime(41_000.0));
            sim.CheckCargoConservation();
            return [second.Departures / 40_000.0, (double)source.Rejected / source.Generated, first.MeanNumberInSystem(sim.Now) + second.MeanNumberInSystem(sim.Now), first.Utilisation(sim.Now) - BusyFirst()];
        }, ValidationAssert.Level);

        ValidationAssert.Covers(intervals[0], throughput, 0.01, "throughput");
        ValidationAssert.Covers(intervals[1], loss, 0.05, "P(loss)");
        ValidationAssert.Covers(intervals[2], meanNumber, 0.02, "L");

        // Station 1 counts a blocked server as busy: its utilisation is P(n₁ ≥ 1), of which the
        // blocked share is P(b = 1); the difference from P(serving) = X / μ₁ is the blocked share.
        ValidationAssert.Covers(intervals[3], blocked, 0.1, "P(blocked)");
    }

    private static double BusyFirst() => Exact().Throughput / Mu1;

    private static (double Throughput, double Loss, double MeanNumber, double Blocked) Exact()
    {
        var states = new List<(int N1, int N2, int B)>();
        for (int n1 = 0; n1 <= Waiting1 + 1; n1++)
        {
            for (int n2 = 0; n2 <= Waiting2 + 1; n2++)
            {
                states.Add((n1, n2, 0));
                if (n1 >= 1 && n2 == Waiting2 + 1)
                {
                    states.Add((n1, n2, 1));
                }
            }
        }

        int n = states.Count;
        var q = Matrix<double>.Build.Dense(n, n);
        void Rate(int from, (int, int, int) to, double rate)
        {
            q[from, states.IndexOf(to)] += rate;
            q[from, from] -= rate;
        }

        for (int i = 0; i < n; i++)
        {
            var (n1, n2, b) = states[i];
            if (n1 < Waiting1 + 1)
            {
                Rate(i, (n1 + 1, n2, b), Lambda);
            }

            if (n1 >= 1 && b == 0)
            {
                Rate(i, n2 < Waiting2 + 1 ? (n1 - 1, n2 + 1, 0) : (n1, n2, 1), Mu1);
            }

            if (n2 >= 1)
            {
                // A place frees at station 2: a blocked unit moves in at once.
                Rate(i, b == 1 ? (n1 - 1, n2, 0) : (n1, n2 - 1, 0), Mu2);
            }
        }

        // πQ = 0 with Σπ = 1: solve Qᵀπ = 0 with one equation replaced by the normalisation.
        var a = q.Transpose();
        a.SetRow(n - 1, Enumerable.Repeat(1.0, n).ToArray());
        var rhs = Vector<double>.Build.Dense(n);
        rhs[n - 1] = 1.0;
        var pi = a.Solve(rhs);

        double full = states.Select((s, i) => s.N1 == Waiting1 + 1 ? pi[i] : 0.0).Sum();
        double mean = states.Select((s, i) => (s.N1 + s.N2) * pi[i]).Sum();
        double blocked = states.Select((s, i) => s.B == 1 ? pi[i] : 0.0).Sum();
        return (Lambda * (1.0 - full), full, mean, blocked);
    }
}
