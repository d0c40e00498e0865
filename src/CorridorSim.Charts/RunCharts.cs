using System.Globalization;
using CorridorSim.Results;
using CorridorSim.Statistics;
using ScottPlot;

namespace CorridorSim.Charts;

/// <summary>
/// The charts every corridor run writes, in the house style (<see cref="ChartStyle"/>), drawn from
/// <see cref="RunResult"/>s, live or read back from a results folder, so a chart redrawn from a
/// saved folder is the chart of the live run. For several replications each figure is the mean
/// of the replications, with a 95 % confidence interval where one is drawn.
/// </summary>
public static class RunCharts
{
    /// <summary>The charts <see cref="WriteAll"/> writes, each as .png and .svg, in the order a report shows them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["throughput", "throughput-weekly", "transit-times", "time-breakdown", "time-distance", "cost-distance", "utilisation", "queues"];

    /// <summary>The time categories in the order the breakdown stacks them, with their display names.</summary>
    internal static readonly (string Name, Func<TimeBreakdown, double> Days)[] Categories =
    [
        ("moving", b => b.Moving), ("handling", b => b.Handling), ("border", b => b.Border), ("gauge change", b => b.GaugeChange),
        ("consolidation", b => b.Consolidation), ("queueing", b => b.Queueing), ("rolling stock", b => b.RollingStock), ("disruption", b => b.Disruption),
    ];

    /// <summary>Writes every chart of <see cref="Names"/> into <paramref name="folder"/>.</summary>
    public static void WriteAll(IReadOnlyList<RunResult> runs, string folder)
    {
        ArgumentNullException.ThrowIfNull(runs);
        foreach (string name in Names)
        {
            Create(name, runs).Save(Path.Combine(folder, name));
        }
    }

    /// <summary>The chart called <paramref name="name"/> (one of <see cref="Names"/>).</summary>
    public static ChartFigure Create(string name, IReadOnlyList<RunResult> runs) => name switch
    {
        "throughput" => ChartFigure.FromPlot(Throughput(runs)),
        "throughput-weekly" => ChartFigure.FromPlot(WeeklyThroughput(runs)),
        "transit-times" => ChartFigure.FromPlot(TransitTimes(runs)),
        "time-breakdown" => ChartFigure.FromPlot(TimeBreakdown(runs)),
        "time-distance" => TimeDistanceChart.Create(runs),
        "cost-distance" => CostDistanceChart.Create(runs),
        "utilisation" => UtilisationChart.Create(runs),
        "queues" => QueueChart.Create(runs),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a run chart."),
    };

    /// <summary>TEU delivered per calendar month, stacked by stream, with the total's confidence interval when replicated.</summary>
    public static Plot Throughput(IReadOnlyList<RunResult> runs)
    {
        Check(runs);
        var first = runs[0];
        var plot = ChartStyle.Create("TEU delivered per month, by stream", ChartStyle.Subtitle(runs), "Calendar month of delivery (first and last may be partial)", "TEU delivered per month");
        int months = first.Months.Count;
        var top = new double[months];
        for (int s = 0; s < first.Streams.Count; s++)
        {
            int stream = s;
            var bars = new List<Bar>();
            for (int m = 0; m < months; m++)
            {
                int month = m;
                double teu = runs.Average(r => month < r.Streams[stream].DeliveredTeuByMonth.Count ? r.Streams[stream].DeliveredTeuByMonth[month] : 0.0);
                bars.Add(new Bar { Position = m, ValueBase = top[m], Value = top[m] + teu, FillColor = ChartStyle.Series(s), LineWidth = 0, Size = 0.8 });
                top[m] += teu;
            }

            plot.Add.Bars(bars);
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = Label(first.Streams[s].Name, runs.Average(r => (double)r.Streams[stream].DeliveredTeu), "TEU"), FillColor = ChartStyle.Series(s) });
        }

        if (runs.Count > 1)
        {
            for (int m = 0; m < months; m++)
            {
                int month = m;
                var ci = ConfidenceInterval.FromSamples([.. runs.Select(r => r.Streams.Sum(st => month < st.DeliveredTeuByMonth.Count ? st.DeliveredTeuByMonth[month] : 0.0))]);
                ErrorBar(plot, m, ci.Lower, ci.Upper, horizontal: false);
            }

            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "total: 95 % confidence interval", LineColor = Color.FromHex(ChartStyle.TotalHex), LineWidth = 2 });
        }

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        int every = Math.Max(1, (int)Math.Ceiling(months / 18.0));
        for (int m = 0; m < months; m++)
        {
            if (m % every == 0)
            {
                ticks.AddMajor(m, first.Months[m]);
            }
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    /// <summary>Total TEU delivered per week, with its 4-week moving average and, when replicated, the weekly 95 % confidence band; on a calendar axis.</summary>
    public static Plot WeeklyThroughput(IReadOnlyList<RunResult> runs)
    {
        Check(runs);
        var first = runs[0];
        var plot = ChartStyle.Create("TEU delivered per week, all streams", ChartStyle.Subtitle(runs), "Calendar month", runs.Count > 1 ? "TEU a week (mean of the replications)" : "TEU delivered per week");
        int weeks = Math.Max(1, (int)Math.Floor(first.Info.Years * Kernel.SimCalendar.HoursPerYear / Kernel.SimCalendar.HoursPerWeek));
        double[] x = [.. Enumerable.Range(0, weeks).Select(w => (w * 7.0) + 3.5)];
        double[][] perRun = [.. runs.Select(r => Enumerable.Range(0, weeks).Select(w => r.Streams.Sum(s => w < s.WeeklyTeu.Count ? s.WeeklyTeu[w] : 0.0)).ToArray())];
        double[] mean = [.. Enumerable.Range(0, weeks).Select(w => perRun.Average(r => r[w]))];
        double top = mean.DefaultIfEmpty(0).Max();
        if (runs.Count > 1)
        {
            var intervals = Enumerable.Range(0, weeks).Select(w => ConfidenceInterval.FromSamples([.. perRun.Select(r => r[w])])).ToList();
            top = Math.Max(top, intervals.Max(i => i.Upper));
            var band = plot.Add.FillY(x, [.. intervals.Select(i => i.Upper)], [.. intervals.Select(i => Math.Max(0.0, i.Lower))]);
            band.FillColor = ChartStyle.Series(0).WithAlpha(0.2);
            band.LineWidth = 0;
            band.LegendText = "95 % confidence interval of the weekly total";
        }

        var line = plot.Add.ScatterLine(x, mean, ChartStyle.Series(0));
        line.LineWidth = 1.5f;
        line.LegendText = Label("weekly total", first.Info.Years > 0 ? runs.Average(r => (double)r.Total.DeliveredTeu) / first.Info.Years : 0.0, "TEU a year");
        if (weeks >= 4)
        {
            double[] average = [.. Enumerable.Range(3, weeks - 3).Select(w => (mean[w - 3] + mean[w - 2] + mean[w - 1] + mean[w]) / 4.0)];
            var smooth = plot.Add.ScatterLine(x[3..], average, Color.FromHex(ChartStyle.TotalHex));
            smooth.LineWidth = 3;
            smooth.LegendText = "average of the last 4 weeks";
        }

        ChartStyle.MonthAxis(plot, first.Info.WarmUpDays, weeks * 7.0);
        plot.ShowLegend(Edge.Bottom);

        // From zero, so that the swings read against the whole.
        plot.Axes.SetLimits(0, weeks * 7.0, 0, Math.Max(1.0, top * 1.05));
        return plot;
    }

    /// <summary>
    /// Transit time per stream as a box plot on a common scale: the box spans the 25th to 75th
    /// percentile, the whiskers the 5th to 95th, the bar the median, the diamond the mean (with its
    /// 95 % confidence interval when replicated); streams in the order of their median.
    /// </summary>
    public static Plot TransitTimes(IReadOnlyList<RunResult> runs)
    {
        Check(runs);
        var streams = runs[0].Streams;
        string key = "\nBox: 25th–75th percentile · whiskers: 5th–95th · bar: median · ◆ mean" + (runs.Count > 1 ? " (above it, its 95 % confidence interval)" : string.Empty);
        var plot = ChartStyle.Create("Transit time per stream, origin to destination", ChartStyle.Subtitle(runs) + key, "Transit time (days)", string.Empty);
        var rows = new List<(string Name, TransitBox Box)>();
        for (int s = 0; s < streams.Count; s++)
        {
            if (TransitBox.Of(runs, s) is TransitBox box)
            {
                rows.Add((streams[s].Name, box));
            }
        }

        rows = [.. rows.OrderByDescending(r => r.Box.P50)];
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        double right = 1;
        for (int i = 0; i < rows.Count; i++)
        {
            var (name, b) = rows[i];
            var color = ChartStyle.Series(0);
            ErrorBar(plot, i, b.P5, b.P95, horizontal: true, color: Color.FromHex(ChartStyle.MutedHex));
            var box = plot.Add.Rectangle(b.P25, b.P75, i - 0.3, i + 0.3);
            box.FillColor = color.WithAlpha(0.35);
            box.LineColor = color;
            box.LineWidth = 1.5f;
            var median = plot.Add.Line(b.P50, i - 0.3, b.P50, i + 0.3);
            (median.LineColor, median.LineWidth) = (Color.FromHex(ChartStyle.TotalHex), 3);
            if (b.MeanLow is double low && b.MeanHigh is double high)
            {
                ErrorBar(plot, i + 0.42, low, high, horizontal: true, color: ChartStyle.Series(3));
            }

            var mean = plot.Add.Marker(b.Mean, i, MarkerShape.FilledDiamond, 14, ChartStyle.Series(3));
            mean.LegendText = string.Empty;
            var text = plot.Add.Text(string.Create(CultureInfo.InvariantCulture, $"median {b.P50:0.0} d · p95 {b.P95:0.0} d"), b.P95, i);
            text.LabelFontSize = ChartStyle.TickFontSize;
            text.LabelAlignment = Alignment.MiddleLeft;
            text.LabelOffsetX = 10;
            text.LabelFontColor = Color.FromHex(ChartStyle.MutedHex);
            ticks.AddMajor(i, name);
            right = Math.Max(right, b.P95);
        }

        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        // Room right of the longest whisker for its label.
        plot.Axes.SetLimits(0, right * 1.45, -0.7, rows.Count - 0.3);
        plot.Grid.YAxisStyle.IsVisible = false;
        return plot;
    }

    /// <summary>Where each stream's transit time goes: mean days per container in each category, stacked, with the total at the end.</summary>
    public static Plot TimeBreakdown(IReadOnlyList<RunResult> runs)
    {
        Check(runs);
        var streams = runs[0].Streams;
        var plot = ChartStyle.Create("Where the transit time goes, per stream", ChartStyle.Subtitle(runs), "Mean days per container", string.Empty);
        var order = Enumerable.Range(0, streams.Count).Where(s => runs.Any(r => r.Streams[s].DeliveredContainers > 0))
            .OrderByDescending(s => runs.Average(r => r.Streams[s].Transit.MeanDays)).ToList();
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        double right = 1;
        for (int c = 0; c < Categories.Length; c++)
        {
            var bars = new List<Bar>();
            for (int i = 0; i < order.Count; i++)
            {
                int stream = order[i];
                double start = Categories.Take(c).Sum(k => MeanDays(runs, stream, k.Days));
                double days = MeanDays(runs, stream, Categories[c].Days);
                bars.Add(new Bar { Position = i, ValueBase = start, Value = start + days, FillColor = ChartStyle.Series(c), LineWidth = 0, Size = 0.7, Orientation = Orientation.Horizontal });
            }

            plot.Add.Bars(bars);
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = Categories[c].Name, FillColor = ChartStyle.Series(c) });
        }

        for (int i = 0; i < order.Count; i++)
        {
            double total = Categories.Sum(k => MeanDays(runs, order[i], k.Days));
            var text = plot.Add.Text(string.Create(CultureInfo.InvariantCulture, $"{total:0.0} d"), total, i);
            text.LabelFontSize = ChartStyle.TickFontSize;
            text.LabelAlignment = Alignment.MiddleLeft;
            text.LabelOffsetX = 8;
            ticks.AddMajor(i, streams[order[i]].Name);
            right = Math.Max(right, total);
        }

        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimits(0, right * 1.12, -0.6, order.Count - 0.4);
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static double MeanDays(IReadOnlyList<RunResult> runs, int stream, Func<TimeBreakdown, double> days) =>
        runs.Where(r => r.Streams[stream].DeliveredContainers > 0).Select(r => days(r.Streams[stream].TimeBreakdownDays)).DefaultIfEmpty(0.0).Average();

    private static void ErrorBar(Plot plot, double at, double low, double high, bool horizontal, Color? color = null)
    {
        var c = color ?? Color.FromHex(ChartStyle.TotalHex);
        const double Cap = 0.12;
        var lines = horizontal
            ? new[] { (low, at, high, at), (low, at - Cap, low, at + Cap), (high, at - Cap, high, at + Cap) }
            : new[] { (at, low, at, high), (at - Cap, low, at + Cap, low), (at - Cap, high, at + Cap, high) };
        foreach (var (x1, y1, x2, y2) in lines)
        {
            var line = plot.Add.Line(x1, y1, x2, y2);
            (line.LineColor, line.LineWidth) = (c, 2);
        }
    }

    private static string Label(string name, double value, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{name} ({value:N0} {unit})");

    private static void Check(IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentOutOfRangeException.ThrowIfZero(runs.Count);
    }
}
