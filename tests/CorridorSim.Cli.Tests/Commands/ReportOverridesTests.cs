using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Commands;

/// <summary>A report says what its scenario changes in words: a sea area by name, a nested value by its path, a list as its items, not as raw JSON.</summary>
public sealed class ReportOverridesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-report-overrides-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_sea_area_override_reads_as_its_name_path_and_monthly_values()
    {
        string results = Path.Combine(_folder, "storm");

        var (code, _, error) = CliRunner.Run("run", Path.Combine(RepositoryRoot.Path, "scenarios", "caspian-storm-winter.json"), "--years", "0.05", "--out", results, "--quiet");

        Assert.True(code == 0, error);
        string html = File.ReadAllText(Path.Combine(results, "report.html"));
        Assert.Contains("Caspian Sea (sea area caspian): weather.closuresPerMonth 4.0, 3.0, 3.0, 1.0, 0.75, 0.3, 0.3, 0.3, 0.75, 1.0, 6.0, 6.0.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("{&quot;", html, StringComparison.Ordinal);
    }
}
