using System.Globalization;

namespace CorridorSim.Randomness.Distributions;

/// <summary>A constant: every sample is <see cref="Value"/>. Consumes no random numbers.</summary>
public sealed class Deterministic : Distribution
{
    /// <summary>Creates a distribution that always returns <paramref name="value"/>.</summary>
    public Deterministic(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The value must be finite.");
        }

        Value = value;
    }

    /// <summary>The constant value.</summary>
    public double Value { get; }

    /// <inheritdoc />
    public override double Mean => Value;

    /// <inheritdoc />
    public override double Variance => 0.0;

    /// <inheritdoc />
    public override double Sample(RandomStream random) => Value;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Deterministic({Value})");
}
