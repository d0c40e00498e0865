using CorridorSim.Experiments;
using CorridorSim.Randomness;
using CorridorSim.Randomness.Distributions;

namespace CorridorSim.Tests.Experiments;

/// <summary>The intervals the experiment code reports cover the true value at about their nominal rate.</summary>
public sealed class ConfidenceIntervalCoverageTests
{
    // 1,000 synthetic experiments: the count of intervals covering the truth is Binomial(1000, 0.95),
    // whose 99.9 % range is 0.95 ± 3.29·√(0.95·0.05/1000) = 0.95 ± 0.023. A t-interval computed with
    // the wrong quantile (1.96 instead of t(0.975, 9) = 2.26 at n = 10) covers only 0.92 and fails.
    private const int Experiments = 1_000;
    private const double Tolerance = 0.023;

    [Fact]
    public void Replication_intervals_cover_a_known_mean_at_the_nominal_rate()
    {
        var random = new RandomStream(11);
        var normal = new Normal(50.0, 8.0);
        int covered = 0;

        for (int e = 0; e < Experiments; e++)
        {
            var estimate = KpiEstimate.From("stream:x", "transitMeanDays", "days", Enumerable.Range(0, 10).Select(_ => normal.Sample(random)).ToArray(), 0.95);
            if (Math.Abs(estimate.Mean - 50.0) <= estimate.HalfWidth)
            {
                covered++;
            }
        }

        Assert.InRange(covered / (double)Experiments, 0.95 - Tolerance, 0.95 + Tolerance);
    }

    [Fact]
    public void Paired_difference_intervals_cover_a_known_difference_at_the_nominal_rate()
    {
        // Base and what-if share a common noise (as with common random numbers) plus their own:
        // the true difference is 1.5.
        var random = new RandomStream(12);
        var common = new Normal(0.0, 10.0);
        var own = new Normal(0.0, 1.0);
        int covered = 0;
        int unpairedWider = 0;

        for (int e = 0; e < Experiments; e++)
        {
            var pairs = Enumerable.Range(0, 10).Select(_ =>
            {
                double shared = common.Sample(random);
                return (Base: 20.0 + shared + own.Sample(random), WhatIf: 21.5 + shared + own.Sample(random));
            }).ToArray();
            var d = KpiDifference.FromPairs("what-if", "stream:x", "transitMeanDays", "days", pairs);
            if (Math.Abs(d.Difference - 1.5) <= d.HalfWidth)
            {
                covered++;
            }

            if (d.UnpairedHalfWidth > 3 * d.HalfWidth)
            {
                unpairedWider++;
            }
        }

        Assert.InRange(covered / (double)Experiments, 0.95 - Tolerance, 0.95 + Tolerance);

        // With a shared noise 10× the own noise, pairing shrinks the interval about 7-fold.
        Assert.True(unpairedWider > 0.95 * Experiments, $"unpaired interval 3× wider in only {unpairedWider} of {Experiments}");
    }

    [Fact]
    public void Identical_pairs_give_an_exact_zero_difference_that_is_not_significant()
    {
        var pairs = new[] { (3.0, 3.0), (4.0, 4.0), (5.5, 5.5) };

        var d = KpiDifference.FromPairs("same", "total", "transitMeanDays", "days", pairs);

        Assert.Equal(0.0, d.Difference);
        Assert.Equal(0.0, d.HalfWidth);
        Assert.False(d.Significant);
        Assert.True(double.IsNaN(d.VarianceReduction));
    }
}
