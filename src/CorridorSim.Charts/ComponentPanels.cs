using System.Globalization;
using CorridorSim.Results;
using CorridorSim.Statistics;
using ScottPlot;

namespace CorridorSim.Charts;

/// <summary>
/// Small multiples of the capacity-limited components over time, one panel each on a calendar
/// axis: the weekly mean over the replications, with its 95 % confidence band when replicated;
/// a saturated component — a bottleneck — drawn in vermillion and named so in its panel's title.
/// </summary>
internal static class ComponentPanels
{
    /// <summary>Panels per row: three leave room for a port's full name over each.</summary>
    public const int Columns = 3;

    /// <summary>One of the components drawn.</summary>
    public sealed record Shown(int Index, string Id, string Name, double Mean, bool Saturated);

    /// <summary>The components of <paramref name="runs"/> with a figure in <paramref name="series"/>, the largest mean first, at most <paramref name="most"/>.</summary>
    public static IReadOnlyList<Shown> Largest(IReadOnlyList<RunResult> runs, Func<ComponentSeries, IReadOnlyList<double>> series, int most)
    {
        var first = runs[0];
        return [.. Enumerable.Range(0, first.ComponentSeries.Count)
            .Select(c => (c, values: runs.SelectMany(r => series(r.ComponentSeries[c])).Where(double.IsFinite).ToList()))
            .Where(x => x.values.Count > 0 && x.values.Average() > 0.0)
            .Select(x => new Shown(x.c, first.ComponentSeries[x.c].Id, first.ComponentSeries[x.c].Name ?? NameOf(first, first.ComponentSeries[x.c].Id), x.values.Average(), runs.Count(r => IsSaturated(r, first.ComponentSeries[x.c].Id)) * 2 >= runs.Count))
            .OrderByDescending(s => s.Mean)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .Take(most)];
    }

    /// <summary>The component as the results name it, its id in a result saved without names.</summary>
    public static string NameOf(RunResult run, string id) => run.Components.FirstOrDefault(c => c.Id == id)?.DisplayName ?? id;

    /// <summary>
    /// The chart: a panel per component of <paramref name="shown"/>, titled by <paramref name="title"/>,
    /// each with <paramref name="series"/> times <paramref name="scale"/> against the calendar; <paramref name="decorate"/> adds to each panel.
    /// </summary>
    public static ChartFigure Create(string title, IReadOnlyList<RunResult> runs, IReadOnlyList<Shown> shown, Func<Shown, string> panelTitle, string yLabel, Func<ComponentSeries, IReadOnlyList<double>> series, double scale, Action<Plot, Shown>? decorate, string empty)
    {
        var first = runs[0];
        int weeks = Math.Max(1, (int)Math.Floor(first.Info.Years * Kernel.SimCalendar.HoursPerYear / Kernel.SimCalendar.HoursPerWeek));
        // A panel is a few hundred pixels wide: past three years, each point is the mean of a block of weeks.
        int block = (weeks + MostPoints - 1) / MostPoints;
        int points = (weeks + block - 1) / block;
        double[] x = [.. Enumerable.Range(0, points).Select(p => ((p * block) + (Math.Min(block, weeks - (p * block)) / 2.0)) * 7.0)];
        var panels = new List<Plot>();
        foreach (var component in shown)
        {
            var plot = ChartStyle.Panel(panelTitle(component), yLabel, component.Saturated);
            var color = component.Saturated ? Color.FromHex(ChartStyle.HighlightHex) : ChartStyle.Series(0);
            double[][] perRun = [.. runs.Select(r => Enumerable.Range(0, points).Select(p => Block(series(r.ComponentSeries[component.Index]), p * block, Math.Min(weeks, (p + 1) * block)) * scale).ToArray())];
            double[] mean = [.. Enumerable.Range(0, points).Select(w => perRun.Select(r => r[w]).Where(double.IsFinite).DefaultIfEmpty(0.0).Average())];
            // A band never leaves what a replication reached: the interval of three runs is wide, and
            // a share of capacity above the highest week seen would read as more than was used.
            double highest = perRun.SelectMany(r => r).Where(double.IsFinite).DefaultIfEmpty(0.0).Max();
            if (runs.Count > 1)
            {
                var intervals = Enumerable.Range(0, points).Select(w => ConfidenceInterval.FromSamples([.. perRun.Select(r => r[w]).Where(double.IsFinite)])).ToList();
                var band = plot.Add.FillY(x, [.. intervals.Select((i, w) => double.IsFinite(i.Upper) ? Math.Min(i.Upper, highest) : mean[w])], [.. intervals.Select((i, w) => double.IsFinite(i.Lower) ? Math.Max(0.0, i.Lower) : mean[w])]);
                band.FillColor = color.WithAlpha(0.2);
                band.LineWidth = 0;
            }

            var line = plot.Add.ScatterLine(x, mean, color);
            line.LineWidth = component.Saturated ? 3 : 2;
            ChartStyle.MonthAxis(plot, first.Info.WarmUpDays, weeks * 7.0, narrow: true);
            plot.Axes.Margins(bottom: 0);
            plot.Axes.SetLimits(0, weeks * 7.0, 0, highest > 0.0 ? highest * 1.08 : 1.0);
            decorate?.Invoke(plot, component);
            panels.Add(plot);
        }

        if (panels.Count == 0)
        {
            var plot = ChartStyle.Panel(empty, yLabel, highlighted: false);
            plot.Axes.SetLimits(0, weeks * 7.0, 0, 1);
            panels.Add(plot);
        }

        string subtitle = ChartStyle.Subtitle(runs) + (runs.Count > 1 ? "\nLines: the mean of the replications; bands: its 95 % confidence interval, within the weeks the replications reached." : string.Empty);
        return ChartFigure.Grid(title, subtitle, panels, panels.Count == 1 ? 1 : Columns);
    }

    /// <summary>A panel's title: the component's name, its mean as <paramref name="mean"/> says it, and whether it saturated.</summary>
    public static string Title(Shown component, FormattableString mean) =>
        component.Name + "\n" + mean.ToString(CultureInfo.InvariantCulture) + (component.Saturated ? ", saturated (a bottleneck)" : string.Empty);

    /// <summary>The most points a panel's line has: three years of weeks.</summary>
    private const int MostPoints = 157;

    /// <summary>The mean of weeks <paramref name="from"/> (inclusive) to <paramref name="to"/> of <paramref name="series"/>; NaN when it has none of them.</summary>
    private static double Block(IReadOnlyList<double> series, int from, int to)
    {
        double sum = 0.0;
        int n = 0;
        for (int w = from; w < to && w < series.Count; w++)
        {
            if (double.IsFinite(series[w]))
            {
                sum += series[w];
                n++;
            }
        }

        return n > 0 ? sum / n : double.NaN;
    }

    private static bool IsSaturated(RunResult run, string id) =>
        run.Components.FirstOrDefault(c => c.Id == id)?.Measures.FirstOrDefault(m => m.Name == "saturated")?.Value >= 1.0;
}
