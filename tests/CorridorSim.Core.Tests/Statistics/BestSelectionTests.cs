using CorridorSim.Randomness;
using CorridorSim.Statistics;

namespace CorridorSim.Tests.Statistics;

/// <summary>
/// Multiple comparisons with the best from paired replications: the intervals cover every
/// system's distance from the best of the others at least as often as their joint level says,
/// the best is claimed only when the replications separate it, and pairing removes the noise
/// the systems share.
/// </summary>
public sealed class BestSelectionTests
{
    [Fact]
    public void The_intervals_cover_every_distance_from_the_best_jointly_at_least_at_their_level()
    {
        // Four systems sharing a common noise (as runs with common random numbers do), n = 10.
        // Bonferroni's bound makes the procedure conservative: coverage ≥ 0.95. Over 500 trials a
        // true coverage of 0.95 falls below 0.95 − 3 √(0.95 × 0.05 / 500) = 0.921 with probability < 0.2 %.
        double[] mu = [0.0, 0.5, 1.0, 1.2];
        var random = new RandomStream(42);
        int covered = 0;
        const int Trials = 500;
        for (int trial = 0; trial < Trials; trial++)
        {
            var samples = Samples(random, mu, n: 10, shared: 2.0, own: 1.0);

            var intervals = BestSelection.Of(samples, 0.95);

            bool all = intervals.All(b =>
            {
                double truth = mu[b.System] - mu.Where((_, j) => j != b.System).Max();
                return b.Lower <= truth && truth <= b.Upper;
            });
            covered += all ? 1 : 0;
        }

        Assert.InRange(covered / (double)Trials, 0.95 - (3 * Math.Sqrt(0.95 * 0.05 / Trials)), 1.0);
    }

    [Fact]
    public void A_system_far_above_the_others_is_the_best_and_the_others_are_out()
    {
        var samples = Samples(new RandomStream(7), [0.0, 10.0, 20.0], n: 5, shared: 1.0, own: 1.0);

        var intervals = BestSelection.Of(samples, 0.95);

        Assert.Equal([false, false, true], intervals.Select(b => b.Best));
        Assert.Equal([false, false, true], intervals.Select(b => b.Contender));
        Assert.Equal(0.0, intervals[2].Lower);
        Assert.True(intervals[2].Upper > 0.0);
        Assert.Equal(0.0, intervals[0].Upper);
    }

    [Fact]
    public void Systems_the_replications_cannot_tell_apart_are_all_contenders_and_none_is_the_best()
    {
        var random = new RandomStream(3);
        var same = Samples(random, [1.0, 1.0, 1.0], n: 10, shared: 1.0, own: 1.0);
        IReadOnlyList<IReadOnlyList<double>> identical = [[2.0, 3.0, 4.0], [2.0, 3.0, 4.0]];

        var noisy = BestSelection.Of(same, 0.95);
        var tied = BestSelection.Of(identical, 0.95);

        Assert.DoesNotContain(noisy, b => b.Best);
        Assert.All(tied, b => Assert.True(b.Contender && !b.Best));
    }

    [Fact]
    public void Pairing_removes_the_noise_the_systems_share()
    {
        // System 1 is system 0 plus 0.1 in every replication, under a common noise of sd 100:
        // the paired differences have no variance, so two replications separate them.
        IReadOnlyList<IReadOnlyList<double>> samples = [[-80.0, 130.0], [-79.9, 130.1]];

        var intervals = BestSelection.Of(samples, 0.95);

        Assert.True(intervals[1].Best);
        Assert.Equal(0.1, intervals[1].Upper, 9);
        Assert.Equal(-0.1, intervals[0].Lower, 9);
    }

    [Fact]
    public void The_second_stage_size_follows_from_the_widest_paired_deviation()
    {
        // Paired differences −0.5, −0.5, −1.5: S = 0.57735; k = 2, t(0.95, 2) = 2.919986;
        // (2.919986 × 0.57735 / 0.5)² = 11.37, so 12 replications in all.
        IReadOnlyList<IReadOnlyList<double>> samples = [[1.0, 2.0, 3.0], [1.5, 2.5, 4.5]];

        Assert.Equal(12, BestSelection.SecondStageSize(samples, 0.95, indifference: 0.5));
        Assert.Equal(3, BestSelection.SecondStageSize(samples, 0.95, indifference: 100));
    }

    [Fact]
    public void Two_stages_select_the_best_at_least_as_often_as_their_level_when_it_is_an_indifference_zone_ahead()
    {
        // The least favourable configuration: three systems tied, the best exactly δ = 1 ahead,
        // under a shared noise. The procedure guarantees P(correct selection) ≥ 0.95; over 400
        // trials a true 0.95 falls below 0.95 − 3 √(0.95 × 0.05 / 400) = 0.917 with probability < 0.2 %.
        double[] mu = [0.0, 0.0, 0.0, 1.0];
        var random = new RandomStream(2027);
        int correct = 0;
        const int Trials = 400;
        for (int trial = 0; trial < Trials; trial++)
        {
            var common = new List<double>();
            var own = mu.Select(_ => new List<double>()).ToArray();
            void Draw(int n)
            {
                for (int r = 0; r < n; r++)
                {
                    double z = 2.0 * Normal(random);
                    for (int i = 0; i < mu.Length; i++)
                    {
                        own[i].Add(mu[i] + z + Normal(random));
                    }
                }
            }

            Draw(10);
            int total = BestSelection.SecondStageSize([.. own.Select(o => (IReadOnlyList<double>)[.. o])], 0.95, indifference: 1.0);
            Draw(total - 10);

            var intervals = BestSelection.WithinIndifference([.. own.Select(o => (IReadOnlyList<double>)[.. o])], indifference: 1.0);

            correct += intervals.Single(b => b.Best).System == 3 ? 1 : 0;
        }

        Assert.InRange(correct / (double)Trials, 0.95 - (3 * Math.Sqrt(0.95 * 0.05 / Trials)), 1.0);
    }

    private static List<IReadOnlyList<double>> Samples(RandomStream random, double[] mu, int n, double shared, double own)
    {
        var common = Enumerable.Range(0, n).Select(_ => shared * Normal(random)).ToArray();
        return [.. mu.Select(m => (IReadOnlyList<double>)[.. common.Select(z => m + z + (own * Normal(random)))])];
    }

    private static double Normal(RandomStream random) =>
        Math.Sqrt(-2.0 * Math.Log(random.NextOpenDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
}
