using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Output;
using CorridorSim.Results;

namespace CorridorSim.Tests.Results;

/// <summary>summary.json reads back into the same <see cref="RunResult"/>.</summary>
public sealed class RunResultJsonTests
{
    private static readonly RunResult Run = ScenarioRunner.Run(ScenarioLoader.LoadBuiltIn().ValueOrThrow() with { Years = 0.2 }, 3);

    [Fact]
    public void A_result_read_back_from_summary_json_writes_the_same_bytes()
    {
        string json = RunResultJson.Write(Run);

        var read = RunResultJson.Read(json);

        Assert.Equal(json, RunResultJson.Write(read));
        Assert.Equal(RunResultJson.Write(Run, indented: false), RunResultJson.Write(read, indented: false));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_result_written_to_a_stream_has_the_bytes_of_its_text_and_reads_back(bool indented)
    {
        using var stream = new MemoryStream();

        RunResultJson.Write(stream, Run, indented);
        stream.Position = 0;
        var read = RunResultJson.Read(stream);

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(RunResultJson.Write(Run, indented)), stream.ToArray());
        Assert.Equal(RunResultJson.Write(Run, indented), RunResultJson.Write(read, indented));
    }

    [Fact]
    public void A_result_read_back_keeps_its_figures_to_four_decimals()
    {
        var read = RunResultJson.Read(RunResultJson.Write(Run));

        Assert.Equal(Run.Info, read.Info with { Closures = Run.Info.Closures });
        Assert.Equal(Run.Streams.Count, read.Streams.Count);
        Assert.Equal(Run.Streams[0].Transit.MeanDays, read.Streams[0].Transit.MeanDays, 4);
        Assert.Equal(Run.Streams[0].WeeklyTeu, read.Streams[0].WeeklyTeu);
        Assert.Equal(Run.Streams[0].ContainersByTransitDay, read.Streams[0].ContainersByTransitDay);
        Assert.Equal(Run.Cargo, read.Cargo);
        Assert.Equal(RunKpis.Of(Run).Select(k => k.Key), RunKpis.Of(read).Select(k => k.Key));
    }

    [Fact]
    public void A_measure_with_nothing_measured_is_written_as_null_and_read_as_nan()
    {
        var read = RunResultJson.Read(RunResultJson.Write(Run));

        // No container leaves in December in a run of March and April.
        Assert.True(double.IsNaN(Run.Streams[0].TransitDaysByDepartureMonth[11]));
        Assert.True(double.IsNaN(read.Streams[0].TransitDaysByDepartureMonth[11]));
    }

    [Fact]
    public void An_experiment_folder_reads_back_its_replications()
    {
        var scenario = ScenarioLoader.LoadBuiltIn().ValueOrThrow() with { Years = 0.1 };
        var experiment = Experiment.Replicate(scenario, new ExperimentOptions { Replications = 3 }, cancellationToken: TestContext.Current.CancellationToken);
        string folder = Path.Combine(Path.GetTempPath(), $"corridorsim-folder-{Guid.NewGuid():N}");
        try
        {
            RunFolder.Write(folder, scenario, experiment);

            var runs = RunFolder.ReadRuns(folder);

            Assert.Equal(3, runs.Count);
            Assert.Equal(ResultCsv.Replications(experiment.Runs), ResultCsv.Replications(runs));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
