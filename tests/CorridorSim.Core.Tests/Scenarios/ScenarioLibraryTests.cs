using System.Text.Json;
using System.Text.RegularExpressions;
using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Scenarios;

/// <summary>Every scenario of the library in scenarios/ loads, runs, conserves cargo and says what it asks and on what sources.</summary>
public sealed partial class ScenarioLibraryTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "scenarios");

    public static TheoryData<string> Files() =>
        new(Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Files))]
    public void Loads_runs_a_short_horizon_conserves_cargo_and_delivers(string file)
    {
        var loaded = ScenarioLoader.LoadFile(Path.Combine(Folder, file));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        var scenario = loaded.ValueOrThrow();

        // ScenarioRunner throws if the cargo balance does not close; the assertion says so in the test too.
        var result = ScenarioRunner.Run(scenario with { Years = 0.1 }, cancellationToken: TestContext.Current.CancellationToken);

        var cargo = result.Cargo;
        Assert.Equal(cargo.GeneratedContainers, cargo.DeliveredContainers + cargo.RejectedContainers + cargo.InSystemContainers);
        Assert.True(cargo.DeliveredContainers > 0, $"{file} delivered nothing in 0.1 years");
        Assert.True(result.Streams.Sum(s => s.DeliveredTeu) > 0);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void States_its_question_and_cites_its_sources(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file)),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = json.RootElement;

        string description = root.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "";
        Assert.False(string.IsNullOrWhiteSpace(description), $"{file} has no description");

        // A scenario that stands alone cites its sources stream by stream; a what-if says in its notes what its changes rest on.
        if (root.TryGetProperty("extends", out _))
        {
            string notes = root.TryGetProperty("notes", out var n) ? n.GetString() ?? "" : "";
            Assert.Matches(SourceId(), notes);
        }
        else
        {
            Assert.All(root.GetProperty("streams").EnumerateArray(),
                s => Assert.NotEmpty(s.GetProperty("sources").EnumerateArray()));
        }
    }

    [GeneratedRegex(@"\b(S\d+|EST-[A-Z0-9-]*[A-Z0-9])\b")]
    private static partial Regex SourceId();
}
