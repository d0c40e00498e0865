using ScottPlot;
using SkiaSharp;

namespace CorridorSim.Charts;

/// <summary>
/// Thin lines from nodes to labels placed away from them. Each runs from a node's position to a
/// point a fixed number of pixels from it, as the label itself is offset in pixels, so line and
/// label stay together whatever the scale.
/// </summary>
internal sealed class LeaderLines : IPlottable
{
    private readonly List<(Coordinates Node, float Dx, float Dy)> _lines = [];

    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new Axes();

    public IEnumerable<LegendItem> LegendItems => LegendItem.None;

    public Color Color { get; set; } = Color.FromHex("#303030");

    public AxisLimits GetAxisLimits() => AxisLimits.NoLimits;

    /// <summary>Adds a line from <paramref name="node"/> to (<paramref name="dx"/>, <paramref name="dy"/>) pixels from it.</summary>
    public void Add(Coordinates node, float dx, float dy) => _lines.Add((node, dx, dy));

    public void Render(RenderPack rp)
    {
        ArgumentNullException.ThrowIfNull(rp);
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1.1f, Color = Color.ToSKColor() };
        foreach (var (node, dx, dy) in _lines)
        {
            var p = Axes.GetPixel(node);
            rp.Canvas.DrawLine(p.X, p.Y, p.X + dx, p.Y + dy, paint);
        }
    }
}
