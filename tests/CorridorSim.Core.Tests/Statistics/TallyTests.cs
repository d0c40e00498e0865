using CorridorSim.Randomness;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Statistics;

namespace CorridorSim.Tests.Statistics;

public sealed class TallyTests
{
    [Fact]
    public void Mean_variance_min_and_max_match_the_direct_formulas()
    {
        double[] values = [1e6 + 4, 1e6 + 7, 1e6 + 13, 1e6 + 16];
        var tally = new Tally();

        foreach (double v in values)
        {
            tally.Add(v);
        }

        Assert.Equal(4, tally.Count);
        Assert.Equal(1e6 + 10, tally.Mean, 9);
        Assert.Equal(30.0, tally.Variance, 9);
        Assert.Equal(1e6 + 4, tally.Min);
        Assert.Equal(1e6 + 16, tally.Max);
    }

    [Fact]
    public void An_empty_tally_reports_not_a_number()
    {
        var tally = new Tally(withQuantiles: true);

        Assert.True(double.IsNaN(tally.Mean));
        Assert.True(double.IsNaN(tally.Variance));
        Assert.True(double.IsNaN(tally.Quantile(0.5)));
    }

    [Fact]
    public void Quantiles_are_within_the_histogram_resolution_of_the_exact_sample_quantiles()
    {
        var tally = new Tally(withQuantiles: true);
        var stream = new RandomStream(11);
        var dist = LogNormal.FromMeanAndStandardDeviation(50.0, 30.0);
        var values = new double[100_000];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = dist.Sample(stream);
            tally.Add(values[i]);
        }

        Array.Sort(values);

        foreach (double p in new[] { 0.05, 0.5, 0.95, 0.99 })
        {
            double exact = values[(int)Math.Ceiling(p * values.Length) - 1];

            // Buckets are 1/128 of an octave wide; the midpoint is within half a bucket (0.4 %).
            Assert.InRange(tally.Quantile(p), exact * (1 - 0.004), exact * (1 + 0.004));
        }
    }

    [Fact]
    public void Reset_forgets_every_observation()
    {
        var tally = new Tally(withQuantiles: true);
        tally.Add(5.0);

        tally.Reset();
        tally.Add(2.0);

        Assert.Equal(1, tally.Count);
        Assert.Equal(2.0, tally.Mean);
        Assert.Equal(2.0, tally.Quantile(0.5));
    }

    [Fact]
    public void Merged_histograms_hold_every_observation()
    {
        var a = new LogHistogram();
        var b = new LogHistogram();
        for (int i = 1; i <= 100; i++)
        {
            (i % 2 == 0 ? a : b).Add(i);
        }

        a.Merge(b);

        Assert.Equal(100, a.Count);
        Assert.InRange(a.Quantile(0.5), 50 * 0.996, 50 * 1.004);
    }
}
