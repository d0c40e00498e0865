using System.Globalization;

namespace CorridorSim.Randomness.Distributions;

/// <summary>The sum of independent draws from two distributions (e.g. loading time plus sailing time).</summary>
public sealed class Sum : Distribution
{
    /// <summary>Creates the sum of <paramref name="first"/> and <paramref name="second"/>.</summary>
    public Sum(Distribution first, Distribution second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        First = first;
        Second = second;
    }

    /// <summary>The first term.</summary>
    public Distribution First { get; }

    /// <summary>The second term.</summary>
    public Distribution Second { get; }

    /// <inheritdoc />
    public override double Mean => First.Mean + Second.Mean;

    /// <inheritdoc />
    public override double Variance => First.Variance + Second.Variance;

    /// <inheritdoc />
    public override double Sample(RandomStream random) => First.Sample(random) + Second.Sample(random);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{First} + {Second}");
}
