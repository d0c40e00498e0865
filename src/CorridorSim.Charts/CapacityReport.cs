using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CorridorSim.Experiments;
using CorridorSim.Output;
using CorridorSim.Scenarios;
using static CorridorSim.Charts.ReportPage;

namespace CorridorSim.Charts;

/// <summary>
/// <c>report.html</c> of a capacity analysis's folder: one self-contained page, like a run's, with
/// a row per demand level (offered, delivered, transit times with their confidence half-widths,
/// the components saturated by name), the saturation throughput and the first bottleneck in
/// words, both charts with a sentence reading each, the warnings, the assumptions and the sources.
/// </summary>
public static class CapacityReport
{
    /// <summary>The throughput chart's file name in <c>charts/</c>, without its extension.</summary>
    public const string ThroughputChart = "capacity-throughput";

    /// <summary>The transit chart's file name in <c>charts/</c>, without its extension.</summary>
    public const string TransitChart = "capacity-transit";

    /// <summary>
    /// Redraws the charts of the analysis saved in <paramref name="folder"/> (a folder
    /// <c>capacity</c> wrote: its capacity.json and scenario.resolved.json) into its <c>charts/</c>
    /// and writes its report.html, each file atomically.
    /// </summary>
    /// <exception cref="FileNotFoundException">capacity.json is missing.</exception>
    /// <exception cref="System.Text.Json.JsonException">capacity.json is not one this program wrote.</exception>
    /// <exception cref="InvalidDataException">scenario.resolved.json no longer loads.</exception>
    public static void Write(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var result = CapacityFiles.Read(folder);
        var (scenario, resolved) = Load(folder);
        string charts = Path.Combine(folder, "charts");
        CapacityCharts.WriteAll(result, charts);
        AtomicFile.WriteAllText(Path.Combine(folder, RunReport.FileName), Html(result, scenario, resolved?["overrides"] as JsonObject, name => File.ReadAllText(Path.Combine(charts, name + ".svg"))));
    }

    /// <summary>The page for <paramref name="result"/> of <paramref name="scenario"/> (the scenario whose demand was scaled), with its <paramref name="overrides"/> as the resolved scenario gives them and each chart's SVG from <paramref name="svgOf"/>.</summary>
    public static string Html(CapacityResult result, Scenario scenario, JsonObject? overrides, Func<string, string> svgOf)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(svgOf);
        var html = new StringBuilder();
        Begin(html, $"Capacity of {result.Scenario}", Lede(result, scenario), "th.saturated, td.saturated { text-align: left; white-space: normal; }\n");
        if (scenario.Description is { Length: > 0 } description)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(description)}</p>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p>{E(Finding(result))}</p>\n");
        Table(html, result);
        html.Append("<h2>Charts</h2>\n");
        Figure(html, svgOf(ThroughputChart), ThroughputChart, "Line chart of the TEU a year delivered against the TEU a year offered at each demand level, with error bars and a dashed line where everything offered is delivered. " + ThroughputReading(result), ThroughputReading(result));
        Figure(html, svgOf(TransitChart), TransitChart, "Line chart of the mean and 95th-percentile transit time of all containers against the TEU a year offered at each demand level, with error bars. " + TransitReading(result), TransitReading(result));
        html.Append("<h2>Warnings</h2>\n");
        var warnings = result.Warnings.AsEnumerable();
        if (result.FirstSaturated is { } first)
        {
            warnings = warnings.Append(F($"From × {first.Factor:0.##} on, components saturate: their queues grow for as long as the run lasts, so the transit times at those levels depend on the run's length (or, where storage is bounded, the backlogs at the origins do)."));
        }

        List(html, warnings, "warnings", "None: no component saturated at any level and every value looked to be in its unit.");
        Assumptions(html, result, scenario, overrides);
        Sources(html, SourceIds(scenario.Network, result.Streams));
        End(html);
        return html.ToString();
    }

    /// <summary>The saturation throughput and the first bottleneck, in words.</summary>
    public static string Finding(CapacityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var most = result.Points.MaxBy(p => p.Delivered.Mean)!;
        string throughput = F($"The corridor delivered at most {most.Delivered.Mean:N0} TEU a year, at × {most.Factor:0.##} ({most.OfferedTeuPerYear:N0} TEU a year offered){(result.FirstSaturated is null ? "." : ": its saturation throughput once demand is past it.")}");
        return result.FirstSaturated is { } first
            ? throughput + F($" The first bottleneck, saturated from × {first.Factor:0.##} ({first.OfferedTeuPerYear:N0} TEU a year offered): {string.Join("; ", first.Saturated.Select(result.NameOf))}.")
            : throughput + F($" No component saturated up to × {result.Points[^1].Factor:0.##} ({result.Points[^1].OfferedTeuPerYear:N0} TEU a year offered): try larger factors to find the bottleneck.");
    }

    /// <summary>The reading of the throughput chart.</summary>
    public static string ThroughputReading(CapacityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var last = result.Points[^1];
        double share = last.OfferedTeuPerYear > 0 ? last.Delivered.Mean / last.OfferedTeuPerYear : double.NaN;
        var kept = result.Points.LastOrDefault(p => p.Delivered.Mean >= 0.98 * p.OfferedTeuPerYear);
        string upTo = kept is null ? "Delivered falls short of offered at every level" : F($"Delivered keeps up with offered up to × {kept.Factor:0.##} ({kept.OfferedTeuPerYear:N0} TEU a year)");
        return F($"{upTo}; at × {last.Factor:0.##}, {last.Delivered.Mean:N0} of the {last.OfferedTeuPerYear:N0} TEU a year offered got through ({share:P0}).");
    }

    /// <summary>The reading of the transit chart.</summary>
    public static string TransitReading(CapacityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var (first, last) = (result.Points[0], result.Points[^1]);
        if (result.Points.Count == 1)
        {
            return F($"At × {first.Factor:0.##}, the mean transit is {first.TransitMeanDays.Mean:0.0} days and the 95th percentile {first.TransitP95Days.Mean:0.0} days; give more factors to see how they grow with demand.");
        }

        return F($"From × {first.Factor:0.##} to × {last.Factor:0.##}, the mean transit goes from {first.TransitMeanDays.Mean:0.0} to {last.TransitMeanDays.Mean:0.0} days and the 95th percentile from {first.TransitP95Days.Mean:0.0} to {last.TransitP95Days.Mean:0.0} days{(result.FirstSaturated is { } s ? F($"; the dashed line marks × {s.Factor:0.##}, where the first component saturates") : string.Empty)}.");
    }

    private static void Table(StringBuilder html, CapacityResult result)
    {
        html.Append(CultureInfo.InvariantCulture, $"""
            <h2>Demand levels</h2>
            <table>
            <caption>Every stream's demand × the factor; mean ± {result.ConfidenceLevel:P0} confidence half-width over {result.Replications} replications per level; transit of all containers, in days from origin to destination; components saturated in at least half of the replications, most often first.</caption>
            <thead><tr><th scope="col">Demand factor</th><th scope="col">Offered, TEU a year</th><th scope="col">Delivered, TEU a year</th><th scope="col">Mean transit</th><th scope="col">95th percentile</th><th scope="col" class="saturated">Saturated</th></tr></thead>
            <tbody>

            """);
        foreach (var p in result.Points)
        {
            string saturated = p.Saturated.Count == 0 ? "none" : string.Join("; ", p.Saturated.Select(result.NameOf));
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">× {p.Factor:0.##}</th><td>{p.OfferedTeuPerYear:N0}</td><td>{Estimate(p.Delivered.Mean, p.Delivered.HalfWidth, "N0")}</td><td>{Estimate(p.TransitMeanDays.Mean, p.TransitMeanDays.HalfWidth, "0.0")}</td><td>{Estimate(p.TransitP95Days.Mean, p.TransitP95Days.HalfWidth, "0.0")}</td><td class=\"saturated\">{E(saturated)}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Assumptions(StringBuilder html, CapacityResult result, Scenario scenario, JsonObject? overrides)
    {
        html.Append("<h2>Assumptions</h2>\n<ul>\n");
        html.Append(CultureInfo.InvariantCulture, $"<li>{E(F($"At each level, {scenario.Years:0.##} simulated year(s) measured after {scenario.WarmUpDays:0} days of warm-up, which are discarded; {result.Replications} replications (seeds {result.Seed}–{result.Seed + (ulong)Math.Max(0, result.Replications - 1)}), the same at every level (common random numbers), with {result.ConfidenceLevel:P0} Student-t intervals over them."))}</li>\n");
        html.Append(CultureInfo.InvariantCulture, $"<li>{E(F($"Every stream's demand is scaled by the same factor; its arrival pattern, seasonality and route stay as the scenario gives them ({scenario.Streams.Count} stream(s), {scenario.Streams.Sum(s => s.TeuPerYear):N0} TEU a year at × 1)."))}</li>\n");
        html.Append("<li>A component is saturated at a level when its queue grows for as long as the run lasts in at least half of the replications (arrivals above what it can pass).</li>\n");
        html.Append(CultureInfo.InvariantCulture, $"<li>{E(F($"The network \"{scenario.Network.Name}\": {scenario.Network.Nodes.Count} nodes and {scenario.Network.Links.Count} links, each figure cited below."))}</li>\n");
        html.Append("</ul>\n<h3>What the scenario changes</h3>\n");
        List(html, Overrides(scenario, overrides), null, "Nothing: the network as published.");
    }

    private static string Lede(CapacityResult result, Scenario scenario) =>
        F($"Demand scaled × {string.Join(", × ", result.Points.Select(p => p.Factor.ToString("0.##", CultureInfo.InvariantCulture)))} · {result.Replications} replications per level with common random numbers · {result.ConfidenceLevel:P0} confidence intervals · {scenario.Years:0.##} simulated year(s) after {scenario.WarmUpDays:0} days of warm-up · CorridorSim; data: data/SOURCES.md");
}
