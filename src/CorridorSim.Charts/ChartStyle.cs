using System.Globalization;
using CorridorSim.Kernel;
using CorridorSim.Output;
using CorridorSim.Results;
using ScottPlot;

namespace CorridorSim.Charts;

/// <summary>
/// The house style of every chart: a bold title and a grey subtitle naming what it was drawn
/// from (scenario, seeds, replications, run length, data sources); axes with units; light grid;
/// the legend outside the data, below it; and the Okabe–Ito palette, whose eight colours stay
/// apart for the common forms of colour blindness and in greyscale print (Okabe and Ito 2008,
/// "Color Universal Design"). Charts are saved as PNG and SVG, each atomically.
/// </summary>
public static class ChartStyle
{
    /// <summary>Width and height every chart is saved at, in pixels (16:9, sharp on a printed A4 page).</summary>
    public const int Width = 1600, Height = 900;

    /// <summary>
    /// How much larger than its nominal size every chart is drawn: a chart is laid out at its
    /// pixel size divided by this and then scaled up, so that its text, lines and markers keep a
    /// legible size when a <see cref="Width"/>-pixel chart is pasted or printed across an A4 page.
    /// The font sizes below are before this scale.
    /// </summary>
    public const float Scale = 1.4f;

    /// <summary>The scale of a panel of small multiples, less than <see cref="Scale"/>: three panels share a chart's width.</summary>
    public const float PanelScale = 1.2f;

    /// <summary>Font sizes of the title, the subtitle, the axis labels and the tick labels.</summary>
    public const float TitleFontSize = 26, SubtitleFontSize = 17, AxisLabelFontSize = 19, TickFontSize = 16;

    /// <summary>The typeface of every label: a sans-serif that Debian and most Linux distributions install with any desktop or font package (fonts-dejavu-core); ScottPlot falls back to another where it is missing.</summary>
    public const string FontName = "DejaVu Sans";

    /// <summary>The grey of secondary text: subtitles, notes.</summary>
    public const string MutedHex = "#555555";

    /// <summary>
    /// The series colours, in order: Okabe–Ito blue, orange, bluish green, vermillion, reddish
    /// purple, sky blue, yellow and black. Totals are drawn in <see cref="TotalHex"/>.
    /// </summary>
    public static IReadOnlyList<string> Palette { get; } = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"];

    /// <summary>The colour of a total drawn over its parts.</summary>
    public const string TotalHex = "#222222";

    /// <summary>Series <paramref name="index"/>'s colour (the palette repeats after eight).</summary>
    public static Color Series(int index) => Color.FromHex(Palette[index % Palette.Count]);

    /// <summary>A plot in the house style with <paramref name="title"/>, <paramref name="subtitle"/> under it, and axis labels with units.</summary>
    public static Plot Create(string title, string subtitle, string xLabel, string yLabel)
    {
        var plot = new Plot { ScaleFactor = Scale };
        plot.Font.Set(FontName);
        plot.Axes.AddPanel(new HeadingPanel(title, subtitle, Width / Scale));
        plot.XLabel(xLabel, AxisLabelFontSize);
        plot.YLabel(yLabel, AxisLabelFontSize);
        foreach (var axis in new ScottPlot.IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.TickLabelStyle.FontSize = TickFontSize;
            axis.Label.Bold = false;
        }

        plot.Grid.MajorLineColor = Color.FromHex("#000000").WithAlpha(0.1);
        plot.Legend.FontSize = TickFontSize;
        plot.Legend.OutlineColor = Colors.Transparent;
        plot.Legend.ShadowColor = Colors.Transparent;
        return plot;
    }

    /// <summary>One panel of small multiples: <paramref name="title"/> above it (bold and in vermillion when <paramref name="highlighted"/>), a y axis labelled with its unit, smaller type than a whole chart.</summary>
    public static Plot Panel(string title, string yLabel, bool highlighted)
    {
        var plot = new Plot { ScaleFactor = PanelScale };
        plot.Font.Set(FontName);
        // Wrapped to a third of a chart's width, as small multiples have three columns.
        plot.Title(Wrap(title, PanelTitleFontSize, (Width / 3f / PanelScale) - 24), PanelTitleFontSize);
        plot.Axes.Title.Label.Bold = highlighted;
        plot.Axes.Title.Label.ForeColor = Color.FromHex(highlighted ? HighlightHex : TotalHex);
        plot.YLabel(yLabel, TickFontSize);
        plot.Axes.Left.Label.Bold = false;
        foreach (var axis in new ScottPlot.IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.TickLabelStyle.FontSize = PanelTickFontSize;
        }

        plot.Grid.MajorLineColor = Color.FromHex("#000000").WithAlpha(0.1);
        return plot;
    }

    /// <summary>Font sizes of a panel's title and tick labels in small multiples.</summary>
    public const float PanelTitleFontSize = 16, PanelTickFontSize = 13;

    /// <summary>The colour of what a chart highlights (a bottleneck): Okabe–Ito vermillion.</summary>
    public const string HighlightHex = "#D55E00";

    /// <summary>
    /// <paramref name="text"/> broken into lines no wider than <paramref name="maxWidth"/> pixels
    /// in the house typeface at <paramref name="fontSize"/>: at its " · " separators where it
    /// can, else at spaces; its own line breaks are kept.
    /// </summary>
    public static string Wrap(string text, float fontSize, float maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var paint = Paint.NewDisposablePaint();
        var style = new LabelStyle { FontName = FontName, FontSize = fontSize };
        bool Fits(string line) => style.Measure(line, paint).Width <= maxWidth;
        var lines = new List<string>();
        foreach (string given in text.Split('\n'))
        {
            string line = string.Empty;
            foreach (string part in Parts(given))
            {
                if (line.Length > 0 && !Fits(line + part))
                {
                    lines.Add(line.TrimEnd());
                    line = part.TrimStart(' ', '·').TrimStart();
                }
                else
                {
                    line += part;
                }
            }

            lines.Add(line);
        }

        return string.Join('\n', lines);

        IEnumerable<string> Parts(string line)
        {
            // Whole " · "-separated pieces when each fits on a line, else word by word.
            var pieces = line.Split(" · ");
            for (int i = 0; i < pieces.Length; i++)
            {
                string piece = i == 0 ? pieces[i] : " · " + pieces[i];
                if (Fits(piece.TrimStart(' ', '·')))
                {
                    yield return piece;
                    continue;
                }

                var words = piece.Split(' ');
                for (int w = 0; w < words.Length; w++)
                {
                    yield return w == 0 ? words[w] : " " + words[w];
                }
            }
        }
    }

    /// <summary>What charts of <paramref name="runs"/> were drawn from: scenario, seeds, replications, run length and the data's sources.</summary>
    public static string Subtitle(IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentOutOfRangeException.ThrowIfZero(runs.Count);
        var info = runs[0].Info;
        string seeds = runs.Count == 1
            ? string.Create(CultureInfo.InvariantCulture, $"seed {info.Seed}, 1 replication")
            : string.Create(CultureInfo.InvariantCulture, $"seeds {info.Seed}–{runs[^1].Info.Seed}, {runs.Count} replications");
        return string.Create(CultureInfo.InvariantCulture, $"Scenario \"{info.Scenario}\" · {seeds} · {info.Years:0.##} simulated year(s) after {info.WarmUpDays:0} days of warm-up{(info.IsPartial ? " (stopped early)" : string.Empty)} · CorridorSim; data: data/SOURCES.md");
    }

    /// <summary>
    /// Labels the bottom axis, counted in days from the start of the measured period, with the
    /// calendar months of a run whose warm-up lasted <paramref name="warmUpDays"/> and that measured
    /// <paramref name="days"/> days: "Mar Y1" at each month's first day, every month on a short run,
    /// every few months on a long one; <paramref name="narrow"/> (a panel of small multiples) a
    /// third as many.
    /// </summary>
    public static void MonthAxis(Plot plot, double warmUpDays, double days, bool narrow = false)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        double start = warmUpDays * 24.0;
        int months = (int)Math.Ceiling(days / 30.4);
        int spaced = narrow ? months * 3 : months;
        int every = spaced <= 18 ? 1 : spaced <= 36 ? 2 : spaced <= 72 ? 3 : spaced <= 144 ? 6 : 12 * (int)Math.Ceiling(spaced / 144.0);
        // The first month start at or after the measured period's start (time zero is 1 January).
        double first = SimCalendar.NextMonthStart(start);
        if (first - SimCalendar.HoursInMonth(SimCalendar.MonthOf(start)) >= start - 1e-9)
        {
            first -= SimCalendar.HoursInMonth(SimCalendar.MonthOf(start));
        }

        int index = 0;
        for (double hours = first; hours <= start + (days * 24.0) + 1e-9 && index <= months + 1; hours = SimCalendar.NextMonthStart(hours), index++)
        {
            int month = SimCalendar.MonthOf(hours);
            int year = (int)(hours / SimCalendar.HoursPerYear) + 1;
            if (index % every == 0 || (every > 1 && month == 0 && every % 12 == 0))
            {
                ticks.AddMajor((hours - start) / 24.0, string.Create(CultureInfo.InvariantCulture, $"{CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames[month]} Y{year}"));
            }
            else if (every <= 3)
            {
                // A minor tick a month, while that is still a few pixels apart.
                ticks.AddMinor((hours - start) / 24.0);
            }
        }

        plot.Axes.Bottom.TickGenerator = ticks;
    }

    /// <summary>Saves <paramref name="plot"/> as <paramref name="pathWithoutExtension"/>.png and .svg, each atomically.</summary>
    public static void Save(Plot plot, string pathWithoutExtension, int width = Width, int height = Height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        AtomicFile.Write(pathWithoutExtension + ".png", temp => InvariantRendering.Run(() => plot.SavePng(temp, width, height)));
        AtomicFile.Write(pathWithoutExtension + ".svg", temp => InvariantRendering.SaveSvg(plot, temp, width, height));
    }
}
