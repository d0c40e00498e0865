using CorridorSim.Randomness;
using CorridorSim.Randomness.Distributions;

namespace CorridorSim.Tests.Randomness;

public sealed class DistributionTests
{
    public static TheoryData<string, Distribution> Distributions => new()
    {
        { "exponential", new Exponential(0.25) },
        { "deterministic", new Deterministic(3.5) },
        { "uniform", new Uniform(2.0, 6.0) },
        { "triangular", new Triangular(1.0, 2.0, 6.0) },
        { "triangular at its minimum", new Triangular(0.0, 0.0, 3.0) },
        { "normal", new Normal(10.0, 2.0) },
        { "normal truncated at zero, mean 2 sd", new TruncatedNormal(10.0, 5.0) },
        { "normal truncated well below its mean", new TruncatedNormal(10.0, 2.0) },
        { "lognormal", LogNormal.FromMeanAndStandardDeviation(20.0, 8.0) },
        { "gamma", new Gamma(2.5, 0.5) },
        { "gamma with shape below one", new Gamma(0.4, 2.0) },
        { "erlang", Gamma.Erlang(3, 1.5) },
        { "empirical", new Empirical([1.0, 2.0, 10.0], [0.5, 0.3, 0.2]) },
    };

    [Theory]
    [MemberData(nameof(Distributions))]
    public void Sample_mean_and_variance_match_the_stated_moments(string name, Distribution distribution)
    {
        var stream = new RandomStreamFactory(2024).For(name);
        const int n = 200_000;
        var samples = new double[n];
        for (int i = 0; i < n; i++)
        {
            samples[i] = distribution.Sample(stream);
        }

        double mean = samples.Average();
        double variance = samples.Sum(x => (x - mean) * (x - mean)) / (n - 1);

        // The sample mean has standard error σ/√n; the sample variance has standard error
        // √((μ4 − σ⁴)/n), estimated from the sample's fourth central moment. 4.5 standard errors
        // make a false failure a < 1e-5 event.
        double meanTolerance = (4.5 * Math.Sqrt(distribution.Variance / n)) + 1e-12;
        double fourth = samples.Sum(x => Math.Pow(x - mean, 4)) / n;
        double varianceTolerance = (4.5 * Math.Sqrt(Math.Max(0.0, fourth - (variance * variance)) / n)) + 1e-12;
        Assert.InRange(mean, distribution.Mean - meanTolerance, distribution.Mean + meanTolerance);
        Assert.InRange(variance, distribution.Variance - varianceTolerance, distribution.Variance + varianceTolerance);
    }

    [Fact]
    public void Lognormal_fitted_to_a_mean_and_spread_has_that_mean_and_spread()
    {
        var fitted = LogNormal.FromMeanAndStandardDeviation(30.0, 12.0);

        Assert.Equal(30.0, fitted.Mean, 9);
        Assert.Equal(144.0, fitted.Variance, 6);
    }

    [Fact]
    public void Truncated_normal_never_draws_below_its_bound_and_shifts_its_mean_as_theory_says()
    {
        // a = −2: λ = φ(2) / Φ(2) = 0.053991 / 0.977250 = 0.055248; mean 10 + 5λ, variance 25 (1 − 2λ − λ²).
        var truncated = new TruncatedNormal(10.0, 5.0);
        var stream = new RandomStream(11);

        double lowest = Enumerable.Range(0, 100_000).Min(_ => truncated.Sample(stream));

        Assert.True(lowest >= 0.0, $"drew {lowest}");
        Assert.Equal(10.27624, truncated.Mean, 4);
        Assert.Equal(25.0 * (1.0 - (2.0 * 0.055248) - (0.055248 * 0.055248)), truncated.Variance, 3);
    }

    [Fact]
    public void Empirical_only_returns_its_values()
    {
        var empirical = new Empirical([4.0, 8.0, 15.0]);
        var stream = new RandomStream(3);

        var seen = Enumerable.Range(0, 1000).Select(_ => empirical.Sample(stream)).ToHashSet();

        Assert.Equal(new HashSet<double> { 4.0, 8.0, 15.0 }, seen);
    }

    [Fact]
    public void Invalid_parameters_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Exponential(0.0));
        Assert.Throws<ArgumentException>(() => new Uniform(5.0, 1.0));
        Assert.Throws<ArgumentException>(() => new Triangular(1.0, 5.0, 4.0));
        Assert.Throws<ArgumentException>(() => new Normal(0.0, -1.0));
        Assert.Throws<ArgumentException>(() => new Gamma(0.0, 1.0));
        Assert.Throws<ArgumentException>(() => new Empirical([]));
    }
}
