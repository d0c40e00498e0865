using System.Globalization;
using CorridorSim.Sweeps;
using ScottPlot;

namespace CorridorSim.Charts;

/// <summary>
/// The charts of a sweep, in the house style, of one KPI: the KPI against each numeric factor
/// (<c>sweep-&lt;factor&gt;</c>: a point's mean with its 95 % interval; for a grid a line per
/// combination of the other factors, at most eight, else points alone), a heatmap of the KPI
/// over two factors of a grid (<c>sweep-heatmap</c>), a tornado of how far each factor moves it
/// (<c>sweep-tornado</c>: the KPI's mean where the factor is lowest and where it is highest,
/// averaged over the other factors), and for a Morris design the μ*–σ plot (<c>sweep-morris</c>).
/// </summary>
public static class SweepCharts
{
    /// <summary>Writes the charts of <paramref name="sweep"/> for <paramref name="kpi"/> into <paramref name="folder"/> (with <paramref name="morris"/> for a Morris design); returns their names. A folder without every run of its sweep says so in each chart's subtitle.</summary>
    public static IReadOnlyList<string> WriteAll(StoredSweep sweep, string kpi, string folder, IReadOnlyList<MorrisEffect>? morris = null)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var data = SweepData.Of(sweep, kpi);
        string subtitle = Subtitle(sweep);
        var names = new List<string>();
        for (int f = 0; f < data.Factors.Count; f++)
        {
            string name = $"sweep-{data.Factors[f]}";
            ChartStyle.Save(AgainstFactor(data, f, sweep.Design == DesignKind.Grid, subtitle), Path.Combine(folder, name));
            names.Add(name);
        }

        if (sweep.Design == DesignKind.Grid && data.Factors.Count == 2)
        {
            ChartStyle.Save(Heatmap(data, subtitle), Path.Combine(folder, "sweep-heatmap"));
            names.Add("sweep-heatmap");
        }

        if (data.Factors.Count >= 1 && sweep.Design != DesignKind.Morris)
        {
            ChartStyle.Save(Tornado(data, subtitle), Path.Combine(folder, "sweep-tornado"));
            names.Add("sweep-tornado");
        }

        if (morris is { Count: > 0 })
        {
            ChartStyle.Save(Morris(morris, data.Label, subtitle), Path.Combine(folder, "sweep-morris"));
            names.Add("sweep-morris");
        }

        return names;
    }

    /// <summary>The KPI against factor <paramref name="f"/>.</summary>
    internal static Plot AgainstFactor(SweepData data, int f, bool grid, string subtitle)
    {
        var plot = ChartStyle.Create($"{data.Label} against {data.Factors[f]}", subtitle, data.Factors[f], data.Label);
        var others = Enumerable.Range(0, data.Factors.Count).Where(g => g != f).ToList();
        var groups = Enumerable.Range(0, data.Points).GroupBy(p => string.Join(", ", others.Select(g => F($"{data.Factors[g]} {data.Values[g][p]:G6}")))).ToList();
        bool lines = grid && groups.Count <= ChartStyle.Palette.Count;
        int series = 0;
        foreach (var group in lines ? groups : [.. new[] { Enumerable.Range(0, data.Points).GroupBy(_ => string.Empty).Single() }])
        {
            var points = group.Where(p => double.IsFinite(data.Means[p])).OrderBy(p => data.Values[f][p]).ToList();
            double[] x = [.. points.Select(p => data.Values[f][p])], y = [.. points.Select(p => data.Means[p])];
            var color = ChartStyle.Series(series++);
            var scatter = plot.Add.Scatter(x, y, color);
            (scatter.LineWidth, scatter.MarkerSize) = (lines ? 2 : 0, 8);
            scatter.LegendText = group.Key.Length > 0 ? group.Key : "points (mean ± 95 % half-width)";
            var bars = plot.Add.ErrorBar(x, y, [.. points.Select(p => double.IsFinite(data.HalfWidths[p]) ? data.HalfWidths[p] : 0.0)]);
            bars.Color = color;
        }

        // A factor of a few whole values (vessels, trains a day) gets a tick at each, not fractions between.
        var levels = data.Values[f].Distinct().Order().ToArray();
        if (levels.Length <= 12 && levels.All(v => v == Math.Floor(v)))
        {
            var ticks = new ScottPlot.TickGenerators.NumericManual();
            foreach (double level in levels)
            {
                ticks.AddMajor(level, F($"{level:#,0}"));
            }

            plot.Axes.Bottom.TickGenerator = ticks;
        }

        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    /// <summary>The KPI over the two factors of a grid, a cell per point with its value.</summary>
    internal static Plot Heatmap(SweepData data, string subtitle)
    {
        var plot = ChartStyle.Create($"{data.Label} over {data.Factors[0]} and {data.Factors[1]}", subtitle + "\nEach cell a point: its mean over the replications; darker is higher.", data.Factors[0], data.Factors[1]);
        double[] xs = [.. data.Values[0].Distinct().Order()], ys = [.. data.Values[1].Distinct().Order()];
        double low = data.Means.Where(double.IsFinite).DefaultIfEmpty(0).Min(), high = data.Means.Where(double.IsFinite).DefaultIfEmpty(1).Max();
        var xTicks = new ScottPlot.TickGenerators.NumericManual();
        var yTicks = new ScottPlot.TickGenerators.NumericManual();
        for (int i = 0; i < xs.Length; i++)
        {
            xTicks.AddMajor(i, F($"{xs[i]:#,0.###}"));
        }

        for (int j = 0; j < ys.Length; j++)
        {
            yTicks.AddMajor(j, F($"{ys[j]:#,0.###}"));
        }

        for (int p = 0; p < data.Points; p++)
        {
            int i = Array.IndexOf(xs, data.Values[0][p]), j = Array.IndexOf(ys, data.Values[1][p]);
            double share = high > low ? (data.Means[p] - low) / (high - low) : 0.5;
            var cell = plot.Add.Rectangle(i - 0.5, i + 0.5, j - 0.5, j + 0.5);
            cell.FillColor = double.IsFinite(data.Means[p]) ? FlowStyle.Colormap.GetColor(share) : Colors.LightGray;
            cell.LineColor = Colors.White;
            cell.LineWidth = 2;
            var text = plot.Add.Text(double.IsFinite(data.Means[p]) ? F($"{data.Means[p]:G4}") : "–", i, j);
            text.LabelAlignment = Alignment.MiddleCenter;
            text.LabelFontSize = ChartStyle.TickFontSize;
            text.LabelFontColor = share > 0.55 ? Colors.White : Color.FromHex(ChartStyle.TotalHex);
        }

        plot.Axes.Bottom.TickGenerator = xTicks;
        plot.Axes.Left.TickGenerator = yTicks;
        plot.Grid.IsVisible = false;
        plot.Axes.SetLimits(-0.5, xs.Length - 0.5, -0.5, ys.Length - 0.5);
        return plot;
    }

    /// <summary>How far each factor moves the KPI: its mean at the factor's lowest and highest values, the biggest swing on top.</summary>
    internal static Plot Tornado(SweepData data, string subtitle)
    {
        double overall = data.Means.Where(double.IsFinite).DefaultIfEmpty(double.NaN).Average();
        var swings = Enumerable.Range(0, data.Factors.Count).Select(f =>
        {
            double min = data.Values[f].Min(), max = data.Values[f].Max();
            double span = max - min;
            // The lowest and highest third of the factor's range (its end levels for a grid of two or three levels).
            double At(Func<double, bool> keep) => Enumerable.Range(0, data.Points).Where(p => keep(data.Values[f][p]) && double.IsFinite(data.Means[p])).Select(p => data.Means[p]).DefaultIfEmpty(double.NaN).Average();
            return (Factor: data.Factors[f], Low: At(v => v <= min + (span / 3)), High: At(v => v >= max - (span / 3)), Min: min, Max: max);
        }).OrderBy(s => Math.Abs(s.High - s.Low)).ToList();
        var plot = ChartStyle.Create($"How far each factor moves {LowerFirst(data.Label)}", subtitle + F($"\nBars from the mean over all points ({overall:G4}): the mean where the factor is in the lowest third of its range, and in the highest."), data.Label, string.Empty);
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (int i = 0; i < swings.Count; i++)
        {
            var s = swings[i];
            foreach (var (value, color) in new[] { (s.Low, ChartStyle.Series(0)), (s.High, ChartStyle.Series(1)) })
            {
                if (double.IsFinite(value))
                {
                    var bar = plot.Add.Rectangle(Math.Min(overall, value), Math.Max(overall, value), i - 0.3, i + 0.3);
                    (bar.FillColor, bar.LineWidth) = (color, 0);
                }
            }

            ticks.AddMajor(i, F($"{s.Factor} ({s.Min:#,0.###}–{s.Max:#,0.###})"));
        }

        var centre = plot.Add.VerticalLine(overall);
        (centre.LineColor, centre.LineWidth) = (Color.FromHex(ChartStyle.TotalHex), 1.5f);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "factor low", FillColor = ChartStyle.Series(0) });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "factor high", FillColor = ChartStyle.Series(1) });
        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.ShowLegend(Edge.Bottom);
        plot.Axes.SetLimitsY(-0.7, swings.Count - 0.3);
        return plot;
    }

    /// <summary>The Morris μ*–σ plot: a factor far right matters; far up, it acts non-linearly or through others.</summary>
    internal static Plot Morris(IReadOnlyList<MorrisEffect> effects, string label, string subtitle)
    {
        var plot = ChartStyle.Create($"Morris screening of {LowerFirst(label)}", subtitle + "\nμ*: mean absolute elementary effect per whole range of a factor (importance), with its 95 % bootstrap interval; σ: their spread (non-linearity, interaction).", "μ* (per whole range of the factor)", "σ");
        double top = effects.Select(e => double.IsFinite(e.Sigma) ? e.Sigma : 0).DefaultIfEmpty(0).Max();
        double right = effects.Select(e => double.IsFinite(e.MuStarHigh) ? e.MuStarHigh : 0).DefaultIfEmpty(0).Max();
        var labelled = new List<(double X, double Y)>();
        for (int i = 0; i < effects.Count; i++)
        {
            var e = effects[i];
            if (!double.IsFinite(e.MuStar))
            {
                continue;
            }

            double sigma = double.IsFinite(e.Sigma) ? e.Sigma : 0;
            var color = ChartStyle.Series(i);
            var marker = plot.Add.Marker(e.MuStar, sigma, MarkerShape.FilledCircle, 12, color);
            marker.LegendText = e.Factor;
            var line = plot.Add.Line(e.MuStarLow, sigma, e.MuStarHigh, sigma);
            (line.LineColor, line.LineWidth) = (color, 2);
            // Named beside its point unless a name already sits there; the legend names every point.
            if (!labelled.Any(l => Math.Abs(l.X - e.MuStar) < 0.15 * right && Math.Abs(l.Y - sigma) < 0.08 * Math.Max(top, 1e-9)))
            {
                var text = plot.Add.Text(e.Factor, e.MuStar, sigma);
                text.LabelFontSize = ChartStyle.TickFontSize;
                text.LabelOffsetX = 8;
                text.LabelOffsetY = -8;
                text.LabelAlignment = Alignment.LowerLeft;
                labelled.Add((e.MuStar, sigma));
            }
        }

        var diagonal = plot.Add.Line(0, 0, Math.Max(top, right) * 1.1, Math.Max(top, right) * 1.1);
        (diagonal.LineColor, diagonal.LinePattern) = (Colors.Gray, LinePattern.Dashed);
        diagonal.LegendText = "σ = μ*";
        plot.ShowLegend(Edge.Bottom);
        plot.Axes.SetLimits(0, Math.Max(right, 1e-9) * 1.25, 0, Math.Max(top, 1e-9) * 1.25);
        return plot;
    }

    private static string Subtitle(StoredSweep sweep) =>
        F($"Sweep \"{sweep.Name}\" of scenario \"{sweep.BaseName}\" · {sweep.Points.Count} points ({sweep.Design switch { DesignKind.Grid => "grid", DesignKind.LatinHypercube => "Latin hypercube", _ => "Morris" }}) × {sweep.Replications} replications, common random numbers · {sweep.Years:0.##} year(s) each · CorridorSim; data: data/SOURCES.md{(SweepData.Partial(sweep) is string partial ? $"\nPartial: only {partial}; points without a run are left out." : string.Empty)}");

    private static string LowerFirst(string text) => text.Length > 0 && !(text.Length > 1 && char.IsUpper(text[1])) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
