using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Output;
using CorridorSim.Results;

namespace CorridorSim.Tests.Output;

/// <summary>A capacity analysis saves what it needs to be redrawn: its scenario as run, and its points, streams' routes and components' names, read back as written.</summary>
public sealed class CapacityFilesReadTests : IDisposable
{
    private static readonly CorridorSim.Scenarios.Scenario Baseline = ScenarioLoader.LoadBuiltIn("baseline-2024.json", years: 0.2).ValueOrThrow();

    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-capacity-read-").FullName;
    private readonly CapacityResult _result = CapacityAnalysis.Run(Baseline, [1.0, 3.0], new ExperimentOptions { Replications = 2 }, cancellationToken: TestContext.Current.CancellationToken);

    public CapacityFilesReadTests() => CapacityFiles.Write(_folder, _result, Baseline);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_saved_analysis_reads_back_as_it_was_written()
    {
        var read = CapacityFiles.Read(_folder);

        Assert.Equal(File.ReadAllText(Path.Combine(_folder, "capacity.json")), CapacityFiles.Json(read).ToJsonString(RunResultJson.Options) + "\n");
        Assert.Equal(_result.Points.Select(p => p.Factor), read.Points.Select(p => p.Factor));
        Assert.Equal(_result.Points.Select(p => p.Saturated), read.Points.Select(p => p.Saturated));
        Assert.Equal(Math.Round(_result.MostDeliveredTeuPerYear, 4), read.MostDeliveredTeuPerYear);
        Assert.Equal(_result.FirstBottleneck, read.FirstBottleneck);
        Assert.Equal((_result.Seed, _result.Replications, _result.ConfidenceLevel), (read.Seed, read.Replications, read.ConfidenceLevel));
        Assert.Equal(_result.Streams.Select(s => (s.Id, s.Name, string.Join(' ', s.Route), string.Join(' ', s.RouteLinks))), read.Streams.Select(s => (s.Id, s.Name, string.Join(' ', s.Route), string.Join(' ', s.RouteLinks))));
    }

    [Fact]
    public void Saturated_components_are_named_as_a_reader_takes_them()
    {
        var read = CapacityFiles.Read(_folder);

        Assert.NotEmpty(read.FirstBottleneck);
        Assert.All(read.FirstBottleneck, id => Assert.Equal(ComponentNames.Of(id, Baseline), read.NameOf(id)));
        Assert.All(read.FirstBottleneck, id => Assert.NotEqual(id, read.NameOf(id)));
    }

    [Fact]
    public void The_saved_scenario_loads_back_with_the_routes_the_streams_took()
    {
        var loaded = ScenarioLoader.LoadFile(Path.Combine(_folder, "scenario.resolved.json")).ValueOrThrow();

        Assert.Equal(Baseline.Name, loaded.Name);
        Assert.Equal(Baseline.Years, loaded.Years);
        Assert.Equal(_result.Streams.Select(s => s.RouteLinks), loaded.Streams.Select(s => s.Via));
    }

    [Fact]
    public void A_folder_without_capacity_json_is_named_in_the_error()
    {
        File.Delete(Path.Combine(_folder, "capacity.json"));

        var e = Assert.Throws<FileNotFoundException>(() => CapacityFiles.Read(_folder));

        Assert.Equal("no capacity.json", e.Message);
    }
}
