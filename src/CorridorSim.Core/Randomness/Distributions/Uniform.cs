using System.Globalization;

namespace CorridorSim.Randomness.Distributions;

/// <summary>Continuous uniform distribution on [<see cref="Lower"/>, <see cref="Upper"/>).</summary>
public sealed class Uniform : Distribution
{
    /// <summary>Creates a uniform distribution; requires lower ≤ upper.</summary>
    public Uniform(double lower, double upper)
    {
        if (!double.IsFinite(lower) || !double.IsFinite(upper) || lower > upper)
        {
            throw new ArgumentException("Uniform bounds must be finite with lower ≤ upper.", nameof(upper));
        }

        Lower = lower;
        Upper = upper;
    }

    /// <summary>The lower bound.</summary>
    public double Lower { get; }

    /// <summary>The upper bound.</summary>
    public double Upper { get; }

    /// <inheritdoc />
    public override double Mean => 0.5 * (Lower + Upper);

    /// <inheritdoc />
    public override double Variance => (Upper - Lower) * (Upper - Lower) / 12.0;

    /// <inheritdoc />
    public override double Sample(RandomStream random) => Lower + ((Upper - Lower) * random.NextDouble());

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Uniform({Lower}, {Upper})");
}
