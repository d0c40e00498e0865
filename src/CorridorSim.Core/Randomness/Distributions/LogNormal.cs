using System.Globalization;

namespace CorridorSim.Randomness.Distributions;

/// <summary>
/// Log-normal distribution: exp(N(μ, σ²)). Useful for dwell times (border, port) that are
/// positive and right-skewed; <see cref="FromMeanAndStandardDeviation"/> fits it to published
/// averages and spreads.
/// </summary>
public sealed class LogNormal : Distribution
{
    /// <summary>Creates exp(N(<paramref name="mu"/>, <paramref name="sigma"/>²)).</summary>
    public LogNormal(double mu, double sigma)
    {
        if (!double.IsFinite(mu) || !(sigma >= 0.0) || double.IsInfinity(sigma))
        {
            throw new ArgumentException("LogNormal needs a finite μ and a finite, non-negative σ.", nameof(sigma));
        }

        Mu = mu;
        Sigma = sigma;
    }

    /// <summary>The log-normal whose own mean and standard deviation are the given values.</summary>
    public static LogNormal FromMeanAndStandardDeviation(double mean, double standardDeviation)
    {
        if (!(mean > 0.0) || !(standardDeviation >= 0.0))
        {
            throw new ArgumentException("LogNormal needs a positive mean and a non-negative standard deviation.", nameof(mean));
        }

        double sigma2 = Math.Log(1.0 + (standardDeviation * standardDeviation / (mean * mean)));
        return new LogNormal(Math.Log(mean) - (0.5 * sigma2), Math.Sqrt(sigma2));
    }

    /// <summary>The mean μ of the underlying normal.</summary>
    public double Mu { get; }

    /// <summary>The standard deviation σ of the underlying normal.</summary>
    public double Sigma { get; }

    /// <inheritdoc />
    public override double Mean => Math.Exp(Mu + (0.5 * Sigma * Sigma));

    /// <inheritdoc />
    public override double Variance => (Math.Exp(Sigma * Sigma) - 1.0) * Math.Exp((2.0 * Mu) + (Sigma * Sigma));

    /// <inheritdoc />
    public override double Sample(RandomStream random) => Math.Exp(Mu + (Sigma * Normal.StandardSample(random)));

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"LogNormal(mu={Mu}, sigma={Sigma})");
}
