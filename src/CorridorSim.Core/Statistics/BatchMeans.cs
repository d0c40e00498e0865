namespace CorridorSim.Statistics;

/// <summary>
/// Confidence interval for the steady-state mean of one long, autocorrelated run (e.g. successive
/// sojourn times): observations are grouped into consecutive batches of <see cref="BatchSize"/>,
/// and the batch means, nearly independent when batches are much longer than the correlation
/// time, give a Student-t interval. An incomplete last batch is ignored.
/// </summary>
public sealed class BatchMeans
{
    private readonly List<double> _means = [];
    private double _sum;
    private int _inBatch;

    /// <summary>Creates the estimator with <paramref name="batchSize"/> observations per batch.</summary>
    public BatchMeans(int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        BatchSize = batchSize;
    }

    /// <summary>Observations per batch.</summary>
    public int BatchSize { get; }

    /// <summary>Completed batches.</summary>
    public int BatchCount => _means.Count;

    /// <summary>Adds one observation; allocates only when a batch completes.</summary>
    public void Add(double x)
    {
        _sum += x;
        if (++_inBatch == BatchSize)
        {
            _means.Add(_sum / BatchSize);
            _sum = 0.0;
            _inBatch = 0;
        }
    }

    /// <summary>The interval from the completed batches (NaN half-width with fewer than two).</summary>
    public ConfidenceInterval Interval(double level = 0.95) => ConfidenceInterval.FromSamples(_means, level);

    /// <summary>Forgets all observations.</summary>
    public void Reset()
    {
        _means.Clear();
        _sum = 0.0;
        _inBatch = 0;
    }
}
