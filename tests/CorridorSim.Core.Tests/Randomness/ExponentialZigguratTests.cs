using CorridorSim.Randomness;

namespace CorridorSim.Tests.Randomness;

public sealed class ExponentialZigguratTests
{
    [Fact]
    public void Samples_follow_the_exponential_distribution_by_Kolmogorov_Smirnov()
    {
        var stream = new RandomStream(2718);
        const int n = 200_000;
        var samples = new double[n];
        for (int i = 0; i < n; i++)
        {
            samples[i] = ExponentialZiggurat.Sample(stream);
        }

        Array.Sort(samples);
        double d = 0.0;
        for (int i = 0; i < n; i++)
        {
            double cdf = 1.0 - Math.Exp(-samples[i]);
            d = Math.Max(d, Math.Max(((i + 1.0) / n) - cdf, cdf - ((double)i / n)));
        }

        // Kolmogorov-Smirnov critical value at α = 0.001: 1.949 / √n.
        Assert.True(d < 1.949 / Math.Sqrt(n), $"D = {d}");
    }

    [Fact]
    public void The_tail_beyond_the_base_layer_has_the_exponential_probability()
    {
        // P(X > 7.697) = e^-7.697 ≈ 4.54e-4; with n = 2,000,000 the count is about 908 with
        // standard deviation √908 ≈ 30; allow 4.5 standard deviations.
        var stream = new RandomStream(31415);
        const int n = 2_000_000;
        int beyond = 0;
        for (int i = 0; i < n; i++)
        {
            if (ExponentialZiggurat.Sample(stream) > 7.69711747013104972)
            {
                beyond++;
            }
        }

        double expected = n * Math.Exp(-7.69711747013104972);
        Assert.InRange(beyond, expected - (4.5 * Math.Sqrt(expected)), expected + (4.5 * Math.Sqrt(expected)));
    }
}
