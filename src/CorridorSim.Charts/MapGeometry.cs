namespace CorridorSim.Charts;

/// <summary>Plane geometry for maps: clipping rings to a rectangle, testing segments and boxes against each other.</summary>
internal static class MapGeometry
{
    /// <summary>
    /// <paramref name="ring"/> clipped to the rectangle (Sutherland–Hodgman, one edge at a time):
    /// the part of the polygon inside, with stretches along the rectangle's edges where it left it;
    /// empty when nothing is inside.
    /// </summary>
    public static List<(double X, double Y)> ClipRing(IReadOnlyList<(double X, double Y)> ring, double x0, double y0, double x1, double y1)
    {
        var points = ring.ToList();
        points = ClipEdge(points, p => p.X >= x0, (a, b) => AtX(a, b, x0));
        points = ClipEdge(points, p => p.X <= x1, (a, b) => AtX(a, b, x1));
        points = ClipEdge(points, p => p.Y >= y0, (a, b) => AtY(a, b, y0));
        return ClipEdge(points, p => p.Y <= y1, (a, b) => AtY(a, b, y1));
    }

    /// <summary>Whether the segment from <paramref name="a"/> to <paramref name="b"/> meets the rectangle (Liang–Barsky).</summary>
    public static bool SegmentMeetsBox((double X, double Y) a, (double X, double Y) b, double x0, double y0, double x1, double y1) =>
        LengthInBox(a, b, x0, y0, x1, y1) >= 0.0;

    /// <summary>The length of the part of the segment from <paramref name="a"/> to <paramref name="b"/> inside the rectangle; negative when it misses it.</summary>
    public static double LengthInBox((double X, double Y) a, (double X, double Y) b, double x0, double y0, double x1, double y1)
    {
        double t0 = 0.0, t1 = 1.0;
        double dx = b.X - a.X, dy = b.Y - a.Y;
        bool meets = Clip(-dx, a.X - x0, ref t0, ref t1) && Clip(dx, x1 - a.X, ref t0, ref t1)
            && Clip(-dy, a.Y - y0, ref t0, ref t1) && Clip(dy, y1 - a.Y, ref t0, ref t1);
        return meets ? (t1 - t0) * Math.Sqrt((dx * dx) + (dy * dy)) : -1.0;
    }

    /// <summary>The bounding box of <paramref name="points"/>.</summary>
    public static (double X0, double Y0, double X1, double Y1) Bounds(IEnumerable<(double X, double Y)> points)
    {
        double x0 = double.MaxValue, y0 = double.MaxValue, x1 = double.MinValue, y1 = double.MinValue;
        foreach (var (x, y) in points)
        {
            (x0, y0, x1, y1) = (Math.Min(x0, x), Math.Min(y0, y), Math.Max(x1, x), Math.Max(y1, y));
        }

        return (x0, y0, x1, y1);
    }

    private static bool Clip(double p, double q, ref double t0, ref double t1)
    {
        if (p == 0.0)
        {
            return q >= 0.0;
        }

        double t = q / p;
        if (p < 0.0)
        {
            if (t > t1)
            {
                return false;
            }

            t0 = Math.Max(t0, t);
        }
        else
        {
            if (t < t0)
            {
                return false;
            }

            t1 = Math.Min(t1, t);
        }

        return true;
    }

    private static List<(double X, double Y)> ClipEdge(List<(double X, double Y)> points, Func<(double X, double Y), bool> inside, Func<(double X, double Y), (double X, double Y), (double X, double Y)> cross)
    {
        var output = new List<(double X, double Y)>(points.Count);
        for (int i = 0; i < points.Count; i++)
        {
            var current = points[i];
            var previous = points[(i + points.Count - 1) % points.Count];
            bool inCurrent = inside(current), inPrevious = inside(previous);
            if (inCurrent != inPrevious)
            {
                output.Add(cross(previous, current));
            }

            if (inCurrent)
            {
                output.Add(current);
            }
        }

        return output;
    }

    private static (double X, double Y) AtX((double X, double Y) a, (double X, double Y) b, double x) =>
        (x, a.Y + ((b.Y - a.Y) * (x - a.X) / (b.X - a.X)));

    private static (double X, double Y) AtY((double X, double Y) a, (double X, double Y) b, double y) =>
        (a.X + ((b.X - a.X) * (y - a.Y) / (b.Y - a.Y)), y);
}
