using System.Globalization;
using System.Text.RegularExpressions;
using CorridorSim.Charts;
using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Output;
using CorridorSim.Results;

namespace CorridorSim.Tests;

/// <summary>A capacity analysis's report.html: a row per demand level, the saturation throughput and first bottleneck in words, both charts with readings; drawn from the saved folder.</summary>
public sealed partial class CapacityReportTests(CapacityReportTests.SavedAnalysis saved) : IClassFixture<CapacityReportTests.SavedAnalysis>
{
    [Fact]
    public void The_charts_drawn_from_the_saved_analysis_are_those_of_the_live_one()
    {
        string live = Path.Combine(saved.Folder, "live");
        CapacityCharts.WriteAll(saved.Live, live);

        foreach (string chart in new[] { CapacityReport.ThroughputChart, CapacityReport.TransitChart })
        {
            SameDrawing.Assert(File.ReadAllText(Path.Combine(live, chart + ".svg")), File.ReadAllText(Path.Combine(saved.Folder, "charts", chart + ".svg")));
        }
    }

    [Fact]
    public void The_page_has_a_row_per_level_with_saturated_components_by_name()
    {
        string html = saved.Html;

        Assert.Contains("<h1>Capacity of Baseline 2024</h1>", html, StringComparison.Ordinal);
        foreach (string heading in new[] { "Demand levels", "Charts", "Warnings", "Assumptions", "Sources" })
        {
            Assert.Contains($"<h2>{heading}</h2>", html, StringComparison.Ordinal);
        }

        foreach (var p in saved.Live.Points)
        {
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">× {p.Factor:0.##}</th><td>{p.OfferedTeuPerYear:N0}</td><td>{p.Delivered.Mean:N0} ± {p.Delivered.HalfWidth:N0}</td>"), html, StringComparison.Ordinal);
        }

        var first = saved.Live.FirstSaturated!;
        Assert.All(first.Saturated, id => Assert.Contains(System.Net.WebUtility.HtmlEncode(ComponentNames.Of(id, saved.Scenario)), html, StringComparison.Ordinal));
        Assert.DoesNotContain(first.Saturated[0], html, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"The corridor delivered at most {saved.Live.MostDeliveredTeuPerYear:N0} TEU a year"), html, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(string.Create(CultureInfo.InvariantCulture, $"The first bottleneck, saturated from × {first.Factor:0.##}")), html, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_charts_are_inline_with_a_text_alternative_and_a_reading()
    {
        var figures = Figure().Matches(saved.Html);

        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.True(f.Groups["alt"].Value.Length > 60 && f.Groups["caption"].Value.Length > 40, f.Value[..200]));
        Assert.Contains("the mean transit goes from", figures[1].Groups["caption"].Value, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<script|<link|<img|src=|url\(http|@import", saved.Html);
    }

    [GeneratedRegex(@"<figure>\s*<svg role=""img"" aria-label=""(?<alt>[^""]+)""[\s\S]*?<figcaption>(?<caption>[^<]+)</figcaption>\s*</figure>")]
    private static partial Regex Figure();

    /// <summary>The baseline at its demand and at three times it, two short replications each, saved as capacity saves it.</summary>
    public sealed class SavedAnalysis : IDisposable
    {
        public SavedAnalysis()
        {
            Live = CapacityAnalysis.Run(Scenario, [1.0, 3.0], new ExperimentOptions { Replications = 2 }, cancellationToken: TestContext.Current.CancellationToken);
            CapacityFiles.Write(Folder, Live, Scenario);
            CapacityReport.Write(Folder);
            Html = File.ReadAllText(Path.Combine(Folder, "report.html"));
        }

        public Scenarios.Scenario Scenario { get; } = ScenarioLoader.LoadBuiltIn("baseline-2024.json", years: 0.2).ValueOrThrow();

        public string Folder { get; } = Directory.CreateTempSubdirectory("corridorsim-capacity-report-").FullName;

        public CapacityResult Live { get; }

        public string Html { get; }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }
}
