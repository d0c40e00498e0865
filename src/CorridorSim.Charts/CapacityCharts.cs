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
    /// <summary>Characters of component names the bottleneck's legend entry holds at most (beyond the first name).</summary>
    private const int LegendNames = 64;

    /// <summary>Writes capacity-throughput.png/svg and capacity-transit.png/svg into <paramref name="folder"/>.</summary>
    public static void WriteAll(CapacityResult result, string folder)
    {
        ArgumentNullException.ThrowIfNull(result);
        ChartStyle.Save(Throughput(result), Path.Combine(folder, CapacityReport.ThroughputChart));
        ChartStyle.Save(Transit(result), Path.Combine(folder, CapacityReport.TransitChart));
    }

    /// <summary>Delivered against offered TEU a year.</summary>
    public static Plot Throughput(CapacityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var plot = ChartStyle.Create("Delivered against offered TEU a year", Subtitle(result), "TEU a year offered (the scenario's demand × factor)", "TEU a year delivered");
        double[] x = [.. result.Points.Select(p => p.OfferedTeuPerYear)];
        double top = Math.Max(x.Max(), result.MostDeliveredTeuPerYear) * 1.05;
        var ideal = plot.Add.ScatterLine(Dashes.Along([new Coordinates(0, 0), new Coordinates(top, top)], top / 60, top / 90));
        (ideal.Color, ideal.LineWidth, ideal.MarkerSize, ideal.LegendText) = (Colors.Gray, 1.5f, 0, "everything offered delivered");
        Series(plot, x, [.. result.Points.Select(p => p.Delivered)], ChartStyle.Series(0), "delivered (mean ± 95 % half-width)");
        Bottleneck(plot, result, top);
        plot.Axes.SetLimits(0, top, 0, top);
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    /// <summary>Transit time against offered TEU a year.</summary>
    public static Plot Transit(CapacityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var plot = ChartStyle.Create("Transit time against offered TEU a year", Subtitle(result), "TEU a year offered (the scenario's demand × factor)", "Transit time, all containers (days)");
        double[] x = [.. result.Points.Select(p => p.OfferedTeuPerYear)];
        Series(plot, x, [.. result.Points.Select(p => p.TransitMeanDays)], ChartStyle.Series(0), "mean transit (± 95 % half-width)");
        Series(plot, x, [.. result.Points.Select(p => p.TransitP95Days)], ChartStyle.Series(3), "95th percentile (± 95 % half-width)");
        double top = result.Points.Max(p => p.TransitP95Days.Mean + (double.IsFinite(p.TransitP95Days.HalfWidth) ? p.TransitP95Days.HalfWidth : 0)) * 1.1;
        Bottleneck(plot, result, top);
        plot.Axes.SetLimits(0, x.Max() * 1.05, 0, top);
        plot.ShowLegend(Edge.Bottom);
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
        (mark.Color, mark.LineWidth, mark.MarkerSize) = (Color.FromHex(ChartStyle.TotalHex), 1.5f, 0);
        // As many names as fit the legend's line (the report lists them all); display names have
        // commas of their own ("East port, handling"), so semicolons between them.
        var names = first.Saturated.Select(result.NameOf).ToList();
        int shown = 1;
        while (shown < names.Count && string.Join("; ", names.Take(shown + 1)).Length <= LegendNames)
        {
            shown++;
        }

        string components = shown == names.Count ? string.Join("; ", names) : $"{string.Join("; ", names.Take(shown))} and {names.Count - shown} more";
        mark.LegendText = string.Create(CultureInfo.InvariantCulture, $"first saturated (× {first.Factor:0.##}): {components}");
    }

    private static string Subtitle(CapacityResult result) =>
        string.Create(CultureInfo.InvariantCulture, $"Scenario \"{result.Scenario}\" · demand scaled step by step · {result.Replications} replications per level with common random numbers · CorridorSim; data: data/SOURCES.md");
}
