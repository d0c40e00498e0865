using System.Diagnostics.CodeAnalysis;

namespace CorridorSim.Randomness;

/// <summary>
/// One independent stream of pseudo-random numbers: xoshiro256** 1.0 (Blackman &amp; Vigna 2018),
/// period 2^256 − 1, state seeded through <see cref="SplitMix64"/>. Not thread-safe: each
/// component owns its own stream.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "A stream of random numbers, not a System.IO.Stream; 'random stream' is the simulation term.")]
public sealed class RandomStream
{
    private const double DoubleUnit = 1.0 / (1UL << 53);
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Creates a stream whose 256-bit state is expanded from <paramref name="seed"/>.</summary>
    public RandomStream(ulong seed)
    {
        ulong sm = seed;
        _s0 = SplitMix64.Next(ref sm);
        _s1 = SplitMix64.Next(ref sm);
        _s2 = SplitMix64.Next(ref sm);
        _s3 = SplitMix64.Next(ref sm);
    }

    /// <summary>A stream with the given raw xoshiro256** state (for checking against the reference implementation).</summary>
    internal static RandomStream FromState(ulong s0, ulong s1, ulong s2, ulong s3) =>
        new(0) { _s0 = s0, _s1 = s1, _s2 = s2, _s3 = s3 };

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * DoubleUnit;

    /// <summary>A uniform double in the open interval (0, 1): safe to take the logarithm of.</summary>
    public double NextOpenDouble() => ((NextUInt64() >> 11) + 0.5) * DoubleUnit;

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>) without modulo bias.</summary>
    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);

        // Lemire's multiply-shift with rejection.
        ulong range = (ulong)maxExclusive;
        ulong threshold = (0UL - range) % range;
        while (true)
        {
            ulong x = NextUInt64();
            ulong high = Math.BigMul(x, range, out ulong low);
            if (low >= threshold)
            {
                return (int)high;
            }
        }
    }
}
