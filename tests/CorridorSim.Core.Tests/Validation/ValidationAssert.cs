using CorridorSim.Statistics;

namespace CorridorSim.Tests.Validation;

/// <summary>Assertions that compare a simulated confidence interval with a closed-form value.</summary>
internal static class ValidationAssert
{
    /// <summary>Confidence level of every validation interval: 99 %, so a false failure at a fixed seed is a 1-in-100 event per check.</summary>
    public const double Level = 0.99;

    /// <summary>
    /// Asserts that <paramref name="interval"/> contains <paramref name="expected"/>, and that it
    /// is narrower than <paramref name="maxRelativeHalfWidth"/> of the expected value, so the check
    /// has the power to detect an error of that size.
    /// </summary>
    public static void Covers(ConfidenceInterval interval, double expected, double maxRelativeHalfWidth, string what)
    {
        Assert.True(
            interval.Contains(expected),
            $"{what}: theory {expected:G6} outside the simulated interval {interval}.");
        Assert.True(
            interval.HalfWidth <= maxRelativeHalfWidth * Math.Abs(expected),
            $"{what}: interval {interval} too wide to test theory {expected:G6} to {maxRelativeHalfWidth:P0}.");
    }
}
