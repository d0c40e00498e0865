using System.Globalization;
using CorridorSim.Output;
using CorridorSim.Results;
using ScottPlot;

namespace CorridorSim.Charts;

/// <summary>
/// The charts every corridor run writes: delivered TEU per week (total and per stream) and the
/// transit-time distribution per stream with p50 and p95 marked, each as PNG and SVG, captioned
/// with the scenario and seed. They are drawn from <see cref="RunResult"/>s, live or read back
/// from a results folder; for several replications the weekly TEU is their mean, the
/// distribution pools their containers and the p50 and p95 marks are the replications' means.
/// </summary>
public static class RunCharts
{
    private static readonly string[] Palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"];

    /// <summary>Writes throughput.png/svg and transit-times.png/svg into <paramref name="folder"/>.</summary>
    public static void WriteAll(IReadOnlyList<RunResult> runs, string folder)
    {
        ArgumentNullException.ThrowIfNull(runs);
        Save(Throughput(runs), Path.Combine(folder, "throughput"), 1600, 900);
        Save(TransitTimes(runs), Path.Combine(folder, "transit-times"), 1600, 900);
    }

    /// <summary>
    /// Delivered TEU per week: one line per stream, the total, and the total's 4-week moving average.
    /// Only whole weeks are drawn (a year is 52 weeks and a day); the legend's totals count the whole period.
    /// </summary>
    public static Plot Throughput(IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentOutOfRangeException.ThrowIfZero(runs.Count);
        var plot = new Plot();
        var first = runs[0];
        var streams = first.Streams;
        double years = first.Info.Years;
        int weeks = Math.Max(1, (int)Math.Floor(years * Kernel.SimCalendar.HoursPerYear / Kernel.SimCalendar.HoursPerWeek));
        double[] x = Enumerable.Range(1, weeks).Select(w => (double)w).ToArray();
        var total = new double[weeks];
        double grandTotal = 0;
        for (int s = 0; s < streams.Count; s++)
        {
            int stream = s;
            double[] y = x.Select((_, w) => runs.Average(r => w < r.Streams[stream].WeeklyTeu.Count ? r.Streams[stream].WeeklyTeu[w] : 0.0)).ToArray();
            double teu = runs.Average(r => (double)r.Streams[stream].DeliveredTeu);
            for (int w = 0; w < weeks; w++)
            {
                total[w] += y[w];
            }

            grandTotal += teu;
            var line = plot.Add.ScatterLine(x, y, Color.FromHex(Palette[s % Palette.Length]));
            line.LineWidth = 1.5f;
            line.LegendText = string.Create(CultureInfo.InvariantCulture, $"{streams[s].Name} ({teu:N0} TEU)");
        }

        var all = plot.Add.ScatterLine(x, total, Colors.Gray);
        all.LineWidth = 1.5f;
        all.LegendText = string.Create(CultureInfo.InvariantCulture, $"total ({grandTotal:N0} TEU, {grandTotal / years:N0} per year)");
        if (weeks >= 4)
        {
            double[] average = [.. Enumerable.Range(3, weeks - 3).Select(w => (total[w - 3] + total[w - 2] + total[w - 1] + total[w]) / 4.0)];
            var smooth = plot.Add.ScatterLine(x[3..], average, Colors.Black);
            smooth.LineWidth = 3;
            smooth.LegendText = "total, average of the last 4 weeks";
        }

        plot.Title($"Delivered TEU per week — {first.Info.Scenario}");
        plot.XLabel(string.Create(CultureInfo.InvariantCulture, $"Week after warm-up ({first.Info.WarmUpDays:0} days)"));
        plot.YLabel(runs.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $"TEU delivered per week (mean of {runs.Count} replications)") : "TEU delivered per week");
        plot.Axes.Margins(bottom: 0);
        plot.Axes.SetLimitsX(0, weeks + 1);
        plot.ShowLegend(Edge.Right);
        Caption(plot, runs);
        return plot;
    }

    /// <summary>Transit-time histograms in whole days, one per stream, with dashed p50 and dotted p95 lines.</summary>
    public static Plot TransitTimes(IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentOutOfRangeException.ThrowIfZero(runs.Count);
        var plot = new Plot();
        var streams = runs[0].Streams;
        double maxDay = 1;
        double maxShare = 1;
        var marks = new List<(double P50, double P95, Color Color)>();
        for (int s = 0; s < streams.Count; s++)
        {
            int stream = s;
            var delivered = runs.Where(r => r.Streams[stream].DeliveredContainers > 0).ToList();
            if (delivered.Count == 0)
            {
                continue;
            }

            var color = Color.FromHex(Palette[s % Palette.Length]);
            int last = delivered.Max(r => r.Streams[stream].ContainersByTransitDay.Count) - 1;
            var counts = new long[last + 1];
            foreach (var r in delivered)
            {
                var byDay = r.Streams[stream].ContainersByTransitDay;
                for (int d = 0; d < byDay.Count; d++)
                {
                    counts[d] += byDay[d];
                }
            }

            double containers = counts.Sum();
            double[] x = Enumerable.Range(0, last + 2).Select(d => (double)d).ToArray();
            double[] y = x.Select(d => d <= last ? 100.0 * counts[(int)d] / containers : 0.0).ToArray();
            var step = plot.Add.ScatterLine(x, y, color);
            step.ConnectStyle = ConnectStyle.StepHorizontal;
            step.LineWidth = 2;
            double p50 = delivered.Average(r => r.Streams[stream].Transit.P50Days);
            double p95 = delivered.Average(r => r.Streams[stream].Transit.P95Days);
            step.LegendText = string.Create(CultureInfo.InvariantCulture, $"{streams[s].Name}: p50 {p50:F1} d, p95 {p95:F1} d");
            marks.Add((p50, p95, color));
            maxDay = Math.Max(maxDay, last + 2);
            maxShare = Math.Max(maxShare, y.Max());
        }

        // Median and 95th percentile as dashed and dotted lines built from pieces, so SVG keeps them.
        double top = Math.Ceiling(maxShare * 1.08);
        foreach (var (p50, p95, color) in marks)
        {
            foreach (var (at, dash, gap) in new[] { (p50, top / 40, top / 60), (p95, top / 160, top / 80) })
            {
                var line = plot.Add.ScatterLine(Dashes.Along([new Coordinates(at, 0), new Coordinates(at, top)], dash, gap));
                (line.Color, line.LineWidth, line.MarkerSize) = (color, 1.5f, 0);
            }
        }

        plot.Title($"Transit time per stream (dashed: median, dotted: 95th percentile) — {runs[0].Info.Scenario}");
        plot.XLabel("Transit time, origin to destination (days)");
        plot.YLabel("Share of the stream's containers (% per day)");
        plot.Axes.Margins(bottom: 0);
        plot.Axes.SetLimits(0, maxDay, 0, top);
        plot.ShowLegend(Edge.Right);
        Caption(plot, runs);
        return plot;
    }

    private static void Caption(Plot plot, IReadOnlyList<RunResult> runs)
    {
        var info = runs[0].Info;
        string seeds = runs.Count == 1 ? string.Create(CultureInfo.InvariantCulture, $"seed {info.Seed}") : string.Create(CultureInfo.InvariantCulture, $"{runs.Count} replications, seeds {info.Seed}–{runs[^1].Info.Seed}");
        string caption = string.Create(CultureInfo.InvariantCulture, $"CorridorSim · scenario \"{info.Scenario}\" · {seeds} · {info.Years:0.##} simulated year(s) after {info.WarmUpDays:0} days of warm-up");
        var text = plot.Add.Annotation(caption, Alignment.UpperLeft);
        text.LabelFontSize = 12;
        text.LabelBackgroundColor = Colors.White.WithAlpha(0.8);
    }

    private static void Save(Plot plot, string pathWithoutExtension, int width, int height)
    {
        AtomicFile.Write(pathWithoutExtension + ".png", temp => InvariantRendering.Run(() => plot.SavePng(temp, width, height)));
        AtomicFile.Write(pathWithoutExtension + ".svg", temp => InvariantRendering.SaveSvg(plot, temp, width, height));
    }
}
