namespace CorridorSim.Charts;

/// <summary>
/// Greedy label placement in pixels: each label, in the order given, goes to the free position
/// around its node that covers the least area of drawn lines; when the eight positions next to the node
/// are all taken it tries three rings further out (with a leader line), and otherwise is skipped.
/// </summary>
internal static class LabelPlacer
{
    private const float Gap = 2f;

    // Places next to the node, then on rings further out, joined to it by a leader line.
    private const int Rings = 4;
    private const float RingStep = 16f;

    // The share of a label's box that drawn lines may fill before a place further out is tried.
    private const double Tolerable = 0.12;

    // Preference among equals: beside the node, then above and below it.
    private static readonly (string Name, float Dx, float Dy)[] Positions =
    [
        ("E", 1, 0), ("NE", 0.71f, -0.71f), ("SE", 0.71f, 0.71f), ("W", -1, 0),
        ("NW", -0.71f, -0.71f), ("SW", -0.71f, 0.71f), ("N", 0, -1), ("S", 0, 1),
    ];

    /// <summary>A label to place: its node's pixel and marker radius, and its box's size with background.</summary>
    public sealed record Request(string NodeId, string Text, float X, float Y, float MarkerRadius, float Width, float Height);

    /// <summary>A node's marker, pixels: no label covers it.</summary>
    public readonly record struct Marker(float X, float Y, float Radius);

    /// <summary>A segment of a drawn line, pixels, with the line's width: covering a pixel of its length costs that much.</summary>
    public readonly record struct Segment(float X0, float Y0, float X1, float Y1, float Weight);

    /// <summary>
    /// Places <paramref name="requests"/> (most important first) inside <paramref name="frame"/>,
    /// clear of one another and of <paramref name="markers"/>, preferring positions that cover
    /// little of <paramref name="lines"/>.
    /// </summary>
    public static LabelPlacement Place(IReadOnlyList<Request> requests, (double Left, double Top, double Right, double Bottom) frame, IReadOnlyList<Segment> lines, IReadOnlyList<Marker> markers)
    {
        var placed = new List<PlacedLabel>();
        var skipped = new List<string>();
        var strips = Strips(lines);
        foreach (var request in requests)
        {
            var best = Best(request, frame, strips, markers, placed);
            if (best is null)
            {
                skipped.Add(request.NodeId);
            }
            else
            {
                placed.Add(best);
            }
        }

        return new LabelPlacement(placed, skipped, frame);
    }

    private static PlacedLabel? Best(Request request, (double Left, double Top, double Right, double Bottom) frame, List<Segment> lines, IReadOnlyList<Marker> markers, List<PlacedLabel> placed)
    {
        // The nearest ring with a free place that hides little of the lines wins; failing that,
        // the free place that hides least, a ring further out counting as a little more.
        PlacedLabel? fallback = null;
        double fallbackCost = double.MaxValue;
        double tolerable = Tolerable * request.Width * request.Height;
        for (int ring = 0; ring < Rings; ring++)
        {
            float distance = request.MarkerRadius + Gap + 1 + (ring * RingStep);
            PlacedLabel? best = null;
            double bestCovered = double.MaxValue, bestCost = double.MaxValue;
            for (int p = 0; p < Positions.Length; p++)
            {
                var (name, dx, dy) = Positions[p];
                var candidate = Box(request, name, request.X + (dx * distance), request.Y + (dy * distance), ring > 0);
                if (!Free(candidate, request, frame, markers, placed))
                {
                    continue;
                }

                // A label nearer another node than its own reads as that node's.
                double covered = Covered(candidate, lines);
                double cost = covered + (4.0 * p) + (Ambiguous(candidate, request, markers) ? tolerable : 0.0);
                if (cost < bestCost)
                {
                    (best, bestCovered, bestCost) = (candidate, covered, cost);
                }
            }

            if (best is not null && bestCovered <= tolerable)
            {
                return best;
            }

            if (best is not null && bestCost + (ring * tolerable) < fallbackCost)
            {
                (fallback, fallbackCost) = (best, bestCost + (ring * tolerable));
            }
        }

        return fallback;
    }

    /// <summary>The box whose edge or corner facing the node touches the anchor point (<paramref name="ax"/>, <paramref name="ay"/>).</summary>
    private static PlacedLabel Box(Request r, string position, float ax, float ay, bool leader)
    {
        float left = position switch
        {
            "E" or "NE" or "SE" => ax,
            "W" or "NW" or "SW" => ax - r.Width,
            _ => ax - (r.Width / 2),
        };
        float top = position switch
        {
            "N" or "NE" or "NW" => ay - r.Height,
            "S" or "SE" or "SW" => ay,
            _ => ay - (r.Height / 2),
        };
        return new PlacedLabel(r.NodeId, r.Text, left, top, left + r.Width, top + r.Height, position, leader);
    }

    private static bool Free(PlacedLabel box, Request own, (double Left, double Top, double Right, double Bottom) frame, IReadOnlyList<Marker> markers, List<PlacedLabel> placed)
    {
        if (box.Left < frame.Left + Gap || box.Top < frame.Top + Gap || box.Right > frame.Right - Gap || box.Bottom > frame.Bottom - Gap)
        {
            return false;
        }

        var padded = box with { Left = box.Left - Gap, Top = box.Top - Gap, Right = box.Right + Gap, Bottom = box.Bottom + Gap };
        if (placed.Any(padded.Overlaps))
        {
            return false;
        }

        // No label covers a node's marker (its own included, for the rings further out).
        foreach (var m in markers)
        {
            float r = m.Radius + 1;
            bool isOwn = m.X == own.X && m.Y == own.Y;
            if (m.X + r > box.Left && m.X - r < box.Right && m.Y + r > box.Top && m.Y - r < box.Bottom && (box.Leader || !isOwn))
            {
                return false;
            }
        }

        if (box.Leader)
        {
            // A leader line crosses no label and passes by every other node's marker.
            var (x, y) = LeaderEnd(box, own.X, own.Y);
            if (placed.Any(p => MapGeometry.SegmentMeetsBox((own.X, own.Y), (x, y), p.Left, p.Top, p.Right, p.Bottom)))
            {
                return false;
            }

            if (markers.Any(m => !(m.X == own.X && m.Y == own.Y)
                && MapGeometry.SegmentMeetsBox((own.X, own.Y), (x, y), m.X - m.Radius, m.Y - m.Radius, m.X + m.Radius, m.Y + m.Radius)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether some other node's marker is about as near the box as its own node.</summary>
    private static bool Ambiguous(PlacedLabel box, Request own, IReadOnlyList<Marker> markers)
    {
        double ownDistance = Distance(box, own.X, own.Y);
        return markers.Any(m => !(m.X == own.X && m.Y == own.Y) && Distance(box, m.X, m.Y) - m.Radius < ownDistance + 2);
    }

    private static double Distance(PlacedLabel box, float x, float y)
    {
        double dx = Math.Max(0, Math.Max(box.Left - x, x - box.Right)), dy = Math.Max(0, Math.Max(box.Top - y, y - box.Bottom));
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    /// <summary>The point of <paramref name="box"/> nearest the node, where a leader line ends.</summary>
    public static (float X, float Y) LeaderEnd(PlacedLabel box, float x, float y) =>
        ((float)Math.Clamp(x, box.Left, box.Right), (float)Math.Clamp(y, box.Top, box.Bottom));

    /// <summary>About the area of drawn lines, square pixels, that the box would hide: the length of each strip inside it times the strip's width.</summary>
    private static double Covered(PlacedLabel box, List<Segment> strips)
    {
        double cost = 0;
        foreach (var s in strips)
        {
            cost += Math.Max(0.0, MapGeometry.LengthInBox((s.X0, s.Y0), (s.X1, s.Y1), box.Left, box.Top, box.Right, box.Bottom)) * s.Weight;
        }

        return cost;
    }

    /// <summary>Each segment as parallel strips about 2 pixels wide across its line's width, so that a box grazing a wide line counts only what it covers.</summary>
    private static List<Segment> Strips(IReadOnlyList<Segment> lines)
    {
        var strips = new List<Segment>();
        foreach (var s in lines)
        {
            float dx = s.X1 - s.X0, dy = s.Y1 - s.Y0;
            float length = MathF.Sqrt((dx * dx) + (dy * dy));
            if (length == 0)
            {
                continue;
            }

            int count = Math.Max(1, (int)MathF.Ceiling(s.Weight / 2));
            float nx = -dy / length, ny = dx / length, width = s.Weight / count;
            for (int i = 0; i < count; i++)
            {
                float offset = (-s.Weight / 2) + ((i + 0.5f) * width);
                strips.Add(new Segment(s.X0 + (nx * offset), s.Y0 + (ny * offset), s.X1 + (nx * offset), s.Y1 + (ny * offset), width));
            }
        }

        return strips;
    }
}
