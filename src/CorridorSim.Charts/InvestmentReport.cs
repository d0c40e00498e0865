using System.Globalization;
using System.Text;
using CorridorSim.Investments;
using CorridorSim.Output;
using CorridorSim.Scenarios;
using static CorridorSim.Charts.ReportPage;

namespace CorridorSim.Charts;

/// <summary>
/// <c>report.html</c> of an investment ranking's folder: one self-contained page with the
/// verdict for each criterion in words, a table per criterion (each option's mean with its
/// interval, its MCB interval and its verdict), the charts, the options and their costs, the
/// warnings, the method and the sources.
/// </summary>
public static class InvestmentReport
{
    /// <summary>The charts' file names in <c>charts/</c>, without extension, in the order of <see cref="InvestmentCriteria.All"/>.</summary>
    public static IReadOnlyList<string> Charts { get; } = [.. InvestmentCriteria.All.Select(InvestmentCharts.FileName)];

    /// <summary>
    /// Redraws the charts of the ranking saved in <paramref name="folder"/> (a folder <c>invest</c>
    /// wrote: its invest.json and scenario.resolved.json) into its <c>charts/</c> and writes its
    /// report.html, each file atomically.
    /// </summary>
    /// <exception cref="FileNotFoundException">invest.json is missing.</exception>
    /// <exception cref="System.Text.Json.JsonException">invest.json is not one this program wrote.</exception>
    /// <exception cref="InvalidDataException">scenario.resolved.json no longer loads.</exception>
    public static void Write(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var result = InvestmentFiles.Read(folder);
        var (scenario, _) = Load(folder);
        string charts = Path.Combine(folder, "charts");
        InvestmentCharts.WriteAll(result, charts);
        AtomicFile.WriteAllText(Path.Combine(folder, RunReport.FileName), Html(result, scenario, name => File.ReadAllText(Path.Combine(charts, name + ".svg"))));
    }

    /// <summary>The page for <paramref name="result"/>, its base <paramref name="scenario"/> and each chart's SVG from <paramref name="svgOf"/>.</summary>
    public static string Html(InvestmentResult result, Scenario scenario, Func<string, string> svgOf)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(svgOf);
        var html = new StringBuilder();
        Begin(html, result.Name, css: "th.saturated, td.saturated, th.name, td.name { text-align: left; white-space: normal; }\n", lede: F($"{result.Options.Count} options against \"{result.BaseScenario}\" · {result.Replications} paired replications with common random numbers · best selected at {result.ConfidenceLevel:P0} jointly (Hsu's MCB, Bonferroni) · {scenario.Years:0.##} simulated year(s) after {scenario.WarmUpDays:0} days of warm-up · CorridorSim; data: data/SOURCES.md"));
        if (result.Description is { Length: > 0 } description)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(description)}</p>\n");
        }

        html.Append("<ul>\n");
        foreach (var ranking in result.Rankings)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{E(Finding(result, ranking))}</li>\n");
        }

        html.Append("</ul>\n");
        foreach (var ranking in result.Rankings)
        {
            Table(html, result, ranking);
        }

        html.Append("<h2>Charts</h2>\n");
        foreach (var ranking in result.Rankings)
        {
            string name = InvestmentCharts.FileName(ranking.Criterion);
            ReportPage.Figure(html, svgOf(name), name, $"Forest plot of each option's {LowerFirst(InvestmentCriteria.Label(ranking.Criterion))} with its confidence interval, ranked from the top. " + Finding(result, ranking), Finding(result, ranking));
        }

        Bottlenecks(html, result);
        html.Append("<h2>Options</h2>\n");
        List(html, result.Options.Select(o => F($"{o.Name} ({o.Id}): US$ {o.CostMillionUsd:N0} million{(o.IsCombination ? ", made together" : string.Empty)}.")), null, "None.");
        html.Append("<h2>Warnings</h2>\n");
        List(html, result.Warnings, "warnings", "None.");
        html.Append("<h2>Method</h2>\n<ul>\n");
        html.Append(CultureInfo.InvariantCulture, $"<li>{E(F($"The base and every option ran {result.Replications} replications with the same seeds ({result.Seed}–{result.Seed + (ulong)Math.Max(0, result.Replications - 1)}), so that each difference is the investment's, not the weather's or the arrivals' (common random numbers)."))}</li>\n");
        html.Append(CultureInfo.InvariantCulture, $"<li>{E(F($"Transit is {result.TransitKpi} and throughput {result.ThroughputKpi}; a saving is the base's value minus the option's in the same replication, a gain the option's minus the base's; per US$ million, divided by the option's cost (transit saved in hours)."))}</li>\n");
        html.Append(CultureInfo.InvariantCulture, $"<li>{E(F($"The best is selected by Hsu's multiple comparisons with the best with Bonferroni's inequality on the paired differences (Nelson and Matejcik 1995; Hsu 1996; Law 2015, §10.4): an option is the best when its mean exceeds every other's by more than t(1 − α/(k − 1), n − 1) times the standard error of their paired difference; the contenders together contain the best with probability at least {result.ConfidenceLevel:P0}."))}</li>\n");
        if (result.Indifference.Count > 0)
        {
            string zones = string.Join("; ", result.Indifference.Select(z => F($"{LowerFirst(InvestmentCriteria.Label(z.Key))} {z.Value:G4} {InvestmentCriteria.Unit(z.Key)}")));
            html.Append(CultureInfo.InvariantCulture, $"<li>{E(F($"Two stages (Nelson and Matejcik 1995, with Bonferroni's inequality): {result.FirstStageReplications} replications first; from their paired differences, N = max(n0, ⌈max (t · S(i, j) / δ)²⌉) with t = t(1 − α/(k − 1), n0 − 1), and every option and the base were brought to N = {result.Replications}. For the criteria with an indifference zone δ ({zones}), the option of the largest mean is selected: it is the best with probability at least {result.ConfidenceLevel:P0} whenever the best is at least δ better than every other, and each option's interval against the best is its distance from the best of the others ± δ."))}</li>\n");
        }

        html.Append("</ul>\n");
        Sources(html, result.Options.SelectMany(o => o.Sources), "back the options' costs and what they change");
        End(html);
        return html.ToString();
    }

    /// <summary>The verdict of <paramref name="ranking"/> in words.</summary>
    public static string Finding(InvestmentResult result, InvestmentRanking ranking)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(ranking);
        string label = InvestmentCriteria.Label(ranking.Criterion);
        string unit = InvestmentCriteria.Unit(ranking.Criterion);
        var top = ranking.Ranks[0];
        string format = InvestmentCriteria.NumberFormat(ranking.Criterion);
        if (ranking.Indifference is double delta)
        {
            return F($"{label}: {result.Option(top.Option).Name} is selected, {Number(top.Mean, format)} {unit} ({Number(top.Lower, format)} to {Number(top.Upper, format)}): it is the best with probability at least {ranking.ConfidenceLevel:P0} if the best is at least {delta:G4} {unit} better than every other (Nelson and Matejcik's two-stage selection, {result.FirstStageReplications} then {result.Replications} replications).");
        }

        if (ranking.Best is string best)
        {
            var r = ranking.Ranks.First(x => x.Option == best);
            return F($"{label}: {result.Option(best).Name} is the best at {ranking.ConfidenceLevel:P0} jointly, {Number(r.Mean, format)} {unit} ({Number(r.Lower, format)} to {Number(r.Upper, format)}).");
        }

        return F($"{label}: the replications do not separate {string.Join(", ", ranking.Contenders.Select(c => result.Option(c).Name))} at {ranking.ConfidenceLevel:P0}; {result.Option(top.Option).Name} has the largest mean, {Number(top.Mean, format)} {unit}.");
    }

    /// <summary>Where the bottleneck moves: the components saturated without the investments and with each option.</summary>
    private static void Bottlenecks(StringBuilder html, InvestmentResult result)
    {
        var none = result.Saturated.GetValueOrDefault(InvestmentFiles.BaseOption) ?? [];
        html.Append(CultureInfo.InvariantCulture, $"""
            <h2>Where the corridor jams</h2>
            <table>
            <caption>Components saturated (queues growing for as long as the run lasts) in at least half of the replications: without the investments, and what each option changes.</caption>
            <thead><tr><th scope="col">Option</th><th scope="col" class="saturated">Saturated</th></tr></thead>
            <tbody>
            <tr><th scope="row">{E(result.BaseScenario)} (nothing built)</th><td class="saturated">{E(none.Count == 0 ? "none" : string.Join(", ", none))}</td></tr>

            """);
        foreach (var option in result.Options)
        {
            var (relieved, added) = result.SaturationChange(option.Id);
            string change = relieved.Count + added.Count == 0 ? "as without the investments" : string.Join("; ", new[] { relieved.Count > 0 ? "relieves " + string.Join(", ", relieved) : null, added.Count > 0 ? "saturates " + string.Join(", ", added) : null }.OfType<string>());
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{E(option.Name)}</th><td class=\"saturated\">{E(change)}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Table(StringBuilder html, InvestmentResult result, InvestmentRanking ranking)
    {
        string format = InvestmentCriteria.NumberFormat(ranking.Criterion);
        html.Append(CultureInfo.InvariantCulture, $"""
            <h2>{E(InvestmentCriteria.Label(ranking.Criterion))}</h2>
            <table>
            <caption>{E(F($"{InvestmentCriteria.Unit(ranking.Criterion)}; mean over {result.Replications} paired replications with its {ranking.ConfidenceLevel:P0} interval against doing nothing; \"against the best\": the option minus the best of the others, all options' intervals jointly at {ranking.ConfidenceLevel:P0}."))}</caption>
            <thead><tr><th scope="col">Rank</th><th scope="col" class="name">Option</th><th scope="col">US$ million</th><th scope="col">Mean</th><th scope="col">Interval</th><th scope="col">Against the best</th><th scope="col">Verdict</th></tr></thead>
            <tbody>

            """);
        foreach (var r in ranking.Ranks)
        {
            var option = result.Option(r.Option);
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{r.Rank}</th><td class=\"name\">{E(option.Name)}</td><td>{option.CostMillionUsd:N0}</td><td>{Number(r.Mean, format)}</td><td>{Number(r.Lower, format)} to {Number(r.Upper, format)}</td><td>{Number(r.BestLower, format)} to {Number(r.BestUpper, format)}</td><td>{InvestmentFiles.Verdict(r)}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string LowerFirst(string text) => char.ToLowerInvariant(text[0]) + text[1..];

    private static string Number(double value, string format) => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "–";
}
