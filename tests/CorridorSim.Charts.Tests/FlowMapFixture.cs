using System.Globalization;
using System.Text.RegularExpressions;
using CorridorSim.Charts;
using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Results;
using CorridorSim.Scenarios;

namespace CorridorSim.Tests;

/// <summary>A fifth of a year of the baseline, its flow map and the map's SVG, made once for the flow map tests.</summary>
public sealed partial class FlowMapFixture
{
    public FlowMapFixture()
    {
        Scenario = ScenarioLoader.LoadBuiltIn("baseline-2024.json").ValueOrThrow() with { Years = 0.2 };
        Run = ScenarioRunner.Run(Scenario, cancellationToken: TestContext.Current.CancellationToken);
        Map = FlowMap.Create(Scenario.Network, [Run], width: 1800);
        string path = Path.Combine(Path.GetTempPath(), $"corridorsim-flows-{Guid.NewGuid():N}.svg");
        Map.Save(path);
        Svg = File.ReadAllText(path);
        File.Delete(path);
    }

    public Scenario Scenario { get; }

    public RunResult Run { get; }

    public FlowMap Map { get; }

    public string Svg { get; }

    /// <summary>The SVG's stroked lines: colour, width and points in pixels, and whether they are drawn half transparent.</summary>
    public IReadOnlyList<(string Stroke, double Width, bool Translucent, IReadOnlyList<(double X, double Y)> Points)> Lines() =>
        [.. StrokedPath().Matches(Svg).Select(m => (
            m.Groups["stroke"].Value,
            Number(m.Groups["width"].Value),
            m.Groups["attributes"].Value.Contains("stroke-opacity", StringComparison.Ordinal),
            (IReadOnlyList<(double, double)>)[.. Point().Matches(m.Groups["d"].Value).Select(p => (Number(p.Groups["x"].Value), Number(p.Groups["y"].Value)))]))];

    /// <summary>The SVG's labels with a background: their text and the background's box in pixels.</summary>
    public IReadOnlyList<(string Text, double Left, double Top, double Right, double Bottom)> Labels() =>
        [.. LabelElement().Matches(Svg).Select(m =>
        {
            double left = Number(m.Groups["tx"].Value) + Number(m.Groups["x"].Value), top = Number(m.Groups["ty"].Value) + Number(m.Groups["y"].Value);
            return (System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value.Trim()), left, top, left + Number(m.Groups["w"].Value), top + Number(m.Groups["h"].Value));
        })];

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex("<path fill=\"none\" stroke=\"(?<stroke>#[0-9A-F]{3,6})\" stroke-width=\"(?<width>[0-9.]+)\"(?<attributes>[^>]*?) d=\"(?<d>[^\"]*)\"")]
    private static partial Regex StrokedPath();

    [GeneratedRegex(@"[ML](?<x>-?[0-9.]+) (?<y>-?[0-9.]+)")]
    private static partial Regex Point();

    [GeneratedRegex("<rect fill=\"white\" fill-opacity=\"[0-9.]+\" transform=\"translate\\((?<tx>-?[0-9.]+) (?<ty>-?[0-9.]+)\\)\" x=\"(?<x>-?[0-9.]+)\" y=\"(?<y>-?[0-9.]+)\" width=\"(?<w>[0-9.]+)\" height=\"(?<h>[0-9.]+)\"/>\\s*<text [^>]*>(?<text>[^<]*)</text>")]
    private static partial Regex LabelElement();
}
