using System.Globalization;
using CorridorSim.Investments;
using ScottPlot;

namespace CorridorSim.Charts;

/// <summary>
/// The charts <c>invest</c> writes, one per criterion, in the house style: every option's mean
/// saving or gain against doing nothing with its confidence interval, ranked from the top; the
/// best at the stated joint confidence filled in the accent colour, the other contenders filled,
/// the options MCB rules out hollow and grey.
/// </summary>
public static class InvestmentCharts
{
    /// <summary>The chart file name of <paramref name="criterion"/>, without its extension.</summary>
    public static string FileName(InvestmentCriterion criterion) => "invest-" + InvestmentCriteria.Name(criterion);

    /// <summary>Writes one chart per criterion (PNG and SVG) into <paramref name="folder"/>; returns their names.</summary>
    public static IReadOnlyList<string> WriteAll(InvestmentResult result, string folder)
    {
        ArgumentNullException.ThrowIfNull(result);
        var names = new List<string>();
        foreach (var ranking in result.Rankings)
        {
            string name = FileName(ranking.Criterion);
            ChartStyle.Save(Ranking(result, ranking), Path.Combine(folder, name), ChartStyle.Width, Math.Max(ChartStyle.Height, 300 + (84 * ranking.Ranks.Count)));
            names.Add(name);
        }

        return names;
    }

    /// <summary>The forest plot of <paramref name="ranking"/>.</summary>
    public static Plot Ranking(InvestmentResult result, InvestmentRanking ranking)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(ranking);
        string kpi = ranking.Criterion is InvestmentCriterion.TransitReduction or InvestmentCriterion.TransitReductionPerCost ? result.TransitKpi : result.ThroughputKpi;
        string verdict = ranking.Indifference is double delta
            ? F($"Selected: {result.Option(ranking.Best!).Name}, the best at {ranking.ConfidenceLevel:P0} if at least {delta:G4} better than the rest (two-stage, indifference zone)")
            : ranking.Best is string best
            ? F($"Best at {ranking.ConfidenceLevel:P0} jointly: {result.Option(best).Name}")
            : F($"Not separated at {ranking.ConfidenceLevel:P0}: {ranking.Contenders.Count} options may each be the best");
        string subtitle = F($"Against \"{result.BaseScenario}\" · {result.Replications} paired replications (common random numbers), {ranking.ConfidenceLevel:P0} intervals · {kpi} · data: data/SOURCES.md\n{verdict}{(ranking.Indifference is null ? " (Hsu's multiple comparisons with the best, Bonferroni)" : string.Empty)}");
        var plot = ChartStyle.Create(InvestmentCriteria.Label(ranking.Criterion), subtitle, F($"{Capitalised(InvestmentCriteria.Unit(ranking.Criterion))} (mean, {ranking.ConfidenceLevel:P0} interval)"), string.Empty);
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        double low = 0, high = 0;
        for (int i = 0; i < ranking.Ranks.Count; i++)
        {
            var r = ranking.Ranks[i];
            var option = result.Option(r.Option);
            double y = ranking.Ranks.Count - 1 - i;
            var color = r.Best ? Color.FromHex(ChartStyle.HighlightHex) : r.Contender ? ChartStyle.Series(0) : Color.FromHex("#999999");
            if (double.IsFinite(r.Lower) && double.IsFinite(r.Upper))
            {
                foreach (var (x1, y1, x2, y2) in new[] { (r.Lower, y, r.Upper, y), (r.Lower, y - 0.15, r.Lower, y + 0.15), (r.Upper, y - 0.15, r.Upper, y + 0.15) })
                {
                    var line = plot.Add.Line(x1, y1, x2, y2);
                    (line.LineColor, line.LineWidth) = (color, 2);
                }

                (low, high) = (Math.Min(low, r.Lower), Math.Max(high, r.Upper));
            }

            if (double.IsFinite(r.Mean))
            {
                var marker = plot.Add.Marker(r.Mean, y, r.Contender ? MarkerShape.FilledCircle : MarkerShape.OpenCircle, 14, color);
                marker.MarkerLineWidth = 2;
                (low, high) = (Math.Min(low, r.Mean), Math.Max(high, r.Mean));
            }

            // Long names (a combination's) over two lines at most, so that the data keep their width.
            ticks.AddMajor(y, ChartStyle.Wrap(F($"{r.Rank}. {Shorten(option.Name, 90)} (US$\u00A0{option.CostMillionUsd:N0}\u00A0M)"), ChartStyle.TickFontSize, 480));
        }

        var zero = plot.Add.VerticalLine(0);
        (zero.LineColor, zero.LineWidth) = (Color.FromHex(ChartStyle.TotalHex), 1.5f);
        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        double margin = Math.Max(0.08 * (high - low), 1e-6);
        plot.Axes.SetLimits(low - margin, high + margin, -0.7, ranking.Ranks.Count - 0.3);
        plot.Grid.YAxisStyle.IsVisible = false;
        var shown = new[]
        {
            (Label: ranking.Indifference is null ? "the best" : "selected", Hex: ChartStyle.HighlightHex, Shape: MarkerShape.FilledCircle, Any: ranking.Ranks.Any(r => r.Best)),
            (Label: ranking.Indifference is null ? "may be the best" : "within the zone of the selected", Hex: ChartStyle.Palette[0], Shape: MarkerShape.FilledCircle, Any: ranking.Ranks.Any(r => r.Contender && !r.Best)),
            (Label: "ruled out", Hex: "#999999", Shape: MarkerShape.OpenCircle, Any: ranking.Ranks.Any(r => !r.Contender)),
        };
        foreach (var (label, hex, shape, _) in shown.Where(s => s.Any))
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, MarkerShape = shape, MarkerFillColor = Color.FromHex(hex), MarkerLineColor = Color.FromHex(hex), MarkerSize = 12 });
        }

        plot.ShowLegend(Edge.Bottom);
        plot.Legend.Orientation = Orientation.Horizontal;
        return plot;
    }

    private static string Shorten(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
