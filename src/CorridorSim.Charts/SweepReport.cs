using System.Globalization;
using System.Text;
using CorridorSim.Output;
using CorridorSim.Sweeps;

namespace CorridorSim.Charts;

/// <summary>
/// <c>report.html</c> of a sweep, drawn from its folder alone: what it varied and how, a table of
/// its points with the KPI's mean and 95 % interval (the first 60 when there are more), every sweep
/// chart with a sentence reading it, the Morris ranking for a Morris design, and the files that
/// hold every run. A folder without every run of its sweep (a shard's, or a sweep not run to its
/// end) is drawn from the runs it holds, and the page says first how many are missing.
/// </summary>
public static class SweepReport
{
    private const int MaxRows = 60;

    /// <summary>
    /// Writes, from what <paramref name="sweep"/>'s folder holds, its analysis of
    /// <paramref name="kpi"/>, each file atomically: for a Morris design <c>morris.csv</c>, the
    /// charts in <c>charts/</c> and the page; returns the Morris screening (null for another
    /// design). A folder without every run of its sweep is drawn from the runs it has and says so
    /// on the page and in each chart.
    /// </summary>
    /// <exception cref="ArgumentException">No run has <paramref name="kpi"/>.</exception>
    public static IReadOnlyList<MorrisEffect>? Write(StoredSweep sweep, string kpi)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        if (!sweep.Kpis.Contains(kpi, StringComparer.Ordinal))
        {
            throw new ArgumentException($"No run of the sweep has the KPI '{kpi}'.", nameof(kpi));
        }

        var effects = sweep.Screen(kpi);
        if (effects is not null)
        {
            SweepFiles.WriteMorris(sweep.Folder, kpi, effects);
        }

        var charts = SweepCharts.WriteAll(sweep, kpi, Path.Combine(sweep.Folder, "charts"), effects);
        AtomicFile.WriteAllText(Path.Combine(sweep.Folder, RunReport.FileName), Html(sweep, kpi, charts, effects));
        return effects;
    }

    private static string Html(StoredSweep sweep, string kpi, IReadOnlyList<string> charts, IReadOnlyList<MorrisEffect>? morris)
    {
        var data = SweepData.Of(sweep, kpi);
        var html = new StringBuilder();
        string design = sweep.Design switch { DesignKind.Grid => "a grid", DesignKind.LatinHypercube => "a Latin hypercube", _ => "a Morris design" };
        string? partial = Partial(sweep);
        ReportPage.Begin(html, sweep.Name, F($"Sweep of scenario \"{sweep.BaseName}\" · {sweep.Points.Count} points ({design}) × {sweep.Replications} replications with common random numbers across points · {sweep.Years:0.##} simulated year(s) each · CorridorSim; data: data/SOURCES.md"), partial is null ? string.Empty : ".partial { color: #7a2800; font-weight: bold; }\n");
        if (partial is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"partial\">{E(partial)}</p>\n");
        }

        if (sweep.Description is { Length: > 0 } description)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(description)}</p>\n");
        }

        html.Append("<h2>What the sweep varies</h2>\n<ul>\n");
        for (int at = 0; at < sweep.Factors.Count; at++)
        {
            var f = sweep.Factors[at];
            var numbers = sweep.Points.Select(p => FactorDomain.NumberOf(p.Values[at])).ToList();
            var levels = sweep.Points.OrderBy(p => numbers.All(n => n is not null) ? FactorDomain.NumberOf(p.Values[at])!.Value : 0)
                .Select(p => p.Values[at]?.ToJsonString() ?? "null").Distinct(StringComparer.Ordinal).ToList();
            string shown = levels.Count <= 8 ? string.Join(", ", levels)
                : numbers.All(n => n is not null) ? F($"{levels.Count} values from {numbers.Min():G6} to {numbers.Max():G6}")
                : F($"{levels.Count} values");
            html.Append(CultureInfo.InvariantCulture, $"<li><strong>{E(f.Name)}</strong> at <code>{E(f.Target)}</code>: {E(shown)}</li>\n");
        }

        html.Append("</ul>\n");
        Points(html, sweep, data);
        html.Append("<h2>Charts</h2>\n");
        foreach (string chart in charts)
        {
            string svg = File.ReadAllText(Path.Combine(sweep.Folder, "charts", chart + ".svg"));
            ReportPage.Figure(html, svg, chart, F($"Chart {chart} of the sweep: {data.Label}."), Reading(chart, data, morris));
        }

        if (morris is { Count: > 0 })
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>Morris screening</h2>\n<table>\n<caption>Elementary effects on {E(data.Label.ToLowerInvariant())} per whole range of each factor, most important first; μ* with its 95 % bootstrap interval over the trajectories.</caption>\n<thead><tr><th scope=\"col\">Factor</th><th scope=\"col\">μ*</th><th scope=\"col\">Interval</th><th scope=\"col\">μ</th><th scope=\"col\">σ</th></tr></thead>\n<tbody>\n");
            foreach (var e in morris)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{E(e.Factor)}</th><td>{e.MuStar:0.###}</td><td>{e.MuStarLow:0.###}–{e.MuStarHigh:0.###}</td><td>{e.Mu:0.###}</td><td>{e.Sigma:0.###}</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append(File.Exists(Path.Combine(sweep.Folder, SweepFiles.Names[0]))
            ? F($"<h2>Files</h2>\n<p>Every run is in <code>runs.parquet</code> and <code>results.csv</code>, every point with each KPI's mean and 95 % half-width in <code>points.parquet</code> and <code>points.csv</code>; {E(SweepStore.SpecFile)} and {E(SweepStore.LogFile)} are the store a rerun resumes from.</p>\n")
            : F($"<h2>Files</h2>\n<p>The runs so far are in {E(SweepStore.LogFile)}, beside {E(SweepStore.SpecFile)}: the store a rerun resumes from. The tables of every run and every point (<code>runs.parquet</code>, <code>points.parquet</code>, <code>results.csv</code>, <code>points.csv</code>) are written when the sweep has run to its end.</p>\n"));
        ReportPage.End(html);
        return html.ToString();
    }

    private static void Points(StringBuilder html, StoredSweep sweep, SweepData data)
    {
        var factors = sweep.Factors;
        int shown = Math.Min(data.Points, MaxRows);
        html.Append(CultureInfo.InvariantCulture, $"<h2>Points</h2>\n<table>\n<caption>{E(data.Label)}: the mean over each point's replications ± the half-width of its 95 % confidence interval{(data.Points > MaxRows ? F($"; the first {MaxRows} of {data.Points} points, every one in points.csv") : string.Empty)}.</caption>\n<thead><tr><th scope=\"col\">Point</th>");
        foreach (var f in factors)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{E(f.Name)}</th>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{E(data.Label)}</th></tr></thead>\n<tbody>\n");
        var byPoint = sweep.Runs.Select(r => r.Point).Distinct().Order().ToList();
        for (int i = 0; i < shown; i++)
        {
            var point = sweep.Points[byPoint[i]];
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{point.Index}</th>");
            foreach (var value in point.Values)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td>{E(value?.ToJsonString() ?? "null")}</td>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<td>{ReportPage.Estimate(data.Means[i], data.HalfWidths[i], "0.00")}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string Reading(string chart, SweepData data, IReadOnlyList<MorrisEffect>? morris)
    {
        var finite = Enumerable.Range(0, data.Points).Where(p => double.IsFinite(data.Means[p])).ToList();
        if (finite.Count == 0)
        {
            return "No point measured the KPI.";
        }

        int low = finite.MinBy(p => data.Means[p]), high = finite.MaxBy(p => data.Means[p]);
        string At(int p) => string.Join(", ", data.Factors.Select((f, i) => F($"{f} {data.Values[i][p]:G6}")));
        return chart switch
        {
            "sweep-morris" when morris is { Count: > 0 } => F($"{morris[0].Factor} matters most (μ* {morris[0].MuStar:0.###}, interval {morris[0].MuStarLow:0.###}–{morris[0].MuStarHigh:0.###}); {morris[^1].Factor} least (μ* {morris[^1].MuStar:0.###})."),
            "sweep-tornado" => F($"Over the ranges swept, the factor on top moves {data.Label.ToLowerInvariant()} most; across all points it runs from {data.Means[low]:0.##} to {data.Means[high]:0.##}."),
            _ => F($"{data.Label} is lowest, {data.Means[low]:0.##}, at {At(low)}, and highest, {data.Means[high]:0.##}, at {At(high)}."),
        };
    }

    /// <summary>What the page says first of a folder without every run of its sweep; null when it has them all.</summary>
    private static string? Partial(StoredSweep sweep)
    {
        if (sweep.IsComplete)
        {
            return null;
        }

        int measured = sweep.Runs.Select(r => r.Point).Distinct().Count();
        string held = sweep.ShardCount > 1
            ? F($"Partial results: this folder is shard {sweep.ShardIndex}/{sweep.ShardCount} of the sweep, and holds {sweep.Runs.Count:N0} of its {sweep.TotalRuns:N0} runs ({sweep.ShareRuns:N0} are this shard's); {sweep.MissingRuns:N0} are missing.")
            : F($"Partial results: the sweep has not run to its end, and this folder holds {sweep.Runs.Count:N0} of its {sweep.TotalRuns:N0} runs; {sweep.MissingRuns:N0} are missing.");
        string points = measured < sweep.Points.Count ? F($" {sweep.Points.Count - measured:N0} of the {sweep.Points.Count:N0} points have no run yet and are left out.") : string.Empty;
        string morris = sweep.Design == DesignKind.Morris ? ", and a factor's μ* rests on fewer elementary effects" : string.Empty;
        return held + points + $" Every table, chart and figure below is drawn from the runs there are: a point with fewer replications has a wider interval{morris}.";
    }

    private static string E(string text) => ReportPage.E(text);

    private static string F(FormattableString text) => ReportPage.F(text);
}
