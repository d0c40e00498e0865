using System.Globalization;

namespace CorridorSim.Randomness.Distributions;

/// <summary>
/// Normal distribution N(μ, σ²). Sampled by the Box–Muller transform without caching the second
/// variate, so the distribution stays stateless and shareable.
/// </summary>
public sealed class Normal : Distribution
{
    /// <summary>Creates N(<paramref name="mean"/>, <paramref name="standardDeviation"/>²).</summary>
    public Normal(double mean, double standardDeviation)
    {
        if (!double.IsFinite(mean) || !(standardDeviation >= 0.0) || double.IsInfinity(standardDeviation))
        {
            throw new ArgumentException("Normal needs a finite mean and a finite, non-negative standard deviation.", nameof(standardDeviation));
        }

        Mu = mean;
        Sigma = standardDeviation;
    }

    /// <summary>The mean μ.</summary>
    public double Mu { get; }

    /// <summary>The standard deviation σ.</summary>
    public double Sigma { get; }

    /// <inheritdoc />
    public override double Mean => Mu;

    /// <inheritdoc />
    public override double Variance => Sigma * Sigma;

    /// <summary>A standard normal variate from two uniforms (Box–Muller).</summary>
    public static double StandardSample(RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double radius = Math.Sqrt(-2.0 * Math.Log(random.NextOpenDouble()));
        return radius * Math.Cos(2.0 * Math.PI * random.NextDouble());
    }

    /// <inheritdoc />
    public override double Sample(RandomStream random) => Mu + (Sigma * StandardSample(random));

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Normal({Mu}, {Sigma})");
}
