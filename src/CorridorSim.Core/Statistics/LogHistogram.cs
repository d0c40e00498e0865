namespace CorridorSim.Statistics;

/// <summary>
/// Counts of non-negative observations in log-linear buckets: each power of two between
/// 2⁻¹⁰ and 2⁴⁰ is split into 128 equal buckets, so a quantile read from the bucket midpoint is
/// within 0.4 % of an exact sample quantile. Adding is a few bit operations and never allocates;
/// histograms with the same layout can be merged across replications. Values below 2⁻¹⁰
/// (about 3.5 s when the unit is hours) count as zero; values above 2⁴⁰ fall in the top bucket.
/// </summary>
public sealed class LogHistogram
{
    private const int SubBucketBits = 7;
    private const int SubBuckets = 1 << SubBucketBits;
    private const int MinExponent = -10;
    private const int MaxExponent = 40;
    private const int BucketCount = ((MaxExponent - MinExponent) * SubBuckets) + 1;

    private readonly long[] _counts = new long[BucketCount];

    /// <summary>Number of observations.</summary>
    public long Count { get; private set; }

    /// <summary>Adds one observation; negative values count as zero.</summary>
    public void Add(double x)
    {
        _counts[BucketOf(x)]++;
        Count++;
    }

    /// <summary>Adds every observation of <paramref name="other"/>.</summary>
    public void Merge(LogHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (int i = 0; i < BucketCount; i++)
        {
            _counts[i] += other._counts[i];
        }

        Count += other.Count;
    }

    /// <summary>
    /// The <paramref name="probability"/>-quantile: the midpoint of the bucket holding the
    /// observation of rank ⌈p n⌉ (NaN when empty).
    /// </summary>
    public double Quantile(double probability)
    {
        if (!(probability >= 0.0 && probability <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "The probability must lie in [0, 1].");
        }

        if (Count == 0)
        {
            return double.NaN;
        }

        long rank = Math.Max(1, (long)Math.Ceiling(probability * Count));
        long seen = 0;
        for (int i = 0; i < BucketCount; i++)
        {
            seen += _counts[i];
            if (seen >= rank)
            {
                return Midpoint(i);
            }
        }

        return Midpoint(BucketCount - 1);
    }

    /// <summary>Forgets all observations.</summary>
    public void Reset()
    {
        Array.Clear(_counts);
        Count = 0;
    }

    private static int BucketOf(double x)
    {
        if (!(x >= 1.0 / (1 << -MinExponent)))
        {
            return 0;
        }

        long bits = BitConverter.DoubleToInt64Bits(x);
        int exponent = (int)((bits >> 52) & 0x7FF) - 1023;
        int sub = (int)((bits >> (52 - SubBucketBits)) & (SubBuckets - 1));
        int index = ((exponent - MinExponent) * SubBuckets) + sub + 1;
        return Math.Min(index, BucketCount - 1);
    }

    private static double Midpoint(int bucket)
    {
        if (bucket == 0)
        {
            return 0.0;
        }

        int exponent = ((bucket - 1) / SubBuckets) + MinExponent;
        int sub = (bucket - 1) % SubBuckets;
        return Math.ScaleB(1.0 + ((sub + 0.5) / SubBuckets), exponent);
    }
}
