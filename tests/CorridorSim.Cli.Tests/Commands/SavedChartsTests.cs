using CorridorSim.Charts;
using CorridorSim.Output;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Commands;

/// <summary>The charts a run writes are those redrawn later from its saved folder, byte for byte.</summary>
public sealed class SavedChartsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-saved-charts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("1")]
    [InlineData("3")]
    public void Charts_redrawn_from_a_saved_run_equal_the_ones_it_wrote(string replications)
    {
        string run = Path.Combine(_folder, "run");
        var (code, _, error) = CliRunner.Run("run", "--years", "0.2", "-n", replications, "--out", run, "--quiet");
        Assert.True(code == 0, error);
        string redrawn = Path.Combine(_folder, "redrawn");

        RunCharts.WriteAll(RunFolder.ReadRuns(run), redrawn);

        foreach (string name in RunCharts.Names)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(run, "charts", name + ".svg")), File.ReadAllText(Path.Combine(redrawn, name + ".svg")));
            Assert.Equal(File.ReadAllBytes(Path.Combine(run, "charts", name + ".png")), File.ReadAllBytes(Path.Combine(redrawn, name + ".png")));
        }
    }
}
