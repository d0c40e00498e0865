using System.Globalization;
using System.Text.RegularExpressions;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Commands;

/// <summary>
/// Peak memory does not grow with the run length or with <c>--shipments</c>: ten years of
/// growth-2030 with every container written out stay under 170 MB, and a century of the baseline
/// near ten years. Slow (about 30 s): each run is its own process, so that its peak is its own.
/// </summary>
public sealed partial class PeakMemoryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-peak-").FullName;

    [Fact]
    [Trait("Speed", "Slow")]
    public void Ten_years_of_growth_2030_with_shipments_stay_under_170_MB_and_near_one_year_without()
    {
        int oneYear = PeakMegabytes("--years", "1");
        int tenYears = PeakMegabytes("--years", "10", "--shipments");

        // The ceiling covers the report's nine charts, drawn at the end, small multiples among them.
        Assert.True(tenYears < 170, $"ten years with shipments peaked at {tenYears} MB");
        Assert.True(tenYears < oneYear * 1.3, $"one year peaked at {oneYear} MB, ten years with shipments at {tenYears} MB");
    }

    [Fact]
    [Trait("Speed", "Slow")]
    public void A_century_of_the_baseline_peaks_less_than_half_as_high_again_as_ten_years()
    {
        // The results grow with the run (a row per week), but the files are written row by row:
        // before, timeseries.csv was built in memory and a century peaked at 2.6 times ten years.
        int tenYears = PeakMegabytesOf("baseline-2024.json", "--years", "10");
        int century = PeakMegabytesOf("baseline-2024.json", "--years", "100");

        Assert.True(century < tenYears * 1.5, $"ten years peaked at {tenYears} MB, a century at {century} MB");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private int PeakMegabytes(params string[] options) => PeakMegabytesOf("growth-2030.json", options);

    private int PeakMegabytesOf(string scenarioFile, params string[] options)
    {
        string scenario = Path.Combine(RepositoryRoot.Path, "scenarios", scenarioFile);
        var (code, output, error) = DotnetProcess.Dotnet(_folder, TimeSpan.FromMinutes(5), [Path.Combine(AppContext.BaseDirectory, "corridorsim.dll"), "run", scenario, "--out", Path.Combine(_folder, "out"), "--quiet", .. options]);
        Assert.True(code == 0, error);
        var peak = PeakLine().Match(output);
        Assert.True(peak.Success, output);
        return int.Parse(peak.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"peak memory ([\d,]+) MB")]
    private static partial Regex PeakLine();
}
