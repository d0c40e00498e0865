using ScottPlot;

namespace CorridorSim.Charts;

/// <summary>
/// Dashed and dotted lines drawn as runs of short solid pieces separated by NaN breaks (ScottPlot
/// leaves a gap at a NaN point). SVG output cannot carry a line pattern (Skia's SVG writer drops
/// path effects), so charts that must look the same as PNG and SVG build their dashes this way.
/// </summary>
internal static class Dashes
{
    /// <summary>The polyline through <paramref name="points"/> cut into dashes <paramref name="dash"/> long with gaps of <paramref name="gap"/>, in plot units.</summary>
    public static Coordinates[] Along(IReadOnlyList<Coordinates> points, double dash, double gap)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dash);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(gap);
        var result = new List<Coordinates>();
        double period = dash + gap;
        double start = 0.0;
        for (int i = 1; i < points.Count; i++)
        {
            var a = points[i - 1];
            var b = points[i];
            double length = Math.Sqrt(((b.X - a.X) * (b.X - a.X)) + ((b.Y - a.Y) * (b.Y - a.Y)));
            double end = start + length;

            // Dash k covers [k·period, k·period + dash] along the whole line; draw its part in this segment.
            for (long k = (long)Math.Floor(start / period); k * period < end; k++)
            {
                double from = Math.Max(start, k * period);
                double to = Math.Min(end, (k * period) + dash);
                if (to > from && length > 0.0)
                {
                    result.Add(Lerp(a, b, (from - start) / length));
                    result.Add(Lerp(a, b, (to - start) / length));
                    result.Add(new Coordinates(double.NaN, double.NaN));
                }
            }

            start = end;
        }

        return [.. result];
    }

    private static Coordinates Lerp(Coordinates a, Coordinates b, double t) => new(a.X + ((b.X - a.X) * t), a.Y + ((b.Y - a.Y) * t));
}
