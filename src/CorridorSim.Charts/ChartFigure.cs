using ScottPlot;
using SkiaSharp;

namespace CorridorSim.Charts;

/// <summary>
/// A chart as saved: one plot, or small multiples — a heading (title and subtitle, from the
/// figure's left edge) over a grid of panels, each a plot of its own with its own title, for a
/// chart whose series would tangle in one panel. PNG and SVG are drawn from the same rendering.
/// </summary>
public sealed class ChartFigure
{
    private const float Padding = 14, Gap = 6;

    /// <summary>Pixels of height a row of small multiples gets beyond the heading, at least.</summary>
    private const int RowHeight = 330;

    private ChartFigure(Plot? single, string title, string subtitle, IReadOnlyList<Plot> panels, int columns)
    {
        OnePlot = single;
        Title = title;
        Subtitle = subtitle;
        Panels = panels;
        Columns = columns;
    }

    /// <summary>The one plot of a chart that is not small multiples; null for small multiples.</summary>
    public Plot? OnePlot { get; }

    /// <summary>The heading of small multiples.</summary>
    public string Title { get; }

    /// <summary>What small multiples were drawn from.</summary>
    public string Subtitle { get; }

    /// <summary>The panels of small multiples, in reading order (row by row); empty for a single plot.</summary>
    public IReadOnlyList<Plot> Panels { get; }

    /// <summary>Panels per row.</summary>
    public int Columns { get; }

    /// <summary>A chart of one plot.</summary>
    public static ChartFigure FromPlot(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return new ChartFigure(plot, string.Empty, string.Empty, [], 1);
    }

    /// <summary>Small multiples: <paramref name="panels"/> in rows of <paramref name="columns"/> under <paramref name="title"/> and <paramref name="subtitle"/>.</summary>
    public static ChartFigure Grid(string title, string subtitle, IReadOnlyList<Plot> panels, int columns)
    {
        ArgumentNullException.ThrowIfNull(panels);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        return new ChartFigure(null, title, subtitle, panels, columns);
    }

    /// <summary>The height a chart is saved at by default: <see cref="ChartStyle.Height"/>, or more for small multiples of more than two rows, so that each row keeps room for its data.</summary>
    public int DefaultHeight => OnePlot is null ? Math.Max(ChartStyle.Height, 200 + (RowHeight * ((Panels.Count + Columns - 1) / Columns))) : ChartStyle.Height;

    /// <summary>
    /// Saves the chart as <paramref name="pathWithoutExtension"/>.png and .svg, each atomically,
    /// <paramref name="width"/> pixels wide and <paramref name="height"/> high
    /// (<see cref="DefaultHeight"/> when not given).
    /// </summary>
    public void Save(string pathWithoutExtension, int width = ChartStyle.Width, int? height = null)
    {
        if (OnePlot is Plot plot)
        {
            ChartStyle.Save(plot, pathWithoutExtension, width, height ?? ChartStyle.Height);
            return;
        }

        int h = height ?? DefaultHeight;
        Output.AtomicFile.Write(pathWithoutExtension + ".png", temp => InvariantRendering.Run(() =>
        {
            using var surface = SKSurface.Create(new SKImageInfo(width, h));
            Render(surface.Canvas, width, h);
            using var image = surface.Snapshot();
            using var data = image.Encode(SKEncodedImageFormat.Png, 100);
            using var file = File.Create(temp);
            data.SaveTo(file);
        }));
        Output.AtomicFile.Write(pathWithoutExtension + ".svg", temp =>
        {
            InvariantRendering.Run(() =>
            {
                using var file = File.Create(temp);
                using (var canvas = SKSvgCanvas.Create(SKRect.Create(width, h), file))
                {
                    Render(canvas, width, h);
                }
            });
            InvariantRendering.RenumberClips(temp);
        });
    }

    private void Render(SKCanvas canvas, int width, int height)
    {
        canvas.Clear(SKColors.White);
        using var paint = Paint.NewDisposablePaint();
        var title = Label(ChartStyle.TitleFontSize, ChartStyle.TotalHex, bold: true);
        var subtitle = Label(ChartStyle.SubtitleFontSize, ChartStyle.MutedHex, bold: false);
        title.Text = Title;
        subtitle.Text = ChartStyle.Wrap(Subtitle, ChartStyle.SubtitleFontSize, (width / ChartStyle.Scale) - (2 * Padding));
        float titleHeight = title.Measure(title.Text, paint).Height;
        float subtitleHeight = subtitle.Measure(subtitle.Text, paint).Height;

        // The heading at the scale the panels draw themselves at.
        canvas.Save();
        canvas.Scale(ChartStyle.Scale);
        title.Render(canvas, new Pixel(Padding, Padding), paint);
        subtitle.Render(canvas, new Pixel(Padding, Padding + titleHeight + Gap), paint);
        canvas.Restore();

        float top = ChartStyle.Scale * (Padding + titleHeight + Gap + subtitleHeight + Padding);
        int rows = (Panels.Count + Columns - 1) / Columns;
        float cellWidth = width / (float)Columns;
        float cellHeight = (height - top) / Math.Max(1, rows);
        for (int i = 0; i < Panels.Count; i++)
        {
            int row = i / Columns, column = i % Columns;
            var rect = new PixelRect(column * cellWidth, (column + 1) * cellWidth, top + ((row + 1) * cellHeight), top + (row * cellHeight));
            // A plot clears its canvas before drawing: clipped, it clears only its own cell.
            canvas.Save();
            canvas.ClipRect(new SKRect(rect.Left, rect.Top, rect.Right, rect.Bottom));
            Panels[i].Render(canvas, rect);
            canvas.Restore();
        }
    }

    private static LabelStyle Label(float size, string hex, bool bold) => new()
    {
        Text = string.Empty,
        FontSize = size,
        FontName = ChartStyle.FontName,
        Bold = bold,
        ForeColor = Color.FromHex(hex),
        Alignment = Alignment.UpperLeft,
        Rotation = 0,
    };
}
