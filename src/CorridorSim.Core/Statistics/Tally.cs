namespace CorridorSim.Statistics;

/// <summary>
/// Statistics of a sequence of observations (waits, sojourns, transit times): count, mean and
/// variance (Welford's update, numerically stable), minimum, maximum, and optional streaming
/// quantiles (<see cref="P2Quantile"/>). Adding an observation allocates nothing.
/// </summary>
public sealed class Tally
{
    private readonly P2Quantile[] _quantiles;
    private double _mean;
    private double _m2;

    /// <summary>Creates a tally that also estimates the given quantile probabilities.</summary>
    public Tally(params double[] quantiles)
    {
        ArgumentNullException.ThrowIfNull(quantiles);
        _quantiles = new P2Quantile[quantiles.Length];
        for (int i = 0; i < quantiles.Length; i++)
        {
            _quantiles[i] = new P2Quantile(quantiles[i]);
        }

        Reset();
    }

    /// <summary>Number of observations.</summary>
    public long Count { get; private set; }

    /// <summary>Sample mean (NaN when empty).</summary>
    public double Mean => Count == 0 ? double.NaN : _mean;

    /// <summary>Sum of all observations.</summary>
    public double Sum => _mean * Count;

    /// <summary>Unbiased sample variance (NaN with fewer than two observations).</summary>
    public double Variance => Count < 2 ? double.NaN : _m2 / (Count - 1);

    /// <summary>Sample standard deviation.</summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>Smallest observation (NaN when empty).</summary>
    public double Min { get; private set; }

    /// <summary>Largest observation (NaN when empty).</summary>
    public double Max { get; private set; }

    /// <summary>Adds one observation.</summary>
    public void Add(double x)
    {
        Count++;
        double delta = x - _mean;
        _mean += delta / Count;
        _m2 += delta * (x - _mean);
        if (Count == 1)
        {
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

        foreach (var q in _quantiles)
        {
            q.Add(x);
        }
    }

    /// <summary>
    /// The estimate of the <paramref name="probability"/>-quantile; the probability must be one
    /// passed to the constructor.
    /// </summary>
    public double Quantile(double probability)
    {
        foreach (var q in _quantiles)
        {
            if (q.Probability == probability)
            {
                return q.Estimate;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(probability), probability, "This tally does not track that quantile; pass it to the constructor.");
    }

    /// <summary>Forgets all observations.</summary>
    public void Reset()
    {
        Count = 0;
        _mean = 0.0;
        _m2 = 0.0;
        Min = double.NaN;
        Max = double.NaN;
        foreach (var q in _quantiles)
        {
            q.Reset();
        }
    }
}
