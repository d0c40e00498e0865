using System.Globalization;
using Microsoft.Playwright;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests;

/// <summary>
/// report.html opened as a reader would, in headless Chromium (Debian's /usr/bin/chromium, driven
/// by Playwright; .ci/run installs it): it loads with no console error and no request beyond the
/// file itself, every chart is shown, the basics of accessibility hold, it prints to A4, and a
/// screenshot is saved (bin/…/artifacts/report.png) for a person to look at; the same for the
/// reports of a comparison (comparison-report.png), a capacity analysis (capacity-report.png) and
/// an investment ranking (invest-report.png).
/// </summary>
public sealed class ReportBrowserTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-browser-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    [Trait("Speed", "Slow")]
    public async Task The_report_opens_in_a_browser_with_every_chart_shown_nothing_fetched_and_no_error()
    {
        SkipWithoutChromium();
        string results = Path.Combine(_folder, "run");
        var (code, _, error) = CliRunner.Run("run", "--years", "0.3", "-n", "2", "--out", results, "--quiet");
        Assert.True(code == 0, error);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        // The run charts and the flow map.
        var page = await Open(browser, results, Charts.RunCharts.Names.Count + 1, "report");

        foreach (string selector in new[] { "body", "p.lede", "figcaption", "caption", "td", "a" })
        {
            double contrast = await Contrast(page, selector);
            Assert.True(contrast >= 4.5, $"{selector} has a contrast of {contrast:0.0}:1 against the page, below the 4.5:1 of WCAG AA");
        }

        string pdf = Path.Combine(Artifacts, "report.pdf");
        await page.PdfAsync(new() { Path = pdf, Format = "A4", PrintBackground = true });
        Assert.True(new FileInfo(pdf).Length > 10_000);
        Assert.StartsWith("%PDF", File.ReadAllText(pdf)[..4], StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Speed", "Slow")]
    public async Task The_comparison_report_opens_in_a_browser_with_its_chart_shown_and_links_to_each_scenarios_report()
    {
        SkipWithoutChromium();
        string results = Path.Combine(_folder, "compare");
        var (code, _, error) = CliRunner.Run("compare", Path.Combine(RepositoryRoot.Path, "scenarios", "caspian-storm-winter.json"), "--years", "0.2", "-n", "2", "--out", results, "--quiet");
        Assert.True(code == 0, error);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var page = await Open(browser, results, 1, "comparison-report");

        var links = await page.Locator("a[href$='report.html']").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        Assert.Equal(2, links.Distinct().Count());
        Assert.All(links, link => Assert.True(File.Exists(new Uri(link).LocalPath), $"{link} is not there"));
        Assert.True(await page.Locator("td.yes, td.no").CountAsync() >= 3);
        double contrast = await Contrast(page, "td");
        Assert.True(contrast >= 4.5, $"td has a contrast of {contrast:0.0}:1");
    }

    [Fact]
    [Trait("Speed", "Slow")]
    public async Task The_capacity_report_opens_in_a_browser_with_both_charts_shown_nothing_fetched_and_no_error()
    {
        SkipWithoutChromium();
        string results = Path.Combine(_folder, "capacity");
        var (code, _, error) = CliRunner.Run("capacity", "--factors", "1,3", "--years", "0.2", "-n", "2", "--out", results, "--quiet");
        Assert.True(code == 0, error);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var page = await Open(browser, results, 2, "capacity-report");

        Assert.Equal(2, await page.Locator("tbody tr").CountAsync());
    }

    [Fact]
    [Trait("Speed", "Slow")]
    public async Task The_investment_report_opens_in_a_browser_with_a_chart_per_criterion_and_a_table_of_bottlenecks()
    {
        SkipWithoutChromium();
        string spec = Path.Combine(_folder, "invest.json");
        File.WriteAllText(spec, """
            {
              "name": "Two candidates", "years": 0.2, "replications": 2,
              "candidates": [
                { "id": "port", "name": "Port", "costMillionUsd": 400, "overrides": { "nodes": { "alat": { "capacityTeuPerDay": 1370 } } } },
                { "id": "ships", "name": "Ships", "costMillionUsd": 168, "overrides": { "links": { "aktau-alat-feeder": { "fleet": 12 } } } }
              ]
            }
            """);
        string results = Path.Combine(_folder, "invest");
        var (code, _, error) = CliRunner.Run("invest", spec, "--out", results, "--quiet");
        Assert.True(code == 0, error);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var page = await Open(browser, results, 4, "invest-report");

        // Four ranking tables and the table of where the corridor jams: the base and each option.
        Assert.Equal(5, await page.Locator("table").CountAsync());
        Assert.Equal(3, await page.Locator("table").Last.Locator("tbody tr").CountAsync());
        double contrast = await Contrast(page, "td");
        Assert.True(contrast >= 4.5, $"td has a contrast of {contrast:0.0}:1");
    }

    private static string Artifacts => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    // CI installs the browser (.ci/run); on a machine without it the test says so and is skipped.
    private static void SkipWithoutChromium()
    {
        if (!File.Exists(Chromium))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") is { Length: > 0 }, $"{Chromium} is missing in CI: .ci/run installs Debian's chromium package.");
            Assert.Skip($"{Chromium} is missing: install Debian's chromium package (apt-get install chromium) to run the report's browser test.");
        }
    }

    private static Task<IBrowser> Launch(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });

    /// <summary>
    /// Opens <paramref name="results"/>' report.html and checks it as a reader would meet it: no
    /// console error, nothing fetched beyond the file, <paramref name="shown"/> charts each visible
    /// at a readable size with a role and a text alternative, one heading, a language; saves a
    /// screenshot as artifacts/<paramref name="screenshot"/>.png.
    /// </summary>
    private static async Task<IPage> Open(IBrowser browser, string results, int shown, string screenshot)
    {
        string url = new Uri(Path.Combine(results, "report.html")).AbsoluteUri;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var problems = new List<string>();
        var requests = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, message) => problems.Add(message);
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });

        Assert.Empty(problems);
        Assert.Equal([url], requests);
        var charts = page.Locator("figure > svg");
        Assert.Equal(shown, await charts.CountAsync());
        for (int i = 0; i < shown; i++)
        {
            var chart = charts.Nth(i);
            Assert.True(await chart.IsVisibleAsync());
            var box = await chart.BoundingBoxAsync();
            Assert.True(box is { Width: > 800, Height: > 250 }, $"chart {i + 1} is drawn {box?.Width} × {box?.Height} px");
            Assert.False(string.IsNullOrWhiteSpace(await chart.GetAttributeAsync("aria-label")));
            Assert.Equal("img", await chart.GetAttributeAsync("role"));
        }

        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, screenshot + ".png"), FullPage = true });
        return page;
    }

    /// <summary>The WCAG contrast ratio of the first <paramref name="selector"/>'s text colour against the page's white.</summary>
    private static async Task<double> Contrast(IPage page, string selector)
    {
        string color = await page.Locator(selector).First.EvaluateAsync<string>("e => getComputedStyle(e).color");
        double[] rgb = [.. color[(color.IndexOf('(', StringComparison.Ordinal) + 1)..color.IndexOf(')', StringComparison.Ordinal)].Split(',').Take(3).Select(v => double.Parse(v, CultureInfo.InvariantCulture) / 255.0)];
        double Linear(double c) => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        double luminance = (0.2126 * Linear(rgb[0])) + (0.7152 * Linear(rgb[1])) + (0.0722 * Linear(rgb[2]));
        return 1.05 / (luminance + 0.05);
    }
}
