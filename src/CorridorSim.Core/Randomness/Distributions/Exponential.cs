using System.Globalization;

namespace CorridorSim.Randomness.Distributions;

/// <summary>Exponential distribution with rate λ (mean 1/λ), sampled by the ziggurat method (<see cref="ExponentialZiggurat"/>).</summary>
public sealed class Exponential : Distribution
{
    private readonly double _scale;

    /// <summary>Creates an exponential distribution with rate <paramref name="rate"/> (events per unit).</summary>
    public Exponential(double rate)
    {
        if (!(rate > 0.0) || double.IsInfinity(rate))
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "The rate must be positive and finite.");
        }

        Rate = rate;
        _scale = 1.0 / rate;
    }

    /// <summary>Creates an exponential distribution with the given mean.</summary>
    public static Exponential WithMean(double mean) => new(1.0 / mean);

    /// <summary>The rate λ.</summary>
    public double Rate { get; }

    /// <inheritdoc />
    public override double Mean => 1.0 / Rate;

    /// <inheritdoc />
    public override double Variance => 1.0 / (Rate * Rate);

    /// <inheritdoc />
    public override double Sample(RandomStream random) => ExponentialZiggurat.Sample(random) * _scale;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Exponential(rate={Rate})");
}
