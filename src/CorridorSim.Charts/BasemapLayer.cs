using ScottPlot;
using SkiaSharp;

namespace CorridorSim.Charts;

/// <summary>
/// Draws a <see cref="Basemap"/> under a map: the sea over the whole data area, land filled,
/// coastlines and borders stroked. It draws only what falls in the view the plot ends up with
/// (after any square-units rule), at the image's resolution: rings are clipped to the view and
/// points less than a pixel apart dropped, so a map of any area and size stays small.
/// </summary>
/// <param name="basemap">What to draw.</param>
/// <param name="xScale">The map's projection: x is longitude × this (the cosine of the mid-latitude), y is latitude.</param>
internal sealed class BasemapLayer(Basemap basemap, double xScale) : IPlottable
{
    /// <summary>Sea, very light blue.</summary>
    public static readonly Color SeaColor = Color.FromHex("#EEF3F7");

    /// <summary>Land, light neutral grey.</summary>
    public static readonly Color LandColor = Color.FromHex("#E4E2DD");

    /// <summary>Coastlines, a little darker than the borders.</summary>
    public static readonly Color CoastColor = Color.FromHex("#9AA3AB");

    /// <summary>Country borders, mid-grey.</summary>
    public static readonly Color BorderColor = Color.FromHex("#B4B0AA");

    private const float MinimumStepPixels = 0.75f;

    private readonly Lazy<Bounded[]> _rings = new(() => [.. basemap.Land.Concat(basemap.Water).Select(r => new Bounded(r))]);
    private readonly Lazy<Bounded[]> _coasts = new(() => [.. basemap.Coastlines.Select(r => new Bounded(r))]);
    private readonly Lazy<Bounded[]> _borders = new(() => [.. basemap.Borders.Select(r => new Bounded(r))]);

    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new Axes();

    public IEnumerable<LegendItem> LegendItems => LegendItem.None;

    public AxisLimits GetAxisLimits() => AxisLimits.NoLimits;

    public void Render(RenderPack rp)
    {
        ArgumentNullException.ThrowIfNull(rp);
        var data = rp.DataRect;
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = SeaColor.ToSKColor() };
        rp.Canvas.DrawRect(new SKRect(data.Left, data.Top, data.Right, data.Bottom), paint);

        // The view in degrees, with a margin so that clipped edges fall outside it.
        double west = Math.Min(Axes.XAxis.Min, Axes.XAxis.Max) / xScale, east = Math.Max(Axes.XAxis.Min, Axes.XAxis.Max) / xScale;
        double south = Math.Min(Axes.YAxis.Min, Axes.YAxis.Max), north = Math.Max(Axes.YAxis.Min, Axes.YAxis.Max);
        double mx = 0.02 * (east - west), my = 0.02 * (north - south);
        var view = (X0: west - mx, Y0: south - my, X1: east + mx, Y1: north + my);

        // Land and inland water in one path, even-odd, so the water rings cut holes in the land.
        using var land = new SKPath { FillType = SKPathFillType.EvenOdd };
        foreach (var ring in _rings.Value.Where(r => r.Meets(view)))
        {
            IReadOnlyList<(double X, double Y)> points = ring.Within(view)
                ? ring.Points
                : MapGeometry.ClipRing(ring.Points, view.X0, view.Y0, view.X1, view.Y1);
            AddLine(land, points, close: true);
        }

        paint.Color = LandColor.ToSKColor();
        rp.Canvas.DrawPath(land, paint);

        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeJoin = SKStrokeJoin.Round;
        StrokeLines(rp.Canvas, paint, _borders.Value, view, BorderColor, 0.8f);
        StrokeLines(rp.Canvas, paint, _coasts.Value, view, CoastColor, 0.9f);
    }

    private void StrokeLines(SKCanvas canvas, SKPaint paint, Bounded[] lines, (double X0, double Y0, double X1, double Y1) view, Color color, float width)
    {
        using var path = new SKPath();
        foreach (var line in lines.Where(l => l.Meets(view)))
        {
            // Runs of segments that meet the view; the plot clips what overhangs it.
            var run = new List<(double X, double Y)>();
            for (int i = 1; i < line.Points.Count; i++)
            {
                if (MapGeometry.SegmentMeetsBox(line.Points[i - 1], line.Points[i], view.X0, view.Y0, view.X1, view.Y1))
                {
                    if (run.Count == 0)
                    {
                        run.Add(line.Points[i - 1]);
                    }

                    run.Add(line.Points[i]);
                }
                else if (run.Count > 0)
                {
                    AddLine(path, run, close: false);
                    run.Clear();
                }
            }

            AddLine(path, run, close: false);
        }

        paint.Color = color.ToSKColor();
        paint.StrokeWidth = width;
        canvas.DrawPath(path, paint);
    }

    /// <summary>Adds the points in pixels, leaving out any closer than <see cref="MinimumStepPixels"/> to the last one kept.</summary>
    private void AddLine(SKPath path, IReadOnlyList<(double X, double Y)> points, bool close)
    {
        if (points.Count < (close ? 3 : 2))
        {
            return;
        }

        var last = Pixel(points[0]);
        path.MoveTo(last);
        for (int i = 1; i < points.Count; i++)
        {
            var p = Pixel(points[i]);
            if (i == points.Count - 1 || Math.Abs(p.X - last.X) + Math.Abs(p.Y - last.Y) >= MinimumStepPixels)
            {
                path.LineTo(p);
                last = p;
            }
        }

        if (close)
        {
            path.Close();
        }
    }

    private SKPoint Pixel((double Longitude, double Latitude) point)
    {
        var pixel = Axes.GetPixel(new Coordinates(point.Longitude * xScale, point.Latitude));
        return new SKPoint(pixel.X, pixel.Y);
    }

    /// <summary>A ring or line with its bounding box in degrees, to skip what lies outside the view.</summary>
    private sealed class Bounded(IReadOnlyList<(double Longitude, double Latitude)> points)
    {
        private readonly (double X0, double Y0, double X1, double Y1) _box = MapGeometry.Bounds(points);

        public IReadOnlyList<(double X, double Y)> Points { get; } = points;

        public bool Meets((double X0, double Y0, double X1, double Y1) view) =>
            _box.X0 <= view.X1 && view.X0 <= _box.X1 && _box.Y0 <= view.Y1 && view.Y0 <= _box.Y1;

        public bool Within((double X0, double Y0, double X1, double Y1) view) =>
            _box.X0 >= view.X0 && _box.X1 <= view.X1 && _box.Y0 >= view.Y0 && _box.Y1 <= view.Y1;
    }
}
