using System.Globalization;
using Microsoft.Playwright;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests;

/// <summary>
/// report.html opened as a reader would, in headless Chromium (Debian's /usr/bin/chromium, driven
/// by Playwright; .ci/run installs it): it loads with no console error and no request beyond the
/// file itself, every chart is shown, the basics of accessibility hold, it prints to A4, and a
/// screenshot is saved (bin/…/artifacts/report.png) for a person to look at.
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
        // CI installs the browser (.ci/run); on a machine without it the test says so and is skipped.
        if (!File.Exists(Chromium))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") is { Length: > 0 }, $"{Chromium} is missing in CI: .ci/run installs Debian's chromium package.");
            Assert.Skip($"{Chromium} is missing: install Debian's chromium package (apt-get install chromium) to run the report's browser test.");
        }

        string results = Path.Combine(_folder, "run");
        var (code, _, error) = CliRunner.Run("run", "--years", "0.3", "-n", "2", "--out", results, "--quiet");
        Assert.True(code == 0, error);
        string url = new Uri(Path.Combine(results, "report.html")).AbsoluteUri;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
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
        // The run charts and the flow map.
        int shown = Charts.RunCharts.Names.Count + 1;
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
        foreach (string selector in new[] { "body", "p.lede", "figcaption", "caption", "td", "a" })
        {
            double contrast = await Contrast(page, selector);
            Assert.True(contrast >= 4.5, $"{selector} has a contrast of {contrast:0.0}:1 against the page, below the 4.5:1 of WCAG AA");
        }

        string artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "report.png"), FullPage = true });
        string pdf = Path.Combine(artifacts, "report.pdf");
        await page.PdfAsync(new() { Path = pdf, Format = "A4", PrintBackground = true });
        Assert.True(new FileInfo(pdf).Length > 10_000);
        Assert.StartsWith("%PDF", File.ReadAllText(pdf)[..4], StringComparison.Ordinal);
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
