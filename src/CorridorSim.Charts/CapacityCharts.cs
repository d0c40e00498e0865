using System.Globalization;
using CorridorSim.Experiments;
using CorridorSim.Output;
using ScottPlot;

namespace CorridorSim.Charts;

/// <summary>
/// The charts of a capacity analysis: delivered against offered TEU a year (with the line where
/// all that is offered is delivered), and transit time (mean and 95th percentile) against offered
/// TEU; error bars are the 95 % half-widths over the replications, and the first level at which a
/// component saturates is marked.
/// </summary>
public static class CapacityCharts
{
    /// <summary>Writes capacity-throughput.png/svg and capacity-transit.png/svg into <paramref name="folder"/>.</summary>
    public static void WriteAll(CapacityResult result, string folder)
    {
        ArgumentNullException.ThrowIfNull(result);
        Save(Throughput(result), Path.Combine(folder, "capacity-throughput"));
        Save(Transit(result), Path.Combine(folder, "capacity-transit"));
    }

    /// <summary>Delivered against offered TEU a year.</summary>
    public static Plot Throughput(CapacityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var plot = new Plot();
        double[] x = [.. result.Points.Select(p => p.OfferedTeuPerYear)];
        double top = Math.Max(x.Max(), result.MostDeliveredTeuPerYear) * 1.05;
        var ideal = plot.Add.ScatterLine(Dashes.Along([new Coordinates(0, 0), new Coordinates(top, top)], top / 60, top / 90));
        (ideal.Color, ideal.LineWidth, ideal.MarkerSize, ideal.LegendText) = (Colors.Gray, 1.5f, 0, "everything offered delivered");
        Series(plot, x, [.. result.Points.Select(p => p.Delivered)], Color.FromHex("#1f77b4"), "delivered (mean ± 95 % half-width)");
        Bottleneck(plot, result, top);
        plot.Title($"Delivered against offered TEU a year — {result.Scenario}");
        plot.XLabel("TEU a year offered (the scenario's demand × factor)");
        plot.YLabel("TEU a year delivered");
        plot.Axes.SetLimits(0, top, 0, top);
        plot.ShowLegend(Edge.Right);
        Caption(plot, result);
        return plot;
    }

    /// <summary>Transit time against offered TEU a year.</summary>
    public static Plot Transit(CapacityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var plot = new Plot();
        double[] x = [.. result.Points.Select(p => p.OfferedTeuPerYear)];
        Series(plot, x, [.. result.Points.Select(p => p.TransitMeanDays)], Color.FromHex("#1f77b4"), "mean transit (± 95 % half-width)");
        Series(plot, x, [.. result.Points.Select(p => p.TransitP95Days)], Color.FromHex("#d62728"), "95th percentile (± 95 % half-width)");
        double top = result.Points.Max(p => p.TransitP95Days.Mean + (double.IsFinite(p.TransitP95Days.HalfWidth) ? p.TransitP95Days.HalfWidth : 0)) * 1.1;
        Bottleneck(plot, result, top);
        plot.Title($"Transit time against offered TEU a year — {result.Scenario}");
        plot.XLabel("TEU a year offered (the scenario's demand × factor)");
        plot.YLabel("Transit time, all containers (days)");
        plot.Axes.SetLimits(0, x.Max() * 1.05, 0, top);
        plot.ShowLegend(Edge.Right);
        Caption(plot, result);
        return plot;
    }

    private static void Series(Plot plot, double[] x, KpiEstimate[] y, Color color, string label)
    {
        var line = plot.Add.Scatter(x, [.. y.Select(e => e.Mean)], color);
        (line.LineWidth, line.MarkerSize, line.LegendText) = (2, 7, label);
        var bars = plot.Add.ErrorBar(x, [.. y.Select(e => e.Mean)], [.. y.Select(e => double.IsFinite(e.HalfWidth) ? e.HalfWidth : 0.0)]);
        bars.Color = color;
    }

    private static void Bottleneck(Plot plot, CapacityResult result, double top)
    {
        if (result.FirstSaturated is not { } first)
        {
            return;
        }

        var mark = plot.Add.ScatterLine(Dashes.Along([new Coordinates(first.OfferedTeuPerYear, 0), new Coordinates(first.OfferedTeuPerYear, top)], top / 50, top / 70));
        (mark.Color, mark.LineWidth, mark.MarkerSize) = (Colors.Black, 1.5f, 0);
        // Two components a line, so that a long list does not squeeze the plot.
        var lines = first.Saturated.Chunk(2).Select(pair => "  " + string.Join(", ", pair));
        mark.LegendText = string.Create(CultureInfo.InvariantCulture, $"first saturated (× {first.Factor:0.##}):\n{string.Join(",\n", lines)}");
    }

    private static void Caption(Plot plot, CapacityResult result)
    {
        var text = plot.Add.Annotation(string.Create(CultureInfo.InvariantCulture, $"CorridorSim · capacity of \"{result.Scenario}\" · {result.Replications} replications per level, common random numbers"), Alignment.UpperLeft);
        text.LabelFontSize = 12;
        text.LabelBackgroundColor = Colors.White.WithAlpha(0.8);
    }

    private static void Save(Plot plot, string pathWithoutExtension)
    {
        AtomicFile.Write(pathWithoutExtension + ".png", temp => InvariantRendering.Run(() => plot.SavePng(temp, 1600, 900)));
        AtomicFile.Write(pathWithoutExtension + ".svg", temp => InvariantRendering.SaveSvg(plot, temp, 1600, 900));
    }
}
