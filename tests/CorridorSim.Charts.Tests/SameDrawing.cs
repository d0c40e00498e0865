using System.Globalization;
using System.Text.RegularExpressions;

namespace CorridorSim.Tests;

/// <summary>
/// Two SVG charts that draw the same: the same elements, attributes and text, and every number
/// within a hundredth (of a pixel, for coordinates). A chart drawn from saved results differs from
/// the live one only where the files round a figure to four decimals.
/// </summary>
internal static partial class SameDrawing
{
    public static void Assert(string expected, string actual)
    {
        Xunit.Assert.Equal(Number().Replace(expected, "#"), Number().Replace(actual, "#"));
        var (a, b) = (Number().Matches(expected), Number().Matches(actual));
        for (int i = 0; i < a.Count; i++)
        {
            double x = double.Parse(a[i].Value, CultureInfo.InvariantCulture), y = double.Parse(b[i].Value, CultureInfo.InvariantCulture);
            Xunit.Assert.True(Math.Abs(x - y) <= 0.01 + (1e-6 * Math.Abs(x)), $"number {i + 1}: {a[i].Value} live, {b[i].Value} from the saved files, near …{expected[Math.Max(0, a[i].Index - 80)..a[i].Index]}");
        }
    }

    [GeneratedRegex(@"-?\d+(\.\d+)?(e-?\d+)?")]
    private static partial Regex Number();
}
