using System.Globalization;

namespace CorridorSim.Randomness.Distributions;

/// <summary>
/// Gamma distribution with shape k and rate θ⁻¹ (mean k/rate); with integer shape it is the
/// Erlang-k distribution (<see cref="Erlang"/>). Sampled by Marsaglia &amp; Tsang (2000), with the
/// U^(1/k) boost for shape &lt; 1.
/// </summary>
public sealed class Gamma : Distribution
{
    private readonly double _d;
    private readonly double _c;

    /// <summary>Creates Gamma(<paramref name="shape"/>, <paramref name="rate"/>).</summary>
    public Gamma(double shape, double rate)
    {
        if (!(shape > 0.0) || !(rate > 0.0) || double.IsInfinity(shape) || double.IsInfinity(rate))
        {
            throw new ArgumentException("Gamma needs a positive, finite shape and rate.", nameof(shape));
        }

        Shape = shape;
        Rate = rate;
        double k = shape < 1.0 ? shape + 1.0 : shape;
        _d = k - (1.0 / 3.0);
        _c = 1.0 / Math.Sqrt(9.0 * _d);
    }

    /// <summary>Erlang-<paramref name="phases"/>: the sum of that many exponentials of rate <paramref name="ratePerPhase"/>.</summary>
    public static Gamma Erlang(int phases, double ratePerPhase)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(phases);
        return new Gamma(phases, ratePerPhase);
    }

    /// <summary>The shape k.</summary>
    public double Shape { get; }

    /// <summary>The rate (inverse scale).</summary>
    public double Rate { get; }

    /// <inheritdoc />
    public override double Mean => Shape / Rate;

    /// <inheritdoc />
    public override double Variance => Shape / (Rate * Rate);

    /// <inheritdoc />
    public override double Sample(RandomStream random)
    {
        double x = MarsagliaTsang(random);
        if (Shape < 1.0)
        {
            x *= Math.Pow(random.NextOpenDouble(), 1.0 / Shape);
        }

        return x / Rate;
    }

    private double MarsagliaTsang(RandomStream random)
    {
        while (true)
        {
            double z;
            double v;
            do
            {
                z = Normal.StandardSample(random);
                v = 1.0 + (_c * z);
            }
            while (v <= 0.0);

            v = v * v * v;
            double u = random.NextOpenDouble();
            double z2 = z * z;
            if (u < 1.0 - (0.0331 * z2 * z2) || Math.Log(u) < (0.5 * z2) + (_d * (1.0 - v + Math.Log(v))))
            {
                return _d * v;
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Gamma(shape={Shape}, rate={Rate})");
}
