using System.Globalization;

namespace CorridorSim.Randomness.Distributions;

/// <summary>Triangular distribution with minimum a, mode c and maximum b, sampled by inversion.</summary>
public sealed class Triangular : Distribution
{
    private readonly double _modeFraction;

    /// <summary>Creates a triangular distribution; requires min ≤ mode ≤ max and min &lt; max.</summary>
    public Triangular(double min, double mode, double max)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || !(min <= mode && mode <= max && min < max))
        {
            throw new ArgumentException("Triangular needs finite min ≤ mode ≤ max with min < max.", nameof(mode));
        }

        Min = min;
        Mode = mode;
        Max = max;
        _modeFraction = (mode - min) / (max - min);
    }

    /// <summary>The minimum a.</summary>
    public double Min { get; }

    /// <summary>The mode c.</summary>
    public double Mode { get; }

    /// <summary>The maximum b.</summary>
    public double Max { get; }

    /// <inheritdoc />
    public override double Mean => (Min + Mode + Max) / 3.0;

    /// <inheritdoc />
    public override double Variance =>
        ((Min * Min) + (Mode * Mode) + (Max * Max) - (Min * Mode) - (Min * Max) - (Mode * Max)) / 18.0;

    /// <inheritdoc />
    public override double Sample(RandomStream random)
    {
        double u = random.NextDouble();
        double range = Max - Min;
        return u < _modeFraction
            ? Min + Math.Sqrt(u * range * (Mode - Min))
            : Max - Math.Sqrt((1.0 - u) * range * (Max - Mode));
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Triangular({Min}, {Mode}, {Max})");
}
