using System.Globalization;
using CorridorSim.Experiments;
using CorridorSim.Results;
using ScottPlot;

namespace CorridorSim.Charts;

/// <summary>
/// The chart <c>compare</c> writes for each what-if, in the house style: every headline KPI's
/// paired difference from the base as a change in per cent, with its confidence interval as an
/// error bar; a filled marker where the interval excludes zero (significant), a hollow one where
/// it does not. Rows are per stream and in total: TEU a year delivered, mean and 95th-percentile
/// transit.
/// </summary>
public static class ComparisonCharts
{
    private static readonly (string Measure, string Label)[] Measures =
    [
        ("deliveredTeuPerYear", "TEU a year delivered"), ("transitMeanDays", "mean transit"), ("transitP95Days", "95th-percentile transit"),
    ];

    /// <summary>Writes <c>difference-&lt;n&gt;.png</c> and <c>.svg</c> into <paramref name="folder"/> for what-if n (2, 3, …), numbered as compare's sub-folders.</summary>
    public static void WriteAll(ComparisonResult comparison, string folder)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        for (int i = 1; i < comparison.Experiments.Count; i++)
        {
            var plot = Differences(comparison, comparison.Experiments[i].Scenario);
            ChartStyle.Save(plot, Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"difference-{i + 1}")), ChartStyle.Width, Math.Max(ChartStyle.Height, 240 + (48 * Rows(comparison, comparison.Experiments[i].Scenario).Count)));
        }
    }

    /// <summary>The forest plot of <paramref name="whatIf"/>'s differences from the base.</summary>
    public static Plot Differences(ComparisonResult comparison, string whatIf)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var rows = Rows(comparison, whatIf);
        var info = comparison.Base.Runs[0].Info;
        string subtitle = string.Create(CultureInfo.InvariantCulture, $"Against \"{comparison.Base.Scenario}\" · {comparison.Replications} paired replications (seeds {info.Seed}–{comparison.Base.Runs[^1].Info.Seed}, common random numbers), {comparison.ConfidenceLevel:P0} intervals · {info.Years:0.##} year(s) after {info.WarmUpDays:0} days' warm-up · data: data/SOURCES.md\n● significant: the interval excludes 0 · ○ not significant");
        var plot = ChartStyle.Create($"What \"{whatIf}\" changes", subtitle, "Change from the base (%), with its confidence interval", string.Empty);
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        double low = 0, high = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            var (label, d) = rows[i];
            double y = rows.Count - 1 - i;
            // From the difference itself, not the relative difference a saved comparison rounds to four decimals.
            double change = 100.0 * (d.Difference / Math.Abs(d.BaseMean));
            double half = 100.0 * d.HalfWidth / Math.Abs(d.BaseMean);
            var color = ChartStyle.Series(Array.FindIndex(Measures, m => m.Measure == d.Measure));
            if (double.IsFinite(half))
            {
                foreach (var (x1, y1, x2, y2) in new[] { (change - half, y, change + half, y), (change - half, y - 0.15, change - half, y + 0.15), (change + half, y - 0.15, change + half, y + 0.15) })
                {
                    var line = plot.Add.Line(x1, y1, x2, y2);
                    (line.LineColor, line.LineWidth) = (color, 2);
                }

                (low, high) = (Math.Min(low, change - half), Math.Max(high, change + half));
            }

            var marker = plot.Add.Marker(change, y, d.Significant ? MarkerShape.FilledCircle : MarkerShape.OpenCircle, 14, color);
            marker.MarkerLineWidth = 2;
            ticks.AddMajor(y, label);
            (low, high) = (Math.Min(low, change), Math.Max(high, change));
            if (i > 0 && rows[i - 1].Difference.Component != d.Component)
            {
                // A faint rule between one stream's rows and the next one's.
                var rule = plot.Add.HorizontalLine(y + 0.5);
                (rule.LineColor, rule.LineWidth) = (Color.FromHex("#000000").WithAlpha(0.12), 1);
            }
        }

        var zero = plot.Add.VerticalLine(0);
        (zero.LineColor, zero.LineWidth) = (Color.FromHex(ChartStyle.TotalHex), 1.5f);
        foreach (var (measure, label) in Measures)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, MarkerShape = MarkerShape.FilledCircle, MarkerFillColor = ChartStyle.Series(Array.FindIndex(Measures, m => m.Measure == measure)), MarkerSize = 12 });
        }


        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        // From the lowest to the highest end of an interval, zero always in view, with a margin.
        double margin = Math.Max(0.08 * (high - low), 0.5);
        plot.Axes.SetLimits(low - margin, high + margin, -0.7, rows.Count - 0.3);
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    /// <summary>The rows of <paramref name="whatIf"/>: each headline KPI both scenarios have, labelled by display name, the total last.</summary>
    private static List<(string Label, KpiDifference Difference)> Rows(ComparisonResult comparison, string whatIf)
    {
        var names = comparison.Experiments.SelectMany(e => e.Runs[0].Streams).DistinctBy(s => s.Id).ToDictionary(s => $"stream:{s.Id}", s => s.Name, StringComparer.Ordinal);
        names["total"] = "All containers";
        var order = names.Keys.ToList();
        return [.. comparison.Differences
            .Where(d => d.Scenario == whatIf && d.OnlyIn is null && names.ContainsKey(d.Component) && Measures.Any(m => m.Measure == d.Measure) && double.IsFinite(d.RelativeDifference))
            .OrderBy(d => order.IndexOf(d.Component))
            .ThenBy(d => Array.FindIndex(Measures, m => m.Measure == d.Measure))
            .Select(d => ($"{names[d.Component]}, {Measures.First(m => m.Measure == d.Measure).Label}", d))];
    }
}
