using ScottPlot;
using ScottPlot.Panels;

namespace CorridorSim.Charts;

/// <summary>
/// A chart's heading above the data area, from the figure's left edge: the title, bold, and under
/// it a smaller grey subtitle saying what the chart was drawn from.
/// </summary>
internal sealed class HeadingPanel : PanelBase
{
    private const float Gap = 6, Padding = 14;

    /// <summary>A heading for a figure <paramref name="width"/> pixels wide (before any scaling), its subtitle wrapped to fit.</summary>
    public HeadingPanel(string title, string subtitle, float width)
    {
        Edge = Edge.Top;
        Title.Text = title;
        Subtitle.Text = ChartStyle.Wrap(subtitle, ChartStyle.SubtitleFontSize, width - (2 * Padding));
    }

    public LabelStyle Title { get; } = new()
    {
        FontSize = ChartStyle.TitleFontSize,
        FontName = ChartStyle.FontName,
        Bold = true,
        ForeColor = Color.FromHex(ChartStyle.TotalHex),
        Alignment = Alignment.UpperLeft,
        Rotation = 0,
    };

    public LabelStyle Subtitle { get; } = new()
    {
        FontSize = ChartStyle.SubtitleFontSize,
        FontName = ChartStyle.FontName,
        ForeColor = Color.FromHex(ChartStyle.MutedHex),
        Alignment = Alignment.UpperLeft,
        Rotation = 0,
    };

    public override float Measure(Paint paint) =>
        Padding + Title.Measure(Title.Text, paint).Height + Gap + Subtitle.Measure(Subtitle.Text, paint).Height + Padding;

    public override void Render(RenderPack rp, float size, float offset)
    {
        // From the figure's left edge, not the data area's: long axis labels would push it off the right.
        var rect = GetPanelRect(rp.DataRect, size, offset, rp.Paint);
        float left = rp.FigureRect.Left + Padding;
        float titleHeight = Title.Measure(Title.Text, rp.Paint).Height;
        Title.Render(rp.Canvas, new Pixel(left, rect.Top + Padding), rp.Paint);
        Subtitle.Render(rp.Canvas, new Pixel(left, rect.Top + Padding + titleHeight + Gap), rp.Paint);
    }
}
