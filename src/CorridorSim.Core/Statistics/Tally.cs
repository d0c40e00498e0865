namespace CorridorSim.Statistics;

/// <summary>
/// Statistics of a sequence of observations (waits, sojourns, transit times): count, mean,
/// variance, minimum, maximum and, when asked for, quantiles from a <see cref="LogHistogram"/>.
/// Variance uses sums shifted by the first observation, which is numerically stable for
/// simulation outputs and needs no division per observation. Adding never allocates.
/// </summary>
public sealed class Tally
{
    private readonly LogHistogram? _histogram;
    private double _shift;
    private double _sum;
    private double _sumOfSquares;

    /// <summary>Creates a tally; with <paramref name="withQuantiles"/> it also keeps a histogram for quantiles.</summary>
    public Tally(bool withQuantiles = false)
    {
        _histogram = withQuantiles ? new LogHistogram() : null;
        Reset();
    }

    /// <summary>Number of observations.</summary>
    public long Count { get; private set; }

    /// <summary>Sample mean (NaN when empty).</summary>
    public double Mean => Count == 0 ? double.NaN : _shift + (_sum / Count);

    /// <summary>Sum of all observations.</summary>
    public double Sum => (_shift * Count) + _sum;

    /// <summary>Unbiased sample variance (NaN with fewer than two observations).</summary>
    public double Variance => Count < 2 ? double.NaN : Math.Max(0.0, (_sumOfSquares - (_sum * _sum / Count)) / (Count - 1));

    /// <summary>Sample standard deviation.</summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>Smallest observation (NaN when empty).</summary>
    public double Min { get; private set; }

    /// <summary>Largest observation (NaN when empty).</summary>
    public double Max { get; private set; }

    /// <summary>Whether quantiles are tracked.</summary>
    public bool HasQuantiles => _histogram is not null;

    /// <summary>Adds one observation.</summary>
    public void Add(double x)
    {
        if (Count++ == 0)
        {
            _shift = x;
            Min = x;
            Max = x;
        }
        else if (x < Min)
        {
            Min = x;
        }
        else if (x > Max)
        {
            Max = x;
        }

        double d = x - _shift;
        _sum += d;
        _sumOfSquares += d * d;
        _histogram?.Add(x);
    }

    /// <summary>
    /// The <paramref name="probability"/>-quantile (within 0.4 %, clamped to [Min, Max]);
    /// requires a tally created with quantiles.
    /// </summary>
    public double Quantile(double probability)
    {
        if (_histogram is null)
        {
            throw new InvalidOperationException("This tally does not track quantiles; create it with withQuantiles: true.");
        }

        double q = _histogram.Quantile(probability);
        return Count == 0 ? double.NaN : Math.Clamp(q, Min, Max);
    }

    /// <summary>Adds every observation of <paramref name="other"/> (quantiles too, when both track them).</summary>
    public void Merge(Tally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Count == 0)
        {
            return;
        }

        if (Count == 0)
        {
            _shift = other._shift;
            Min = other.Min;
            Max = other.Max;
        }

        // Re-express the other's sums, shifted by its first value, in this tally's shift.
        double delta = other._shift - _shift;
        _sumOfSquares += other._sumOfSquares + (2 * delta * other._sum) + (other.Count * delta * delta);
        _sum += other._sum + (other.Count * delta);
        Count += other.Count;
        Min = Math.Min(Min, other.Min);
        Max = Math.Max(Max, other.Max);
        if (_histogram is not null && other._histogram is not null)
        {
            _histogram.Merge(other._histogram);
        }
    }

    /// <summary>Forgets all observations.</summary>
    public void Reset()
    {
        Count = 0;
        _shift = 0.0;
        _sum = 0.0;
        _sumOfSquares = 0.0;
        Min = double.NaN;
        Max = double.NaN;
        _histogram?.Reset();
    }
}
