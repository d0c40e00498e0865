using CorridorSim.Input;
using CorridorSim.Scenarios;

namespace CorridorSim.Tests.TestSupport;

/// <summary>
/// A temporary folder for scenarios that extend one another, deleted on <see cref="Dispose"/>;
/// the scenario under test is loaded as "child.json" in it.
/// </summary>
internal sealed class ScenarioFolder : IDisposable
{
    /// <summary>A scenario on the built-in network to extend: streams "a" (line 7) and "b" (line 8), node and link overrides (line 10), a closure.</summary>
    public const string Parent = """
        {
          "name": "parent",
          "description": "the parent",
          "seed": 7,
          "years": 0.5,
          "streams": [
            { "id": "a", "origin": "xian", "destination": "baku", "teuPerYear": 1000, "sources": ["S96"] },
            { "id": "b", "origin": "almaty", "destination": "varna", "teuPerYear": 300, "sources": ["S96"] }
          ],
          "overrides": { "nodes": { "alat": { "capacityTeuPerDay": 500, "dwellHours": 6 } }, "links": { "aktau-alat-feeder": { "fleet": 9 } } },
          "closures": [ { "target": "alashankou", "startDay": 10, "endDay": 12 } ]
        }
        """;

    /// <summary>The folder's full path.</summary>
    public string Folder { get; } = Directory.CreateTempSubdirectory("corridorsim-extends-").FullName;

    /// <summary>Writes a file, e.g. a parent scenario, at <paramref name="name"/> relative to the folder.</summary>
    public void Write(string name, string text) => File.WriteAllText(Path.Combine(Folder, name), text);

    /// <summary>Loads <paramref name="text"/> as child.json in the folder; throws if it has errors.</summary>
    public Scenario Load(string text) => ScenarioLoader.LoadFromText("child.json", text, Folder).ValueOrThrow();

    /// <summary>The errors of <paramref name="text"/> loaded as child.json in the folder.</summary>
    public IReadOnlyList<InputError> Errors(string text) => ScenarioLoader.LoadFromText("child.json", text, Folder).Errors;

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
