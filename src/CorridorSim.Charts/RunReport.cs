using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CorridorSim.Output;
using CorridorSim.Results;
using CorridorSim.Scenarios;
using CorridorSim.Statistics;

namespace CorridorSim.Charts;

/// <summary>
/// <c>report.html</c> of a run's folder: one self-contained page (inline SVG and CSS, no script,
/// nothing fetched when it is viewed) with the headline table and its confidence intervals, every
/// chart with a sentence reading it, the assumptions, the warnings, the scenario's overrides in
/// plain words and the sources of the data on the streams' routes; readable on a laptop and
/// printable to A4.
/// </summary>
public static partial class RunReport
{
    /// <summary>The flow map's file name in <c>charts/</c>, without its extension.</summary>
    public const string FlowsChart = "flows";

    /// <summary>The report's file name in a results folder.</summary>
    public const string FileName = "report.html";

    /// <summary>
    /// Redraws the charts of the results saved in <paramref name="folder"/> (a folder <c>run</c>
    /// wrote) into its <c>charts/</c> and writes its report.html, each file atomically.
    /// </summary>
    /// <exception cref="InvalidDataException">The folder's scenario.resolved.json no longer loads (say, its network file has moved).</exception>
    public static void Write(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var runs = RunFolder.ReadRuns(folder);
        var loaded = Input.ScenarioLoader.LoadFile(Path.Combine(folder, "scenario.resolved.json"));
        var scenario = loaded.Value ?? throw new InvalidDataException($"the scenario the results came from no longer loads: {loaded.Errors[0]}");
        var resolved = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "scenario.resolved.json")), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true })?.AsObject();
        string charts = Path.Combine(folder, "charts");
        RunCharts.WriteAll(runs, charts);
        var routeNodes = runs[0].Streams.SelectMany(s => s.Route.Concat(s.Routes?.SelectMany(r => r.Nodes) ?? [])).Distinct(StringComparer.Ordinal).Where(scenario.Network.HasNode).Select(scenario.Network.Node).ToList();
        var area = MapArea.Around(routeNodes.Select(n => (n.Longitude, n.Latitude)));
        foreach (string extension in NetworkMap.Formats)
        {
            NetworkMap.Save(scenario.Network, runs, Path.Combine(charts, FlowsChart + extension), ChartStyle.Width, area: area);
        }

        AtomicFile.WriteAllText(Path.Combine(folder, FileName), Html(scenario, runs, resolved?["overrides"] as JsonObject, name => File.ReadAllText(Path.Combine(charts, name + ".svg"))));
    }

    /// <summary>The page for <paramref name="runs"/> of <paramref name="scenario"/>, with its <paramref name="overrides"/> as the resolved scenario gives them and each chart's SVG from <paramref name="svgOf"/>.</summary>
    public static string Html(Scenario scenario, IReadOnlyList<RunResult> runs, JsonObject? overrides, Func<string, string> svgOf)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(svgOf);
        ArgumentOutOfRangeException.ThrowIfZero(runs.Count);
        var info = runs[0].Info;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(info.Scenario)} — CorridorSim report</title>
            <style>{Css}</style>
            </head>
            <body>
            <main>
            <h1>{E(info.Scenario)}</h1>
            <p class="lede">{E(ChartStyle.Subtitle(runs))}</p>

            """);
        if (scenario.Description is { Length: > 0 } description)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(description)}</p>\n");
        }

        Headline(html, runs);
        html.Append("<h2>Charts</h2>\n");
        foreach (string name in RunCharts.Names)
        {
            string reading = ChartReadings.Reading(name, runs);
            html.Append(CultureInfo.InvariantCulture, $"<figure>\n{Inline(svgOf(name), name, ChartReadings.AltText(name, runs))}\n<figcaption>{E(reading)}</figcaption>\n</figure>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<figure>\n{Inline(svgOf(FlowsChart), FlowsChart, "Map of the corridor with each link drawn as wide as the TEU a year it carried and coloured by its utilisation where it has a capacity.")}\n<figcaption>{E(FlowsReading(runs))}</figcaption>\n</figure>\n");
        Warnings(html, runs);
        Assumptions(html, scenario, runs, overrides);
        Sources(html, scenario, runs);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string FlowsReading(IReadOnlyList<RunResult> runs)
    {
        double total = runs[0].Info.Years > 0 ? runs.Average(r => (double)r.Total.DeliveredTeu) / runs[0].Info.Years : 0.0;
        return F($"Where the {total:N0} TEU a year went: each link as wide as the TEU it carried, coloured by how much of its capacity they used (grey where it has no capacity limit); base map Natural Earth.");
    }

    private static void Headline(StringBuilder html, IReadOnlyList<RunResult> runs)
    {
        bool replicated = runs.Count > 1;
        html.Append(CultureInfo.InvariantCulture, $"""
            <h2>Headline figures</h2>
            <table>
            <caption>Per stream{(replicated ? F($", mean ± 95 % confidence half-width over {runs.Count} replications") : ", one replication")}; transit in days from origin to destination.</caption>
            <thead><tr><th scope="col">Stream</th><th scope="col">Demand, TEU a year</th><th scope="col">Delivered, TEU a year</th><th scope="col">Mean transit</th><th scope="col">Median transit</th><th scope="col">95th percentile</th></tr></thead>
            <tbody>

            """);
        double years = runs[0].Info.Years;
        for (int s = 0; s < runs[0].Streams.Count; s++)
        {
            int stream = s;
            var arrived = runs.Where(r => r.Streams[stream].DeliveredContainers > 0).ToList();
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{E(runs[0].Streams[s].Name)}</th><td>{runs[0].Streams[s].DemandTeuPerYear:N0}</td><td>{Cell([.. runs.Select(r => r.Streams[stream].DeliveredTeu / years)], "N0")}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{Cell([.. arrived.Select(r => r.Streams[stream].Transit.MeanDays)], "0.0")}</td><td>{Cell([.. arrived.Select(r => r.Streams[stream].Transit.P50Days)], "0.0")}</td><td>{Cell([.. arrived.Select(r => r.Streams[stream].Transit.P95Days)], "0.0")}</td></tr>\n");
        }

        double demand = runs[0].Streams.Sum(s => s.DemandTeuPerYear);
        html.Append(CultureInfo.InvariantCulture, $"<tr class=\"total\"><th scope=\"row\">All containers</th><td>{demand:N0}</td><td>{Cell([.. runs.Select(r => r.Total.DeliveredTeu / years)], "N0")}</td><td>{Cell([.. runs.Select(r => r.Total.Transit.MeanDays)], "0.0")}</td><td>{Cell([.. runs.Select(r => r.Total.Transit.P50Days)], "0.0")}</td><td>{Cell([.. runs.Select(r => r.Total.Transit.P95Days)], "0.0")}</td></tr>\n");
        html.Append("</tbody>\n</table>\n");
    }

    private static void Warnings(StringBuilder html, IReadOnlyList<RunResult> runs)
    {
        html.Append("<h2>Warnings</h2>\n");
        List(html, runs.SelectMany(r => r.Warnings).Distinct(StringComparer.Ordinal), "warnings", "None: no component saturated, the warm-up was long enough, no container was refused and every value looked to be in its unit.");
    }

    /// <summary>A bulleted list of <paramref name="items"/>, or a paragraph saying <paramref name="none"/> when there are none.</summary>
    private static void List(StringBuilder html, IEnumerable<string> items, string? cssClass, string none)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(none)}</p>\n");
            return;
        }

        html.Append(cssClass is null ? "<ul>\n" : $"<ul class=\"{cssClass}\">\n");
        foreach (string item in list)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{E(item)}</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void Assumptions(StringBuilder html, Scenario scenario, IReadOnlyList<RunResult> runs, JsonObject? overrides)
    {
        var info = runs[0].Info;
        html.Append("<h2>Assumptions</h2>\n<ul>\n");
        html.Append(CultureInfo.InvariantCulture, $"<li>{E(F($"{info.Years:0.##} simulated year(s) measured after {info.WarmUpDays:0} days of warm-up, which are discarded; {(runs.Count > 1 ? F($"{runs.Count} independent replications (seeds {info.Seed}–{runs[^1].Info.Seed}), with 95 % Student-t intervals over them") : F($"one replication, seed {info.Seed}: the figures carry no interval"))}."))}</li>\n");
        html.Append(CultureInfo.InvariantCulture, $"<li>{E(F($"The network \"{scenario.Network.Name}\": {scenario.Network.Nodes.Count} nodes and {scenario.Network.Links.Count} links, each figure cited below."))}</li>\n");
        html.Append(CultureInfo.InvariantCulture, $"<li>{E(F($"Demand as the table gives it, {scenario.Streams.Count} stream(s) arriving at random (Poisson) unless the scenario says otherwise."))}</li>\n");
        foreach (var closure in info.Closures)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{E(F($"{Element(scenario, closure.Target)} closed from day {closure.StartDay:0.#} to day {closure.EndDay:0.#} of the measured period."))}</li>\n");
        }

        html.Append("</ul>\n<h3>What the scenario changes</h3>\n");
        List(html, Overrides(scenario, overrides), null, "Nothing: the network as published.");
    }

    /// <summary>Each override as a sentence: "East port (node east-port): capacityTeuPerDay 768."</summary>
    private static IEnumerable<string> Overrides(Scenario scenario, JsonObject? overrides)
    {
        foreach (var (kind, elements) in overrides ?? [])
        {
            foreach (var (id, patch) in elements as JsonObject ?? [])
            {
                if (patch is not JsonObject properties)
                {
                    yield return F($"{kind} {id}: removed.");
                    continue;
                }

                string values = string.Join("; ", properties.Select(p => $"{p.Key} {p.Value?.ToJsonString() ?? "null"}"));
                yield return kind == "streams" ? $"Stream {id}: {values}." : $"{Element(scenario, id)}: {values}.";
            }
        }
    }

    private static string Element(Scenario scenario, string id) =>
        scenario.Network.HasNode(id) ? $"{scenario.Network.Node(id).Name} (node {id})"
        : scenario.Network.HasLink(id) ? $"{scenario.Network.Link(id).Name ?? id} (link {id})"
        : id;

    private static void Sources(StringBuilder html, Scenario scenario, IReadOnlyList<RunResult> runs)
    {
        var network = scenario.Network;
        var nodes = runs[0].Streams.SelectMany(s => s.Route.Concat(s.Routes?.SelectMany(r => r.Nodes) ?? [])).Distinct(StringComparer.Ordinal).Where(network.HasNode);
        var links = runs[0].Streams.SelectMany(s => s.RouteLinks.Concat(s.Routes?.SelectMany(r => r.Links) ?? [])).Distinct(StringComparer.Ordinal).Where(network.HasLink);
        var ids = nodes.SelectMany(n => network.Node(n).Sources).Concat(links.SelectMany(l => network.Link(l).Sources)).Distinct(StringComparer.Ordinal)
            .OrderBy(id => id.StartsWith('S') ? 0 : 1).ThenBy(id => id.Length).ThenBy(id => id, StringComparer.Ordinal).ToList();
        html.Append(CultureInfo.InvariantCulture, $"<h2>Sources</h2>\n<p>{ids.Count} sources back the figures of the nodes and links the streams use; the project lists them all, with the reasoning of each estimate, in data/SOURCES.md.</p>\n<ul class=\"sources\">\n");
        foreach (string id in ids)
        {
            string text = SourceList.BuiltIn.Describe(id) ?? "(not in the list of sources built into this program)";
            string link = SourceList.BuiltIn.Address(id) is string url ? $" <a href=\"{E(url)}\">{E(url)}</a>" : string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<li><strong>{E(id)}</strong> {E(text)}{link}</li>\n");
        }

        html.Append("</ul>\n");
    }

    /// <summary>A chart's SVG for inlining: without its XML declaration, scaled by CSS (a view box), described for screen readers, its ids made unique in the page.</summary>
    private static string Inline(string svg, string name, string alt)
    {
        svg = svg[svg.IndexOf("<svg", StringComparison.Ordinal)..];
        svg = ClipId().Replace(svg, m => $"{name}-{m.Value}");
        var size = RootSize().Match(svg);
        string box = size.Success ? $" viewBox=\"0 0 {size.Groups[1].Value} {size.Groups[2].Value}\"" : string.Empty;
        return "<svg role=\"img\" aria-label=\"" + E(alt) + "\"" + box + svg[4..];
    }

    private static string Cell(double[] values, string format)
    {
        if (values.Length == 0 || values.All(v => !double.IsFinite(v)))
        {
            return "–";
        }

        if (values.Length == 1)
        {
            return values[0].ToString(format, CultureInfo.InvariantCulture);
        }

        var ci = ConfidenceInterval.FromSamples(values);
        return F($"{ci.Mean.ToString(format, CultureInfo.InvariantCulture)} ± {ci.HalfWidth.ToString(format, CultureInfo.InvariantCulture)}");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private const string Css = """

        :root { color: #1a1a1a; background: #ffffff; font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; line-height: 1.45; }
        main { max-width: 62rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.9rem; margin-bottom: 0.2rem; }
        h2 { font-size: 1.35rem; margin-top: 2.2rem; border-bottom: 1px solid #d0d0d0; padding-bottom: 0.2rem; }
        h3 { font-size: 1.1rem; }
        .lede { color: #4a4a4a; margin-top: 0; }
        table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
        caption { text-align: left; color: #4a4a4a; padding-bottom: 0.4rem; }
        th, td { padding: 0.3rem 0.5rem; border-bottom: 1px solid #e0e0e0; }
        td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        th[scope="row"] { text-align: left; font-weight: normal; }
        thead th { text-align: right; border-bottom: 2px solid #707070; }
        thead th:first-child { text-align: left; }
        tr.total th, tr.total td { font-weight: bold; border-top: 2px solid #707070; }
        figure { margin: 1.5rem 0; break-inside: avoid; }
        figure svg { width: 100%; height: auto; display: block; }
        figcaption { color: #333333; margin-top: 0.3rem; }
        .warnings li { color: #7a2800; }
        .sources { font-size: 0.85rem; }
        a { color: #0b4f8a; overflow-wrap: anywhere; }
        @page { size: A4; margin: 15mm; }
        @media print { main { max-width: none; padding: 0; } h2 { break-after: avoid; } a { color: inherit; } }

        """;

    [GeneratedRegex(@"\bcl_\d+\b")]
    private static partial Regex ClipId();

    [GeneratedRegex(@"^<svg[^>]*?\bwidth=""(\d+)""[^>]*?\bheight=""(\d+)""")]
    private static partial Regex RootSize();
}
