using System.Globalization;
using System.Text.RegularExpressions;
using CorridorSim.Charts;
using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Output;

namespace CorridorSim.Tests;

/// <summary>A comparison's report.html: each what-if's headline table and chart, what common random numbers bought, the warnings, assumptions, links to each scenario's report and the sources; drawn from the saved folder.</summary>
public sealed partial class ComparisonReportTests(ComparisonReportTests.SavedComparison saved) : IClassFixture<ComparisonReportTests.SavedComparison>
{
    [Fact]
    public void The_chart_drawn_from_the_saved_comparison_is_that_of_the_live_one()
    {
        string live = Path.Combine(saved.Folder, "live");
        ComparisonCharts.WriteAll(saved.Live, live);

        SameDrawing.Assert(File.ReadAllText(Path.Combine(live, "difference-2.svg")), File.ReadAllText(Path.Combine(saved.Folder, "charts", "difference-2.svg")));
    }

    [Fact]
    public void The_page_has_its_sections_the_chart_inline_and_links_to_each_scenarios_report()
    {
        string html = saved.Html;

        Assert.Contains("<h1>What-ifs against Baseline 2024</h1>", html, StringComparison.Ordinal);
        foreach (string heading in new[] { "Scenarios", "What “Caspian storm winter” changes", "Warnings", "Assumptions", "Sources" })
        {
            Assert.Contains($"<h2>{heading}</h2>", html, StringComparison.Ordinal);
        }

        var figures = Figure().Matches(html);
        Assert.Single(figures);
        Assert.StartsWith("Forest plot of the change in per cent", figures[0].Groups["alt"].Value, StringComparison.Ordinal);
        Assert.Matches(@"headline figures", figures[0].Groups["caption"].Value);
        Assert.Contains("<a href=\"1-baseline-2024/report.html\">Baseline 2024</a> (the base)", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"2-caspian-storm-winter/report.html\">", html, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(saved.Folder, "2-caspian-storm-winter", "report.html")));
        Assert.Contains("Common random numbers ", html, StringComparison.Ordinal);
        Assert.Contains("weather", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<script|<link|<img|src=|url\(http|@import", html);
    }

    [Fact]
    public void The_table_gives_each_headline_figure_of_both_scenarios_its_difference_and_whether_it_is_significant_in_words()
    {
        var total = saved.Live.Differences.Single(d => d.Component == "total" && d.Measure == "deliveredTeuPerYear");
        string row = string.Create(CultureInfo.InvariantCulture, $"<td class=\"measure\">Delivered, TEU a year</td><td>{total.BaseMean:N0}</td><td>{total.WhatIfMean:N0}</td><td>");

        Assert.Contains(row, saved.Html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"rowgroup\" rowspan=\"3\">All containers</th>", saved.Html, StringComparison.Ordinal);
        int rows = saved.Live.Differences.Count(d => (d.Component == "total" || d.Component.StartsWith("stream:", StringComparison.Ordinal)) && d.Measure is "deliveredTeuPerYear" or "transitMeanDays" or "transitP95Days");
        Assert.Equal(rows, Regex.Count(saved.Html, @"<td class=""(yes|no)"">(yes|no)</td>"));
    }

    [Fact]
    public void Warnings_of_the_comparison_and_of_each_scenario_are_listed_labelled_by_where_they_come_from()
    {
        var experiments = saved.Live.Experiments.Select((e, i) => e with { Warnings = i == 1 ? ["node:east:handling saturated in 2 of 2 replications."] : [] }).ToList();
        var comparison = saved.Live with { Experiments = experiments, Warnings = ["\"Caspian storm winter\" runs 0.3 year(s)."] };

        string html = ComparisonReport.Html(comparison, saved.Scenarios, [null, null], ["1-baseline-2024", "2-caspian-storm-winter"], name => File.ReadAllText(Path.Combine(saved.Folder, "charts", name + ".svg")));

        Assert.Contains("<ul class=\"warnings\">\n<li>The comparison: &quot;Caspian storm winter&quot; runs 0.3 year(s).</li>\n<li>“Caspian storm winter”: node:east:handling saturated in 2 of 2 replications.</li>\n</ul>", html, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<figure>\s*<svg role=""img"" aria-label=""(?<alt>[^""]+)""[\s\S]*?<figcaption>(?<caption>[^<]+)</figcaption>\s*</figure>")]
    private static partial Regex Figure();

    /// <summary>A base and a what-if compared over two short replications and saved as compare saves them.</summary>
    public sealed class SavedComparison : IDisposable
    {
        private static readonly string[] Folders = ["1-baseline-2024", "2-caspian-storm-winter"];

        public SavedComparison()
        {
            var scenarios = new[] { "baseline-2024.json", "caspian-storm-winter.json" }.Select(f => ScenarioLoader.LoadBuiltIn(f, years: 0.2).ValueOrThrow()).ToList();
            Scenarios = scenarios;
            Live = Experiment.Compare(scenarios, new ExperimentOptions { Replications = 2 }, cancellationToken: TestContext.Current.CancellationToken);
            ComparisonFiles.Write(Folder, Live, Folders);
            for (int i = 0; i < scenarios.Count; i++)
            {
                RunFolder.Write(Path.Combine(Folder, Folders[i]), scenarios[i], Live.Experiments[i]);
            }

            ComparisonReport.Write(Folder);
            Html = File.ReadAllText(Path.Combine(Folder, "report.html"));
        }

        public string Folder { get; } = Directory.CreateTempSubdirectory("corridorsim-comparison-report-").FullName;

        public ComparisonResult Live { get; }

        public IReadOnlyList<Scenarios.Scenario> Scenarios { get; }

        public string Html { get; }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }
}
