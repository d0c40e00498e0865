using CorridorSim.Statistics;

namespace CorridorSim.Tests.Statistics;

public sealed class ConfidenceIntervalTests
{
    [Fact]
    public void The_half_width_uses_the_Student_t_quantile()
    {
        double[] values = [9.0, 10.0, 11.0, 10.0, 10.0];

        var interval = ConfidenceInterval.FromSamples(values, 0.95);

        // s = sqrt(0.5), n = 5, t(0.975, 4) = 2.7764451.
        Assert.Equal(10.0, interval.Mean, 12);
        Assert.Equal(2.7764451052 * Math.Sqrt(0.5) / Math.Sqrt(5), interval.HalfWidth, 8);
        Assert.True(interval.Contains(10.8));
        Assert.False(interval.Contains(10.9));
    }

    [Fact]
    public void Batch_means_ignore_an_incomplete_last_batch()
    {
        var batches = new BatchMeans(3);

        foreach (double x in new[] { 1.0, 2.0, 3.0, 7.0, 8.0, 9.0, 100.0 })
        {
            batches.Add(x);
        }

        Assert.Equal(2, batches.BatchCount);
        Assert.Equal(5.0, batches.Interval().Mean, 12);
    }
}
