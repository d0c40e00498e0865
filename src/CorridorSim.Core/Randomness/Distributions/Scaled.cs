using System.Globalization;

namespace CorridorSim.Randomness.Distributions;

/// <summary>A distribution multiplied by a constant (e.g. time per TEU × TEU per container).</summary>
public sealed class Scaled : Distribution
{
    /// <summary>Creates <paramref name="inner"/> × <paramref name="factor"/>.</summary>
    public Scaled(Distribution inner, double factor)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (!(factor >= 0) || double.IsInfinity(factor))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "The factor must be finite and not negative.");
        }

        Inner = inner;
        Factor = factor;
    }

    /// <summary>The distribution scaled.</summary>
    public Distribution Inner { get; }

    /// <summary>The multiplier.</summary>
    public double Factor { get; }

    /// <inheritdoc />
    public override double Mean => Inner.Mean * Factor;

    /// <inheritdoc />
    public override double Variance => Inner.Variance * Factor * Factor;

    /// <inheritdoc />
    public override double Sample(RandomStream random) => Inner.Sample(random) * Factor;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Factor} × {Inner}");
}
