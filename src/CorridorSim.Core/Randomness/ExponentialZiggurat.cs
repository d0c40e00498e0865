namespace CorridorSim.Randomness;

/// <summary>
/// Standard exponential variates by the ziggurat method of Marsaglia &amp; Tsang (2000, J. Stat.
/// Software 5(8)), with 256 layers and 64-bit draws: about 98.9 % of draws cost one random
/// number, a multiply and a compare, with no logarithm. Used on the hot path of every Poisson
/// arrival and exponential service.
/// </summary>
public static class ExponentialZiggurat
{
    // Right edge of the base layer and the common area of every layer, from Marsaglia & Tsang.
    private const double R = 7.69711747013104972;
    private const double V = 0.0039496598225815571993;
    private const double DoubleUnit = 1.0 / (1UL << 53);

    private static readonly double[] X = BuildEdges();
    private static readonly double[] F = BuildDensities(X);

    /// <summary>One draw from the exponential distribution with rate 1.</summary>
    public static double Sample(RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var x = X;
        var f = F;
        while (true)
        {
            ulong bits = random.NextUInt64();
            int layer = (int)(bits & 0xFF);
            double candidate = (bits >> 11) * DoubleUnit * x[layer];
            if (candidate < x[layer + 1])
            {
                return candidate;
            }

            if (layer == 0)
            {
                // The tail beyond R is R plus a fresh exponential (memorylessness).
                return R - Math.Log(random.NextOpenDouble());
            }

            if (f[layer + 1] + ((f[layer] - f[layer + 1]) * random.NextDouble()) < Math.Exp(-candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>
    /// Layer edges x₀ &gt; x₁ = R &gt; … &gt; x₂₅₆ = 0, where x₀ = V / f(R) is the width of a rectangle
    /// with the base layer's area and each next edge solves f(xᵢ) = f(xᵢ₋₁) + V / xᵢ₋₁.
    /// </summary>
    private static double[] BuildEdges()
    {
        var x = new double[257];
        x[0] = V / Math.Exp(-R);
        x[1] = R;
        for (int i = 2; i < 256; i++)
        {
            x[i] = -Math.Log(Math.Exp(-x[i - 1]) + (V / x[i - 1]));
        }

        x[256] = 0.0;
        return x;
    }

    private static double[] BuildDensities(double[] x)
    {
        var f = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            f[i] = Math.Exp(-x[i]);
        }

        return f;
    }
}
