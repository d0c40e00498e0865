using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CorridorSim.Output;
using CorridorSim.Results;
using CorridorSim.Scenarios;
using static CorridorSim.Charts.ReportPage;

namespace CorridorSim.Charts;

/// <summary>
/// <c>report.html</c> of a run's folder: one self-contained page (inline SVG and CSS, no script,
/// nothing fetched when it is viewed) with the headline table and its confidence intervals, every
/// chart with a sentence reading it, the assumptions, the warnings, the scenario's overrides in
/// plain words and the sources of the data on the streams' routes; readable on a laptop and
/// printable to A4.
/// </summary>
public static class RunReport
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
        var (scenario, resolved) = ReportPage.Load(folder);
        string charts = Path.Combine(folder, "charts");
        RunCharts.WriteAll(runs, charts);
        var routeNodes = runs[0].Streams.SelectMany(s => s.Route.Concat(s.Routes?.SelectMany(r => r.Nodes) ?? [])).Distinct(StringComparer.Ordinal).Where(scenario.Network.HasNode).Select(scenario.Network.Node).ToList();
        var area = MapArea.Around(routeNodes.Select(n => (n.Longitude, n.Latitude)));
        var map = FlowMap.Create(scenario.Network, runs, area, (int)Math.Round(ChartStyle.Width / ChartStyle.Scale));
        foreach (string extension in NetworkMap.Formats)
        {
            map.Save(Path.Combine(charts, FlowsChart + extension), ChartStyle.Scale);
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
        var html = new StringBuilder();
        ReportPage.Begin(html, runs[0].Info.Scenario, ChartStyle.Subtitle(runs));
        if (scenario.Description is { Length: > 0 } description)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(description)}</p>\n");
        }

        Headline(html, runs);
        html.Append("<h2>Charts</h2>\n");
        foreach (string name in RunCharts.Names)
        {
            ReportPage.Figure(html, svgOf(name), name, ChartReadings.AltText(name, runs), ChartReadings.Reading(name, runs));
        }

        ReportPage.Figure(html, svgOf(FlowsChart), FlowsChart, "Map of the corridor with each link drawn as wide as the TEU a year it carried and coloured by its utilisation where it has a capacity.", FlowsReading(runs));
        Warnings(html, runs);
        Assumptions(html, scenario, runs, overrides);
        ReportPage.Sources(html, ReportPage.SourceIds(scenario.Network, runs[0].Streams));
        ReportPage.End(html);
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
}
