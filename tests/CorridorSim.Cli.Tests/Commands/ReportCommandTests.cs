using System.Text.RegularExpressions;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Commands;

/// <summary><c>run</c>, <c>compare</c> and <c>capacity</c> write report.html, a self-contained page; <c>report</c> rewrites it from the saved folder, the same.</summary>
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
        Assert.Contains($"error: {_folder}: no summary.json, compare.json, capacity.json, invest.json or sweep.json, so not a folder 'corridorsim run', 'compare', 'capacity', 'invest', 'sweep' or 'merge' wrote.", error, StringComparison.Ordinal);
        Assert.Contains("Fix: give the --out folder of a run", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_rewrites_a_comparisons_page_charts_and_each_scenarios_page_the_same()
    {
        string folder = Compare();
        string[] files = ["report.html", "charts/difference-2.svg", "1-baseline-2024/report.html", "2-caspian-storm-winter/report.html", "2-caspian-storm-winter/charts/flows.svg"];
        var written = files.Select(f => File.ReadAllBytes(Path.Combine(folder, f))).ToList();
        foreach (string file in files)
        {
            File.Delete(Path.Combine(folder, file));
        }

        var (code, output, error) = CliRunner.Run("report", folder);

        Assert.True(code == 0, error);
        Assert.Contains("each scenario's report", output, StringComparison.Ordinal);
        Assert.Equal(written, files.Select(f => File.ReadAllBytes(Path.Combine(folder, f))));
        string html = File.ReadAllText(Path.Combine(folder, "report.html"));
        Assert.Contains("<h1>What-ifs against Baseline 2024</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"2-caspian-storm-winter/report.html\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_of_a_comparison_missing_a_scenarios_results_names_the_file_and_a_fix()
    {
        string folder = Compare();
        File.Delete(Path.Combine(folder, "2-caspian-storm-winter", "summary.json"));

        var (code, _, error) = CliRunner.Run("report", folder);

        Assert.Equal(2, code);
        Assert.Contains($"error: {folder}: no 2-caspian-storm-winter/summary.json: the results of \"Caspian storm winter\" are missing.", error, StringComparison.Ordinal);
        Assert.Contains("Fix: run the comparison again", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_rewrites_a_capacity_analysis_page_and_charts_the_same()
    {
        string folder = Capacity();
        string[] files = ["report.html", "charts/capacity-throughput.svg", "charts/capacity-transit.svg"];
        var written = files.Select(f => File.ReadAllBytes(Path.Combine(folder, f))).ToList();
        File.Delete(Path.Combine(folder, "report.html"));

        var (code, _, error) = CliRunner.Run("report", folder);

        Assert.True(code == 0, error);
        Assert.Equal(written, files.Select(f => File.ReadAllBytes(Path.Combine(folder, f))));
        Assert.Contains("<h1>Capacity of Baseline 2024</h1>", File.ReadAllText(Path.Combine(folder, "report.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scenario.resolved.json", "", "no scenario.resolved.json, which the report needs", "Fix: run the capacity analysis again")]
    [InlineData("capacity.json", "{ \"scenario\": ", "a results file is not one this program wrote", "Fix: run the scenario again")]
    public void Report_of_a_capacity_analysis_with_a_file_missing_or_broken_names_it_and_a_fix(string file, string text, string message, string fix)
    {
        string folder = Capacity();
        string path = Path.Combine(folder, file);
        if (text.Length == 0)
        {
            File.Delete(path);
        }
        else
        {
            File.WriteAllText(path, text);
        }

        var (code, _, error) = CliRunner.Run("report", folder);

        Assert.Equal(2, code);
        Assert.Contains($"error: {folder}: {message}", error, StringComparison.Ordinal);
        Assert.Contains(fix, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
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

    private string Compare()
    {
        string folder = Path.Combine(_folder, "compare");
        var (code, _, error) = CliRunner.Run("compare", Path.Combine(RepositoryRoot.Path, "scenarios", "caspian-storm-winter.json"), "--years", "0.2", "-n", "2", "--out", folder, "--quiet");
        Assert.True(code == 0, error);
        return folder;
    }

    private string Capacity()
    {
        string folder = Path.Combine(_folder, "capacity");
        var (code, _, error) = CliRunner.Run("capacity", "--factors", "1,3", "--years", "0.2", "-n", "2", "--out", folder, "--quiet");
        Assert.True(code == 0, error);
        return folder;
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
