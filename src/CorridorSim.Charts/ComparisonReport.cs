using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CorridorSim.Experiments;
using CorridorSim.Output;
using CorridorSim.Scenarios;
using static CorridorSim.Charts.ReportPage;

namespace CorridorSim.Charts;

/// <summary>
/// <c>report.html</c> of a comparison's folder: one self-contained page, like a run's, with each
/// what-if's headline figures against the base (means, the paired difference with its confidence
/// half-width, the change in per cent and whether it is significant, in words), its chart with a
/// sentence reading it and its overrides in plain words; what common random numbers bought; the
/// warnings of the comparison and of each scenario; the assumptions; a link to each scenario's own
/// report; and the sources.
/// </summary>
public static class ComparisonReport
{
    private const string TableCss = """
        th[scope="rowgroup"] { text-align: left; font-weight: normal; vertical-align: top; }
        thead th { white-space: nowrap; }
        thead th.measure, td.measure { text-align: left; }
        td.yes { font-weight: bold; }
        tbody.stream tr:first-child th, tbody.stream tr:first-child td { border-top: 2px solid #b0b0b0; }
        tbody.total th, tbody.total td { font-weight: bold; }
        tbody.total tr:first-child th, tbody.total tr:first-child td { border-top: 2px solid #707070; }

        """;

    private static readonly (string Measure, string Label, string Unit, string Format, string DifferenceFormat)[] Measures =
    [
        ("deliveredTeuPerYear", "Delivered", "TEU a year", "N0", "N0"),
        ("transitMeanDays", "Mean transit", "days", "0.0", "0.00"),
        ("transitP95Days", "95th-percentile transit", "days", "0.0", "0.00"),
    ];

    /// <summary>
    /// Rewrites the report and charts of every scenario of the comparison saved in
    /// <paramref name="folder"/> (a folder <c>compare</c> wrote) in its sub-folders, redraws the
    /// comparison's charts into its <c>charts/</c> and writes its report.html, each file atomically.
    /// </summary>
    /// <exception cref="FileNotFoundException">A file of the comparison is missing; the message names it.</exception>
    /// <exception cref="System.Text.Json.JsonException">A file is not one this program wrote.</exception>
    /// <exception cref="InvalidDataException">A scenario's scenario.resolved.json no longer loads.</exception>
    public static void Write(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var comparison = ComparisonFiles.Read(folder);
        var folders = ComparisonFiles.ScenarioFolders(folder);
        var scenarios = new List<Scenario>();
        var overrides = new List<JsonObject?>();
        foreach (string sub in folders)
        {
            if (!File.Exists(Path.Combine(folder, sub, "scenario.resolved.json")))
            {
                throw new FileNotFoundException($"no {sub}/scenario.resolved.json: the scenario \"{comparison.Experiments[scenarios.Count].Scenario}\" ran is missing", Path.Combine(folder, sub, "scenario.resolved.json"));
            }

            RunReport.Write(Path.Combine(folder, sub));
            var (scenario, resolved) = Load(Path.Combine(folder, sub));
            scenarios.Add(scenario);
            overrides.Add(resolved?["overrides"] as JsonObject);
        }

        string charts = Path.Combine(folder, "charts");
        ComparisonCharts.WriteAll(comparison, charts);
        AtomicFile.WriteAllText(Path.Combine(folder, RunReport.FileName), Html(comparison, scenarios, overrides, folders, name => File.ReadAllText(Path.Combine(charts, name + ".svg"))));
    }

    /// <summary>
    /// The page for <paramref name="comparison"/> of <paramref name="scenarios"/> (base first), with
    /// their <paramref name="overrides"/> as their resolved scenarios give them, the sub-folders of
    /// their results (<paramref name="folders"/>, linked relatively) and each chart's SVG from
    /// <paramref name="svgOf"/> (by name: <c>difference-2</c> for the first what-if).
    /// </summary>
    public static string Html(ComparisonResult comparison, IReadOnlyList<Scenario> scenarios, IReadOnlyList<JsonObject?> overrides, IReadOnlyList<string> folders, Func<string, string> svgOf)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentNullException.ThrowIfNull(svgOf);
        var html = new StringBuilder();
        Begin(html, $"What-ifs against {comparison.Base.Scenario}", Lede(comparison), TableCss);
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(VarianceReduction(comparison.MedianHeadlineVarianceReduction))}</p>\n");
        html.Append("<h2>Scenarios</h2>\n<p>Each scenario's own report has its figures, charts and flow map in full.</p>\n<ul>\n");
        for (int i = 0; i < comparison.Experiments.Count; i++)
        {
            string role = i == 0 ? "the base" : "a what-if";
            string description = scenarios[i].Description is { Length: > 0 } d ? $": {d}" : ".";
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{E(Link(folders[i]))}\">{E(comparison.Experiments[i].Scenario)}</a> ({role}){E(description)}</li>\n");
        }

        html.Append("</ul>\n");
        for (int i = 1; i < comparison.Experiments.Count; i++)
        {
            WhatIf(html, comparison, i, scenarios[i], overrides[i], folders[i], svgOf);
        }

        Warnings(html, comparison);
        Assumptions(html, comparison, scenarios[0], overrides[0]);
        Sources(html, scenarios.SelectMany((s, i) => SourceIds(s.Network, comparison.Experiments[i].Runs[0].Streams)));
        End(html);
        return html.ToString();
    }

    /// <summary>The reading of what-if <paramref name="whatIf"/>'s chart: how many headline figures changed significantly and which changed most.</summary>
    public static string Reading(ComparisonResult comparison, string whatIf)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var rows = Rows(comparison, whatIf).Where(r => r.Difference.OnlyIn is null && double.IsFinite(r.Difference.RelativeDifference)).ToList();
        if (rows.Count == 0)
        {
            return "No headline figure was measured in both the base and the what-if.";
        }

        if (rows.All(r => r.Difference.Difference == 0.0 && r.Difference.HalfWidth == 0.0))
        {
            return F($"The what-if changed none of the {rows.Count} headline figures: every pair of replications gave the same, so whatever it changes did not reach these streams in the period measured.");
        }

        int significant = rows.Count(r => r.Difference.Significant);
        var (stream, label, most) = rows.MaxBy(r => Math.Abs(r.Difference.RelativeDifference));
        string change = F($"{stream}, {label.ToLowerInvariant()} ({Percent(most.RelativeDifference)}, {Signed(most.Difference, Format(most).DifferenceFormat)} ± {most.HalfWidth.ToString(Format(most).DifferenceFormat, CultureInfo.InvariantCulture)} {Format(most).Unit})");
        return significant == 0
            ? F($"None of the {rows.Count} headline figures changed significantly at the {comparison.ConfidenceLevel:P0} level; the largest change, {change}, is within its interval.")
            : F($"{significant} of the {rows.Count} headline figures changed significantly at the {comparison.ConfidenceLevel:P0} level; the largest change is {change}{(most.Significant ? "" : ", not significant")}.");
    }

    private static void WhatIf(StringBuilder html, ComparisonResult comparison, int i, Scenario scenario, JsonObject? overrides, string folder, Func<string, string> svgOf)
    {
        string name = comparison.Experiments[i].Scenario;
        html.Append(CultureInfo.InvariantCulture, $"<h2>What “{E(name)}” changes</h2>\n");
        if (scenario.Description is { Length: > 0 } description)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(description)}</p>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"""
            <table>
            <caption>Per stream and in all: the means of the base and of the what-if over {comparison.Replications} paired replications, the what-if's difference from the base ± the half-width of its {comparison.ConfidenceLevel:P0} confidence interval, the change in per cent, and whether the interval excludes zero (significant).</caption>
            <thead><tr><th scope="col">Stream</th><th scope="col" class="measure">Figure</th><th scope="col">Base</th><th scope="col">What-if</th><th scope="col">Difference</th><th scope="col">Change</th><th scope="col">Significant</th></tr></thead>

            """);
        foreach (var stream in Rows(comparison, name).GroupBy(r => r.Stream))
        {
            html.Append(stream.Key == "All containers" ? "<tbody class=\"stream total\">\n" : "<tbody class=\"stream\">\n");
            bool first = true;
            foreach (var (_, label, d) in stream)
            {
                var m = Format(d);
                string head = first ? $"<th scope=\"rowgroup\" rowspan=\"{stream.Count()}\">{E(stream.Key)}</th>" : string.Empty;
                html.Append(CultureInfo.InvariantCulture, $"<tr>{head}<td class=\"measure\">{E(label)}, {m.Unit}</td><td>{Value(d.BaseMean, m.Format)}</td><td>{Value(d.WhatIfMean, m.Format)}</td>");
                html.Append(d.OnlyIn is string only
                    ? $"<td colspan=\"3\">{(only == "base" ? "only in the base: the what-if removed the stream" : "only in the what-if: it added the stream")}</td></tr>\n"
                    : F($"<td>{E(Signed(d.Difference, m.DifferenceFormat))} ± {Value(d.HalfWidth, m.DifferenceFormat)}</td><td>{E(Percent(d.RelativeDifference))}</td><td class=\"{(d.Significant ? "yes" : "no")}\">{(d.Significant ? "yes" : "no")}</td></tr>\n"));
                first = false;
            }

            html.Append("</tbody>\n");
        }

        html.Append("</table>\n");
        string chart = F($"difference-{i + 1}");
        Figure(html, svgOf(chart), chart, F($"Forest plot of the change in per cent from the base of each headline figure of \"{name}\", with its confidence interval as an error bar; a filled marker where the change is significant, a hollow one where it is not. ") + Reading(comparison, name), Reading(comparison, name));
        html.Append("<h3>What the scenario changes in the network</h3>\n");
        List(html, Overrides(scenario, overrides), null, "Nothing: the network as published.");
        html.Append(CultureInfo.InvariantCulture, $"<p>Its own report, with every chart and the flow map: <a href=\"{E(Link(folder))}\">{E(Link(folder))}</a>.</p>\n");
    }

    private static void Warnings(StringBuilder html, ComparisonResult comparison)
    {
        html.Append("<h2>Warnings</h2>\n");
        var warnings = comparison.Warnings.Select(w => $"The comparison: {w}")
            .Concat(comparison.Experiments.SelectMany(e => e.Warnings.Select(w => $"“{e.Scenario}”: {w}")));
        List(html, warnings, "warnings", "None: the scenarios ran alike, no component saturated, the warm-up was long enough, no container was refused and every value looked to be in its unit.");
    }

    private static void Assumptions(StringBuilder html, ComparisonResult comparison, Scenario base_, JsonObject? overrides)
    {
        var info = comparison.Base.Runs[0].Info;
        html.Append("<h2>Assumptions</h2>\n<ul>\n");
        html.Append(CultureInfo.InvariantCulture, $"<li>{E(F($"{info.Years:0.##} simulated year(s) measured after {info.WarmUpDays:0} days of warm-up, which are discarded, in every scenario unless a warning says otherwise."))}</li>\n");
        html.Append(CultureInfo.InvariantCulture, $"<li>{E(F($"Common random numbers: replication i of every scenario runs with the same seed, so that its containers arrive alike and the difference of each pair of replications shows what the what-if changes more than chance. The intervals are paired Student-t intervals over the {comparison.Replications} differences, at the {comparison.ConfidenceLevel:P0} level."))}</li>\n");
        html.Append("<li>A difference is significant when its interval excludes zero. Among many figures, about one in twenty comes out significant by chance alone at the 95 % level: read a lone significant change with care.</li>\n");
        html.Append(CultureInfo.InvariantCulture, $"<li>{E(F($"The network of the base, \"{base_.Network.Name}\": {base_.Network.Nodes.Count} nodes and {base_.Network.Links.Count} links, each figure cited below; each what-if changes it as its section says."))}</li>\n");
        html.Append("</ul>\n<h3>What the base changes in the network</h3>\n");
        List(html, Overrides(base_, overrides), null, "Nothing: the network as published.");
    }

    /// <summary>The headline rows of <paramref name="whatIf"/>: per stream (base's order, then those only the what-if has) and in all, the three headline measures.</summary>
    private static List<(string Stream, string Label, KpiDifference Difference)> Rows(ComparisonResult comparison, string whatIf)
    {
        var names = comparison.Experiments.SelectMany(e => e.Runs[0].Streams).DistinctBy(s => s.Id).ToDictionary(s => $"stream:{s.Id}", s => s.Name, StringComparer.Ordinal);
        names["total"] = "All containers";
        var order = names.Keys.ToList();
        return [.. comparison.Differences
            .Where(d => d.Scenario == whatIf && names.ContainsKey(d.Component) && Measures.Any(m => m.Measure == d.Measure))
            .OrderBy(d => order.IndexOf(d.Component))
            .ThenBy(d => Array.FindIndex(Measures, m => m.Measure == d.Measure))
            .Select(d => (names[d.Component], Format(d).Label, d))];
    }

    private static (string Measure, string Label, string Unit, string Format, string DifferenceFormat) Format(KpiDifference d) => Measures.First(m => m.Measure == d.Measure);

    private static string Lede(ComparisonResult comparison)
    {
        var info = comparison.Base.Runs[0].Info;
        int whatIfs = comparison.Experiments.Count - 1;
        return F($"{whatIfs} what-if{(whatIfs == 1 ? string.Empty : "s")} against “{comparison.Base.Scenario}” · {comparison.Replications} paired replications of each scenario (seeds {info.Seed}–{comparison.Base.Runs[^1].Info.Seed}) with common random numbers · {comparison.ConfidenceLevel:P0} confidence intervals · {info.Years:0.##} simulated year(s) after {info.WarmUpDays:0} days of warm-up · CorridorSim; data: data/SOURCES.md");
    }

    /// <summary>What common random numbers bought, in words.</summary>
    private static string VarianceReduction(double median) =>
        double.IsNaN(median) ? "No headline figure varied between the paired replications, so common random numbers had no variance to reduce."
        : double.IsPositiveInfinity(median) ? "Common random numbers removed all the chance from the headline differences (median over them): each pair of replications differed by the same amount."
        : median >= 1.0 ? F($"Common random numbers made the variance of the headline differences {median:0.0} times smaller than independent runs would (median over the headline figures): an unpaired comparison would need about {median:0.0} times as many replications for intervals as narrow.")
        : F($"Common random numbers did not narrow the headline intervals this time (median variance ratio {median:0.00} against independent runs): the what-ifs change the runs too much for the pairs to stay alike.");

    private static string Link(string folder) => $"{folder}/{RunReport.FileName}";

    private static string Value(double value, string format) => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "–";

    private static string Signed(double value, string format) =>
        !double.IsFinite(value) ? "–" : value > 0 ? "+" + value.ToString(format, CultureInfo.InvariantCulture) : value < 0 ? "−" + (-value).ToString(format, CultureInfo.InvariantCulture) : value.ToString(format, CultureInfo.InvariantCulture);

    private static string Percent(double relative) => double.IsFinite(relative) ? Signed(100.0 * relative, "0.0") + "\u00a0%" : "–";
}
