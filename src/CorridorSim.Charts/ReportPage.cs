using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CorridorSim.Model.Network;
using CorridorSim.Results;
using CorridorSim.Scenarios;
using CorridorSim.Statistics;

namespace CorridorSim.Charts;

/// <summary>
/// What every report.html shares: the page around the content (head, style sheet for screen and
/// A4), the escaping and formatting of text, charts inlined from their SVG, lists, the scenario's
/// overrides in plain words and the sources of the figures on the streams' routes.
/// </summary>
internal static partial class ReportPage
{
    /// <summary>Starts the page: the head with <paramref name="title"/> and the page's own <paramref name="css"/> after the shared style sheet, then the heading and <paramref name="lede"/> under it.</summary>
    public static void Begin(StringBuilder html, string title, string lede, string css = "")
    {
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)} — CorridorSim report</title>
            <style>{Css}{css}</style>
            </head>
            <body>
            <main>
            <h1>{E(title)}</h1>
            <p class="lede">{E(lede)}</p>

            """);
    }

    /// <summary>Ends the page.</summary>
    public static void End(StringBuilder html) => html.Append("</main>\n</body>\n</html>\n");

    /// <summary>A figure: the chart's <paramref name="svg"/> inlined under <paramref name="name"/>, described by <paramref name="alt"/>, with <paramref name="reading"/> as its caption.</summary>
    public static void Figure(StringBuilder html, string svg, string name, string alt, string reading) =>
        html.Append(CultureInfo.InvariantCulture, $"<figure>\n{Inline(svg, name, alt)}\n<figcaption>{E(reading)}</figcaption>\n</figure>\n");

    /// <summary>The scenario saved in <paramref name="folder"/>'s scenario.resolved.json, and that file's JSON (for its overrides).</summary>
    /// <exception cref="InvalidDataException">The file no longer loads (say, its network file has moved).</exception>
    public static (Scenario Scenario, JsonObject? Resolved) Load(string folder)
    {
        string path = Path.Combine(folder, "scenario.resolved.json");
        var loaded = Input.ScenarioLoader.LoadFile(path);
        var scenario = loaded.Value ?? throw new InvalidDataException($"the scenario the results came from no longer loads: {loaded.Errors[0]}");
        var resolved = JsonNode.Parse(File.ReadAllText(path), documentOptions: new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })?.AsObject();
        return (scenario, resolved);
    }

    /// <summary>A bulleted list of <paramref name="items"/>, or a paragraph saying <paramref name="none"/> when there are none.</summary>
    public static void List(StringBuilder html, IEnumerable<string> items, string? cssClass, string none)
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

    /// <summary>Each override as a sentence: "East port (node east-port): capacityTeuPerDay 768."</summary>
    public static IEnumerable<string> Overrides(Scenario scenario, JsonObject? overrides)
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

                string values = string.Join("; ", Flatten(string.Empty, properties).Select(p => $"{p.Path} {p.Value}"));
                yield return kind == "streams" ? $"Stream {id}: {values}." : $"{Element(scenario, id)}: {values}.";
            }
        }
    }

    /// <summary>
    /// An override's values in words: a nested object by its path ("weather.closuresPerMonth"), a
    /// list as its items separated by commas, text without quotes, null as "removed".
    /// </summary>
    private static IEnumerable<(string Path, string Value)> Flatten(string prefix, JsonObject properties)
    {
        foreach (var (key, value) in properties)
        {
            string path = prefix.Length == 0 ? key : $"{prefix}.{key}";
            switch (value)
            {
                case JsonObject nested when nested.Count > 0:
                    foreach (var item in Flatten(path, nested))
                    {
                        yield return item;
                    }

                    break;
                case JsonArray list:
                    yield return (path, string.Join(", ", list.Select(v => v is JsonValue text && text.TryGetValue(out string? t) ? t : v?.ToJsonString() ?? "null")));
                    break;
                case JsonValue text when text.TryGetValue(out string? t):
                    yield return (path, t);
                    break;
                case null:
                    yield return (path, "removed");
                    break;
                default:
                    yield return (path, value.ToJsonString());
                    break;
            }
        }
    }

    /// <summary>A node, link, sea area or rolling-stock pool of the scenario's network by name and id: "East port (node east-port)".</summary>
    public static string Element(Scenario scenario, string id) =>
        scenario.Network.HasNode(id) ? $"{scenario.Network.Node(id).Name} (node {id})"
        : scenario.Network.HasLink(id) ? $"{scenario.Network.Link(id).Name ?? id} (link {id})"
        : scenario.Network.SeaAreas.FirstOrDefault(a => a.Id == id) is { } area ? $"{area.Name} (sea area {id})"
        : scenario.Network.RollingStock.FirstOrDefault(r => r.Id == id) is { } pool ? $"{pool.Name} (rolling stock {id})"
        : id;

    /// <summary>The ids of the sources of the nodes and links of <paramref name="network"/> that <paramref name="streams"/>' routes use.</summary>
    public static IEnumerable<string> SourceIds(TransportNetwork network, IEnumerable<StreamResult> streams)
    {
        var used = streams.ToList();
        var nodes = used.SelectMany(s => s.Route.Concat(s.Routes?.SelectMany(r => r.Nodes) ?? [])).Distinct(StringComparer.Ordinal).Where(network.HasNode);
        var links = used.SelectMany(s => s.RouteLinks.Concat(s.Routes?.SelectMany(r => r.Links) ?? [])).Distinct(StringComparer.Ordinal).Where(network.HasLink);
        return nodes.SelectMany(n => network.Node(n).Sources).Concat(links.SelectMany(l => network.Link(l).Sources));
    }

    /// <summary>The sources section: each of <paramref name="ids"/> once, published sources first, as the built-in list describes it.</summary>
    public static void Sources(StringBuilder html, IEnumerable<string> ids) => Sources(html, ids, "back the figures of the nodes and links the streams use");

    /// <summary>The sources section, its count followed by <paramref name="backing"/> (what they back).</summary>
    public static void Sources(StringBuilder html, IEnumerable<string> ids, string backing)
    {
        var sorted = ids.Distinct(StringComparer.Ordinal)
            .OrderBy(id => id.StartsWith('S') ? 0 : 1).ThenBy(id => id.Length).ThenBy(id => id, StringComparer.Ordinal).ToList();
        html.Append(CultureInfo.InvariantCulture, $"<h2>Sources</h2>\n<p>{sorted.Count} sources {backing}; the project lists them all, with the reasoning of each estimate, in data/SOURCES.md.</p>\n<ul class=\"sources\">\n");
        foreach (string id in sorted)
        {
            string text = SourceList.BuiltIn.Describe(id) ?? "(not in the list of sources built into this program)";
            string link = SourceList.BuiltIn.Address(id) is string url ? $" <a href=\"{E(url)}\">{E(url)}</a>" : string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<li><strong>{E(id)}</strong> {E(text)}{link}</li>\n");
        }

        html.Append("</ul>\n");
    }

    /// <summary>A chart's SVG for inlining: without its XML declaration, scaled by CSS (a view box), described for screen readers, its ids made unique in the page.</summary>
    public static string Inline(string svg, string name, string alt)
    {
        svg = svg[svg.IndexOf("<svg", StringComparison.Ordinal)..];
        svg = ClipId().Replace(svg, m => $"{name}-{m.Value}");
        var size = RootSize().Match(svg);
        string box = size.Success ? $" viewBox=\"0 0 {size.Groups[1].Value} {size.Groups[2].Value}\"" : string.Empty;
        return "<svg role=\"img\" aria-label=\"" + E(alt) + "\"" + box + svg[4..];
    }

    /// <summary>The mean of <paramref name="values"/> with its 95 % half-width in <paramref name="format"/>; the value alone for one, a dash for none.</summary>
    public static string Cell(double[] values, string format)
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

    /// <summary><paramref name="mean"/> ± <paramref name="halfWidth"/> in <paramref name="format"/>; the mean alone without a half-width, a dash without a mean.</summary>
    public static string Estimate(double mean, double halfWidth, string format) =>
        !double.IsFinite(mean) ? "–"
        : !double.IsFinite(halfWidth) ? mean.ToString(format, CultureInfo.InvariantCulture)
        : F($"{mean.ToString(format, CultureInfo.InvariantCulture)} ± {halfWidth.ToString(format, CultureInfo.InvariantCulture)}");

    /// <summary><paramref name="text"/> escaped for HTML.</summary>
    public static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary><paramref name="text"/> formatted in the invariant culture.</summary>
    public static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

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
        @media print { :root { font-size: 10pt; } main { max-width: none; padding: 0; } h2 { break-after: avoid; } a { color: inherit; } .sources { columns: 2; column-gap: 8mm; font-size: 8pt; } .sources li { break-inside: avoid; } }

        """;

    [GeneratedRegex(@"\bcl_\d+\b")]
    private static partial Regex ClipId();

    [GeneratedRegex(@"^<svg[^>]*?\bwidth=""(\d+)""[^>]*?\bheight=""(\d+)""")]
    private static partial Regex RootSize();
}
