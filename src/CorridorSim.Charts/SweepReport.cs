using System.Globalization;
using System.Text;
using CorridorSim.Output;
using CorridorSim.Sweeps;

namespace CorridorSim.Charts;

/// <summary>
/// <c>report.html</c> of a whole sweep: what it varied and how, a table of its points with the
/// KPI's mean and 95 % interval (the first 60 when there are more), every sweep chart with a
/// sentence reading it, the Morris ranking for a Morris design, and the files that hold every run.
/// </summary>
public static class SweepReport
{
    private const int MaxRows = 60;

    /// <summary>Writes the page of <paramref name="outcome"/> for <paramref name="kpi"/> into <paramref name="folder"/>, its charts (<paramref name="charts"/>, in <c>charts/</c>) inlined, atomically.</summary>
    public static void Write(string folder, SweepOutcome outcome, string kpi, IReadOnlyList<string> charts, IReadOnlyList<MorrisEffect>? morris)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(charts);
        var data = SweepData.Of(outcome, kpi);
        var spec = outcome.Spec;
        var html = new StringBuilder();
        string design = spec.Design.Kind switch { DesignKind.Grid => "a grid", DesignKind.LatinHypercube => "a Latin hypercube", _ => "a Morris design" };
        ReportPage.Begin(html, spec.Name, F($"Sweep of scenario \"{spec.Base.Name}\" · {outcome.Points.Count} points ({design}) × {spec.Replications} replications with common random numbers across points · {spec.Base.Years:0.##} simulated year(s) each · CorridorSim; data: data/SOURCES.md"));
        if (spec.Description is { Length: > 0 } description)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(description)}</p>\n");
        }

        html.Append("<h2>What the sweep varies</h2>\n<ul>\n");
        foreach (var f in spec.Factors)
        {
            int at = spec.Factors.ToList().IndexOf(f);
            var numbers = outcome.Points.Select(p => FactorDomain.NumberOf(p.Values[at])).ToList();
            var levels = outcome.Points.OrderBy(p => numbers.All(n => n is not null) ? FactorDomain.NumberOf(p.Values[at])!.Value : 0)
                .Select(p => p.Values[at]?.ToJsonString() ?? "null").Distinct(StringComparer.Ordinal).ToList();
            string shown = levels.Count <= 8 ? string.Join(", ", levels)
                : numbers.All(n => n is not null) ? F($"{levels.Count} values from {numbers.Min():G6} to {numbers.Max():G6}")
                : F($"{levels.Count} values");
            html.Append(CultureInfo.InvariantCulture, $"<li><strong>{E(f.Name)}</strong> at <code>{E(f.Target)}</code>: {E(shown)}</li>\n");
        }

        html.Append("</ul>\n");
        Points(html, outcome, data);
        html.Append("<h2>Charts</h2>\n");
        foreach (string chart in charts)
        {
            string svg = File.ReadAllText(Path.Combine(folder, "charts", chart + ".svg"));
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

        html.Append(CultureInfo.InvariantCulture, $"<h2>Files</h2>\n<p>Every run is in <code>runs.parquet</code> and <code>results.csv</code>, every point with each KPI's mean and 95 % half-width in <code>points.parquet</code> and <code>points.csv</code>; {E(SweepStore.SpecFile)} and {E(SweepStore.LogFile)} are the store a rerun resumes from.</p>\n");
        ReportPage.End(html);
        AtomicFile.WriteAllText(Path.Combine(folder, RunReport.FileName), html.ToString());
    }

    private static void Points(StringBuilder html, SweepOutcome outcome, SweepData data)
    {
        var factors = outcome.Spec.Factors;
        int shown = Math.Min(data.Points, MaxRows);
        html.Append(CultureInfo.InvariantCulture, $"<h2>Points</h2>\n<table>\n<caption>{E(data.Label)}: the mean over each point's replications ± the half-width of its 95 % confidence interval{(data.Points > MaxRows ? F($"; the first {MaxRows} of {data.Points} points, every one in points.csv") : string.Empty)}.</caption>\n<thead><tr><th scope=\"col\">Point</th>");
        foreach (var f in factors)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{E(f.Name)}</th>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{E(data.Label)}</th></tr></thead>\n<tbody>\n");
        var byPoint = outcome.Runs.Select(r => r.Point).Distinct().Order().ToList();
        for (int i = 0; i < shown; i++)
        {
            var point = outcome.Points[byPoint[i]];
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

    private static string E(string text) => ReportPage.E(text);

    private static string F(FormattableString text) => ReportPage.F(text);
}
