using System.Globalization;
using CorridorSim.Kernel;
using CorridorSim.Model.Corridor;
using CorridorSim.Output;
using ScottPlot;

namespace CorridorSim.Charts;

/// <summary>
/// The charts every corridor run writes: delivered TEU per week (total and per stream) and the
/// transit-time distribution per stream with p50 and p95 marked, each as PNG and SVG, captioned
/// with the scenario and seed.
/// </summary>
public static class RunCharts
{
    private static readonly string[] Palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"];

    /// <summary>Writes throughput.png/svg and transit-times.png/svg into <paramref name="folder"/>.</summary>
    public static void WriteAll(CorridorModel model, string folder)
    {
        ArgumentNullException.ThrowIfNull(model);
        Save(Throughput(model), Path.Combine(folder, "throughput"), 1600, 900);
        Save(TransitTimes(model), Path.Combine(folder, "transit-times"), 1600, 900);
    }

    /// <summary>
    /// Delivered TEU per week: one line per stream, the total, and the total's 4-week moving average.
    /// Only whole weeks are drawn (a year is 52 weeks and a day); the legend's totals count the whole period.
    /// </summary>
    public static Plot Throughput(CorridorModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var plot = new Plot();
        var streams = model.Scenario.Streams;
        int weeks = Math.Max(1, (int)Math.Floor(model.Scenario.Years * SimCalendar.HoursPerYear / SimCalendar.HoursPerWeek));
        double[] x = Enumerable.Range(1, weeks).Select(w => (double)w).ToArray();
        var total = new double[weeks];
        double grandTotal = 0;
        for (int s = 0; s < streams.Count; s++)
        {
            var record = model.Destinations[streams[s].Destination].Stream(s);
            var series = record.WeeklyTeu;
            double[] y = x.Select((_, w) => w < series.Count ? series[w] : 0.0).ToArray();
            for (int w = 0; w < weeks; w++)
            {
                total[w] += y[w];
            }

            grandTotal += record.Teu;
            var line = plot.Add.ScatterLine(x, y, Color.FromHex(Palette[s % Palette.Length]));
            line.LineWidth = 1.5f;
            line.LegendText = $"{streams[s].Id} ({record.Teu:N0} TEU)";
        }

        var all = plot.Add.ScatterLine(x, total, Colors.Gray);
        all.LineWidth = 1.5f;
        all.LegendText = $"total ({grandTotal:N0} TEU, {grandTotal / model.Scenario.Years:N0} per year)";
        if (weeks >= 4)
        {
            double[] average = [.. Enumerable.Range(3, weeks - 3).Select(w => (total[w - 3] + total[w - 2] + total[w - 1] + total[w]) / 4.0)];
            var smooth = plot.Add.ScatterLine(x[3..], average, Colors.Black);
            smooth.LineWidth = 3;
            smooth.LegendText = "total, average of the last 4 weeks";
        }

        plot.Title($"Delivered TEU per week — {model.Scenario.Name}");
        plot.XLabel($"Week after warm-up ({model.Scenario.WarmUpDays:0} days)");
        plot.YLabel("TEU delivered per week");
        plot.Axes.Margins(bottom: 0);
        plot.Axes.SetLimitsX(0, weeks + 1);
        plot.ShowLegend(Edge.Right);
        Caption(plot, model);
        return plot;
    }

    /// <summary>Transit-time histograms in whole days, one per stream, with dashed p50 and dotted p95 lines.</summary>
    public static Plot TransitTimes(CorridorModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var plot = new Plot();
        var streams = model.Scenario.Streams;
        double maxDay = 1;
        double maxShare = 1;
        var marks = new List<(double P50, double P95, Color Color)>();
        for (int s = 0; s < streams.Count; s++)
        {
            var record = model.Destinations[streams[s].Destination].Stream(s);
            if (record.TransitHours.Count == 0)
            {
                continue;
            }

            var color = Color.FromHex(Palette[s % Palette.Length]);
            var counts = record.ContainersByTransitDay;
            int last = counts.Count - 1;
            while (last > 0 && counts[last] == 0)
            {
                last--;
            }

            double[] x = Enumerable.Range(0, last + 2).Select(d => (double)d).ToArray();
            double[] y = x.Select(d => d <= last ? 100.0 * counts[(int)d] / record.TransitHours.Count : 0.0).ToArray();
            var step = plot.Add.ScatterLine(x, y, color);
            step.ConnectStyle = ConnectStyle.StepHorizontal;
            step.LineWidth = 2;
            double p50 = record.TransitHours.Quantile(0.5) / 24.0;
            double p95 = record.TransitHours.Quantile(0.95) / 24.0;
            step.LegendText = string.Create(CultureInfo.InvariantCulture, $"{streams[s].Id}: p50 {p50:F1} d, p95 {p95:F1} d");
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

        plot.Title($"Transit time per stream (dashed: median, dotted: 95th percentile) — {model.Scenario.Name}");
        plot.XLabel("Transit time, origin to destination (days)");
        plot.YLabel("Share of the stream's containers (% per day)");
        plot.Axes.Margins(bottom: 0);
        plot.Axes.SetLimits(0, maxDay, 0, top);
        plot.ShowLegend(Edge.Right);
        Caption(plot, model);
        return plot;
    }

    private static void Caption(Plot plot, CorridorModel model)
    {
        var scenario = model.Scenario;
        string caption = string.Create(CultureInfo.InvariantCulture, $"CorridorSim · scenario \"{scenario.Name}\" · seed {model.Seed} · {scenario.Years:0.##} simulated year(s) after {scenario.WarmUpDays:0} days of warm-up");
        var text = plot.Add.Annotation(caption, Alignment.UpperLeft);
        text.LabelFontSize = 12;
        text.LabelBackgroundColor = Colors.White.WithAlpha(0.8);
    }

    private static void Save(Plot plot, string pathWithoutExtension, int width, int height)
    {
        AtomicFile.Write(pathWithoutExtension + ".png", temp => plot.SavePng(temp, width, height));
        AtomicFile.Write(pathWithoutExtension + ".svg", temp => plot.SaveSvg(temp, width, height));
    }
}
