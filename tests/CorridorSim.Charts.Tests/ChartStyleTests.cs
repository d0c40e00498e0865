using CorridorSim.Charts;
using ScottPlot;

namespace CorridorSim.Tests;

/// <summary>The house style keeps text inside the chart: long subtitles and panel titles wrap, and small multiples of many rows get the height they need.</summary>
public sealed class ChartStyleTests
{
    private const string Subtitle = "Scenario \"Baseline 2024\" · seeds 2024–2033, 10 replications · 1 simulated year(s) after 60 days of warm-up · CorridorSim; data: data/SOURCES.md";

    [Fact]
    public void A_long_subtitle_wraps_at_its_separators_into_lines_that_fit()
    {
        string wrapped = ChartStyle.Wrap(Subtitle, ChartStyle.SubtitleFontSize, 600);
        var lines = wrapped.Split('\n');
        using var paint = Paint.NewDisposablePaint();
        var style = new LabelStyle { FontName = ChartStyle.FontName, FontSize = ChartStyle.SubtitleFontSize };

        Assert.True(lines.Length >= 2, wrapped);
        Assert.All(lines, line => Assert.InRange(style.Measure(line, paint).Width, 1, 600));
        Assert.Equal(Subtitle, string.Join(" · ", lines));
    }

    [Fact]
    public void Text_that_fits_and_its_own_line_breaks_are_kept_as_they_are()
    {
        Assert.Equal("Short title\nsecond line", ChartStyle.Wrap("Short title\nsecond line", ChartStyle.SubtitleFontSize, 600));
    }

    [Fact]
    public void A_word_longer_than_the_width_stays_whole_on_a_line_of_its_own()
    {
        string wrapped = ChartStyle.Wrap("a Kyzylorda–Shalkar–Beineu–Mangystau b", ChartStyle.SubtitleFontSize, 60);

        Assert.Contains("Kyzylorda–Shalkar–Beineu–Mangystau", wrapped.Split('\n'));
    }

    [Fact]
    public void Small_multiples_of_three_rows_are_saved_taller_than_a_single_chart()
    {
        var panels = Enumerable.Range(0, 9).Select(i => ChartStyle.Panel($"Panel {i}", "TEU", highlighted: false)).ToList();

        Assert.Equal(ChartStyle.Height, ChartFigure.Grid("t", "s", panels.Take(3).ToList(), 3).DefaultHeight);
        Assert.True(ChartFigure.Grid("t", "s", panels, 3).DefaultHeight > ChartStyle.Height);
        Assert.Equal(ChartStyle.Height, ChartFigure.FromPlot(panels[0]).DefaultHeight);
    }
}
