using System.Globalization;

namespace CorridorSim.Randomness.Distributions;

/// <summary>
/// Empirical (discrete) distribution: returns one of the observed <see cref="Values"/> with the
/// given weights (equal weights by default). Sampled by binary search of the cumulative weights.
/// </summary>
public sealed class Empirical : Distribution
{
    private readonly double[] _values;
    private readonly double[] _cumulative;

    /// <summary>Creates an empirical distribution; <paramref name="weights"/> default to equal.</summary>
    public Empirical(IReadOnlyList<double> values, IReadOnlyList<double>? weights = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0 || (weights is not null && weights.Count != values.Count))
        {
            throw new ArgumentException("Empirical needs at least one value and one weight per value.", nameof(values));
        }

        _values = new double[values.Count];
        _cumulative = new double[values.Count];
        double total = 0.0;
        for (int i = 0; i < values.Count; i++)
        {
            double w = weights?[i] ?? 1.0;
            if (!double.IsFinite(values[i]) || !(w >= 0.0) || double.IsInfinity(w))
            {
                throw new ArgumentException("Empirical values must be finite and weights finite and non-negative.", nameof(values));
            }

            _values[i] = values[i];
            total += w;
            _cumulative[i] = total;
        }

        if (!(total > 0.0))
        {
            throw new ArgumentException("Empirical weights must not all be zero.", nameof(weights));
        }

        for (int i = 0; i < _cumulative.Length; i++)
        {
            _cumulative[i] /= total;
        }

        _cumulative[^1] = 1.0;
        double mean = 0.0;
        double second = 0.0;
        double previous = 0.0;
        for (int i = 0; i < _values.Length; i++)
        {
            double p = _cumulative[i] - previous;
            previous = _cumulative[i];
            mean += p * _values[i];
            second += p * _values[i] * _values[i];
        }

        Mean = mean;
        Variance = Math.Max(0.0, second - (mean * mean));
    }

    /// <summary>The values that can be drawn.</summary>
    public IReadOnlyList<double> Values => _values;

    /// <inheritdoc />
    public override double Mean { get; }

    /// <inheritdoc />
    public override double Variance { get; }

    /// <inheritdoc />
    public override double Sample(RandomStream random)
    {
        double u = random.NextDouble();
        int index = Array.BinarySearch(_cumulative, u);
        index = index < 0 ? ~index : index + 1;
        return _values[Math.Min(index, _values.Length - 1)];
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Empirical({_values.Length} values)");
}
