using System.Text.RegularExpressions;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Commands;

/// <summary><c>run</c> writes report.html, a self-contained page; <c>report</c> rewrites it from the saved folder, the same.</summary>
public sealed partial class ReportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_replicated_run_writes_a_self_contained_report_with_its_table_charts_and_sources()
    {
        string html = Run("3");

        Assert.Contains("<h1>Baseline 2024</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">China → Baku</th><td>21,000</td><td>", html, StringComparison.Ordinal);
        Assert.Matches(@"<tr class=""total""><th scope=""row"">All containers</th><td>55,000</td><td>[\d,]+ ± [\d,]+</td>", html);
        Assert.Equal(Charts.RunCharts.Names.Count + 1, Figure().Count(html));
        Assert.All(Figure().Matches(html), m => Assert.True(m.Groups["alt"].Value.Length > 40 && m.Groups["caption"].Value.Length > 40, m.Value[..200]));
        foreach (string heading in new[] { "Headline figures", "Charts", "Warnings", "Assumptions", "Sources" })
        {
            Assert.Contains($"<h2>{heading}</h2>", html, StringComparison.Ordinal);
        }

        // Nothing fetched at view time, nothing run: no script, no stylesheet or image by address.
        Assert.DoesNotMatch(@"<script|<link|<img|src=|url\(http|@import", html);
        var clipIds = ClipId().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(clipIds);
        Assert.Equal(clipIds.Count, clipIds.Distinct().Count());
        Assert.Contains("@page { size: A4;", html, StringComparison.Ordinal);
        Assert.Matches(@"<li><strong>S\d+</strong> [^<(]+ — [^<]+, [^<]+ <a href=""https?://", html);
        Assert.DoesNotContain("not in the list of sources", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_rewrites_the_saved_runs_page_and_charts_the_same()
    {
        string written = Run("1");
        string folder = Path.Combine(_folder, "run");
        File.Delete(Path.Combine(folder, "report.html"));

        var (code, output, error) = CliRunner.Run("report", folder);

        Assert.True(code == 0, error);
        Assert.Contains("Wrote ", output, StringComparison.Ordinal);
        Assert.Equal(written, File.ReadAllText(Path.Combine(folder, "report.html")));
    }

    [Fact]
    public void Report_of_a_folder_no_run_wrote_says_so_and_how_to_fix_it()
    {
        var (code, _, error) = CliRunner.Run("report", _folder);

        Assert.Equal(2, code);
        Assert.Contains($"error: {_folder}: no summary.json, so not a folder 'corridorsim run' wrote.", error, StringComparison.Ordinal);
        Assert.Contains("Fix: give the --out folder of a run", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_of_a_run_whose_scenario_no_longer_loads_names_the_problem_without_a_trace()
    {
        Run("1");
        string folder = Path.Combine(_folder, "run");
        string resolved = Path.Combine(folder, "scenario.resolved.json");
        File.WriteAllText(resolved, File.ReadAllText(resolved).Replace("\"name\": \"Baseline 2024\"", "\"name\": \"Baseline 2024\", \"bogus\": 1", StringComparison.Ordinal));

        var (code, _, error) = CliRunner.Run("report", folder);

        Assert.Equal(2, code);
        Assert.Contains("the scenario the results came from no longer loads: ", error, StringComparison.Ordinal);
        Assert.Contains("unknown property \"bogus\"", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private string Run(string replications)
    {
        string folder = Path.Combine(_folder, "run");
        var (code, _, error) = CliRunner.Run("run", "--years", "0.2", "-n", replications, "--out", folder, "--quiet");
        Assert.True(code == 0, error);
        return File.ReadAllText(Path.Combine(folder, "report.html"));
    }

    [GeneratedRegex(@"<figure>\s*<svg role=""img"" aria-label=""(?<alt>[^""]+)""[\s\S]*?<figcaption>(?<caption>[^<]+)</figcaption>\s*</figure>")]
    private static partial Regex Figure();

    [GeneratedRegex(@"<clipPath id=""([^""]+)""")]
    private static partial Regex ClipId();
}
