using System.Globalization;

namespace CorridorSim.Randomness.Distributions;

/// <summary>
/// A normal distribution N(μ, σ²) truncated below at <see cref="Lower"/>: a draw below it is drawn
/// again, so every draw is at least <see cref="Lower"/>. A normal duration is this with
/// <c>Lower = 0</c>, so it can never be negative. The mean and variance are those of the truncated
/// distribution: with a = (lower − μ) / σ, λ = φ(a) / (1 − Φ(a)), the mean is μ + σλ and the
/// variance σ²(1 + aλ − λ²).
/// </summary>
public sealed class TruncatedNormal : Distribution
{
    private readonly Normal _normal;

    /// <summary>Creates N(<paramref name="mean"/>, <paramref name="standardDeviation"/>²) truncated below at <paramref name="lower"/>.</summary>
    /// <exception cref="ArgumentException">When a parameter is not finite, σ is negative, or (with σ = 0) μ is below the bound, or the bound lies so far above μ that a draw would take over a thousand tries on average.</exception>
    public TruncatedNormal(double mean, double standardDeviation, double lower = 0.0)
    {
        _normal = new Normal(mean, standardDeviation);
        if (!double.IsFinite(lower))
        {
            throw new ArgumentException("The lower bound must be finite.", nameof(lower));
        }

        Lower = lower;
        if (standardDeviation == 0.0)
        {
            if (mean < lower)
            {
                throw new ArgumentException("With no spread the mean must be at least the lower bound.", nameof(mean));
            }

            Mean = mean;
            Variance = 0.0;
            return;
        }

        double a = (lower - mean) / standardDeviation;
        double kept = 1.0 - MathNet.Numerics.Distributions.Normal.CDF(0.0, 1.0, a);
        if (!(kept >= 1e-3))
        {
            throw new ArgumentException("The lower bound lies more than 3.09 standard deviations above the mean: almost every draw would be refused.", nameof(lower));
        }

        double lambda = MathNet.Numerics.Distributions.Normal.PDF(0.0, 1.0, a) / kept;
        Mean = mean + (standardDeviation * lambda);
        Variance = standardDeviation * standardDeviation * Math.Max(0.0, 1.0 + (a * lambda) - (lambda * lambda));
    }

    /// <summary>The mean μ of the normal before truncation.</summary>
    public double Mu => _normal.Mu;

    /// <summary>The standard deviation σ of the normal before truncation.</summary>
    public double Sigma => _normal.Sigma;

    /// <summary>No draw is below this.</summary>
    public double Lower { get; }

    /// <inheritdoc />
    public override double Mean { get; }

    /// <inheritdoc />
    public override double Variance { get; }

    /// <inheritdoc />
    public override double Sample(RandomStream random)
    {
        double x;
        do
        {
            x = _normal.Sample(random);
        }
        while (x < Lower);

        return x;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Normal({Mu}, {Sigma}) truncated at {Lower}");
}
