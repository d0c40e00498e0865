using System.Text.Json.Nodes;
using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Output;
using CorridorSim.Results;

namespace CorridorSim.Tests.Output;

/// <summary>A comparison saved by compare reads back from its folder as it was written, each scenario's runs from its sub-folder.</summary>
public sealed class ComparisonFilesReadTests : IDisposable
{
    private static readonly string[] Folders = ["1-baseline-2024", "2-caspian-storm-winter"];

    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-compare-read-").FullName;
    private readonly ComparisonResult _comparison;

    public ComparisonFilesReadTests()
    {
        var scenarios = new[] { "baseline-2024.json", "caspian-storm-winter.json" }.Select(f => ScenarioLoader.LoadBuiltIn(f, years: 0.2).ValueOrThrow()).ToList();
        _comparison = Experiment.Compare(scenarios, new ExperimentOptions { Replications = 2 }, cancellationToken: TestContext.Current.CancellationToken);
        ComparisonFiles.Write(_folder, _comparison, Folders);
        for (int i = 0; i < scenarios.Count; i++)
        {
            RunFolder.Write(Path.Combine(_folder, Folders[i]), scenarios[i], _comparison.Experiments[i]);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_saved_comparison_reads_back_with_the_same_differences_scenarios_and_runs()
    {
        var read = ComparisonFiles.Read(_folder);

        Assert.Equal(File.ReadAllText(Path.Combine(_folder, "compare.json")), ComparisonFiles.Json(read, Folders).ToJsonString(RunResultJson.Options) + "\n");
        Assert.Equal(_comparison.Experiments.Select(e => e.Scenario), read.Experiments.Select(e => e.Scenario));
        Assert.Equal(_comparison.Base.Runs.Select(r => r.Info.Seed), read.Base.Runs.Select(r => r.Info.Seed));
        Assert.Equal(_comparison.Replications, read.Replications);
        Assert.Equal(_comparison.Experiments.Select(e => e.Warnings), read.Experiments.Select(e => e.Warnings));
        Assert.Equal(_comparison.Differences.Count, read.Differences.Count);
        for (int i = 0; i < read.Differences.Count; i++)
        {
            var (live, saved) = (_comparison.Differences[i], read.Differences[i]);
            Assert.Equal(live.Key, saved.Key);
            Assert.Equal(live.Significant, saved.Significant);
            Assert.Equal(live.OnlyIn, saved.OnlyIn);
            Assert.Equal(double.IsFinite(live.RelativeDifference) ? Math.Round(live.RelativeDifference, 4) : double.NaN, saved.RelativeDifference);
        }

        Assert.Equal(Math.Round(_comparison.MedianHeadlineVarianceReduction, 4), read.MedianHeadlineVarianceReduction);
        Assert.Equal(Folders, ComparisonFiles.ScenarioFolders(_folder));
    }

    [Fact]
    public void A_compare_json_that_does_not_name_its_folders_finds_the_numbered_ones()
    {
        string path = Path.Combine(_folder, "compare.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        json.Remove("folders");
        File.WriteAllText(path, json.ToJsonString());
        Directory.CreateDirectory(Path.Combine(_folder, "charts"));

        Assert.Equal(Folders, ComparisonFiles.ScenarioFolders(_folder));
        Assert.Equal(2, ComparisonFiles.Read(_folder).Experiments.Count);
    }

    [Fact]
    public void A_scenario_whose_results_are_missing_is_named_with_its_file()
    {
        File.Delete(Path.Combine(_folder, Folders[1], "summary.json"));

        var e = Assert.Throws<FileNotFoundException>(() => ComparisonFiles.Read(_folder));

        Assert.StartsWith("no 2-caspian-storm-winter/summary.json: the results of \"Caspian storm winter\" are missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_difference_that_is_not_a_number_is_refused_as_not_written_by_this_program()
    {
        string path = Path.Combine(_folder, "compare.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"halfWidth\": ", "\"halfWidth\": \"wide\", \"was\": ", StringComparison.Ordinal));

        var e = Assert.Throws<System.Text.Json.JsonException>(() => ComparisonFiles.Read(_folder));

        Assert.Contains("\"halfWidth\" is not a number", e.Message, StringComparison.Ordinal);
    }
}
