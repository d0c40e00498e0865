namespace CorridorSim.Statistics;

/// <summary>
/// Streaming estimate of one quantile in O(1) memory: the P² algorithm of Jain &amp; Chlamtac
/// (1985, CACM 28(10)). Five markers track the minimum, p/2, p, (1+p)/2 and the maximum and are
/// moved by piecewise-parabolic interpolation. Exact for the first five observations.
/// </summary>
public sealed class P2Quantile
{
    private readonly double[] _heights = new double[5];
    private readonly double[] _positions = new double[5];
    private readonly double[] _desired = new double[5];
    private readonly double[] _increments = new double[5];
    private long _count;

    /// <summary>Creates an estimator of the <paramref name="probability"/>-quantile, 0 &lt; p &lt; 1.</summary>
    public P2Quantile(double probability)
    {
        if (!(probability > 0.0 && probability < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "The quantile probability must lie strictly between 0 and 1.");
        }

        Probability = probability;
        Reset();
    }

    /// <summary>The probability p of the tracked quantile.</summary>
    public double Probability { get; }

    /// <summary>Number of observations seen.</summary>
    public long Count => _count;

    /// <summary>The current estimate (NaN before the first observation).</summary>
    public double Estimate
    {
        get
        {
            if (_count == 0)
            {
                return double.NaN;
            }

            if (_count >= 5)
            {
                return _heights[2];
            }

            // Few observations: the exact empirical quantile (nearest rank) of the sorted prefix.
            Span<double> sorted = stackalloc double[5];
            _heights.AsSpan(0, (int)_count).CopyTo(sorted);
            sorted = sorted[..(int)_count];
            sorted.Sort();
            int rank = (int)Math.Ceiling(Probability * _count) - 1;
            return sorted[Math.Clamp(rank, 0, (int)_count - 1)];
        }
    }

    /// <summary>Forgets all observations.</summary>
    public void Reset()
    {
        _count = 0;
        double p = Probability;
        for (int i = 0; i < 5; i++)
        {
            _positions[i] = i + 1;
        }

        _desired[0] = 1;
        _desired[1] = 1 + (2 * p);
        _desired[2] = 1 + (4 * p);
        _desired[3] = 3 + (2 * p);
        _desired[4] = 5;
        _increments[0] = 0;
        _increments[1] = p / 2;
        _increments[2] = p;
        _increments[3] = (1 + p) / 2;
        _increments[4] = 1;
    }

    /// <summary>Adds one observation.</summary>
    public void Add(double x)
    {
        if (_count < 5)
        {
            _heights[_count++] = x;
            if (_count == 5)
            {
                Array.Sort(_heights);
            }

            return;
        }

        _count++;
        var q = _heights;
        var n = _positions;
        int k;
        if (x < q[0])
        {
            q[0] = x;
            k = 0;
        }
        else if (x >= q[4])
        {
            q[4] = x;
            k = 3;
        }
        else
        {
            k = 0;
            while (k < 3 && x >= q[k + 1])
            {
                k++;
            }
        }

        for (int i = k + 1; i < 5; i++)
        {
            n[i] += 1;
        }

        for (int i = 0; i < 5; i++)
        {
            _desired[i] += _increments[i];
        }

        for (int i = 1; i <= 3; i++)
        {
            double d = _desired[i] - n[i];
            if ((d >= 1 && n[i + 1] - n[i] > 1) || (d <= -1 && n[i - 1] - n[i] < -1))
            {
                int sign = d >= 0 ? 1 : -1;
                double candidate = Parabolic(i, sign);
                q[i] = q[i - 1] < candidate && candidate < q[i + 1] ? candidate : Linear(i, sign);
                n[i] += sign;
            }
        }
    }

    private double Parabolic(int i, int d)
    {
        var q = _heights;
        var n = _positions;
        return q[i] + (d / (n[i + 1] - n[i - 1]) * (
            ((n[i] - n[i - 1] + d) * (q[i + 1] - q[i]) / (n[i + 1] - n[i])) +
            ((n[i + 1] - n[i] - d) * (q[i] - q[i - 1]) / (n[i] - n[i - 1]))));
    }

    private double Linear(int i, int d) =>
        _heights[i] + (d * (_heights[i + d] - _heights[i]) / (_positions[i + d] - _positions[i]));
}
