using System.Text.Json;
using System.Text.RegularExpressions;
using CorridorSim.Input;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Input;

/// <summary>The data files and their documentation agree: every figure's source is written down, and the schema matches the loader.</summary>
public sealed partial class DataSourcesTests
{
    private static readonly string SourcesMarkdown = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "data", "SOURCES.md"));

    [Fact]
    public void Every_source_id_in_the_network_is_documented_in_SOURCES_md()
    {
        var network = NetworkLoader.LoadBuiltIn().ValueOrThrow();
        var used = network.Nodes.SelectMany(n => n.Sources)
            .Concat(network.Links.SelectMany(l => l.Sources.Concat(l.Weather?.Sources ?? [])))
            .Concat(network.SeaAreas.SelectMany(a => a.Sources.Concat(a.Weather.Sources)))
            .Concat(network.Defaults.Sources)
            .Concat(network.RollingStock.SelectMany(p => p.Sources))
            .ToHashSet(StringComparer.Ordinal);

        var missing = used.Where(id => !Documented().Contains(id)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, "Not in data/SOURCES.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_source_listed_in_SOURCES_md_is_used_by_the_network_or_a_scenario()
    {
        string files = string.Concat(Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "data", "network"), "*.json").Select(File.ReadAllText));
        // Scenarios cite sources in their streams' "sources" and in the text of their notes; investment sets in their candidates'.
        var citedByScenarios = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "scenarios"), "*.json", SearchOption.AllDirectories)
            .SelectMany(f => CitedId().Matches(File.ReadAllText(f)).Select(m => m.Value))
            .ToHashSet(StringComparer.Ordinal);

        var unused = SourceRow().Matches(SourcesMarkdown).Select(m => m.Groups["id"].Value)
            .Where(id => !files.Contains($"\"{id}\"", StringComparison.Ordinal) && !citedByScenarios.Contains(id)).ToList();

        Assert.True(unused.Count == 0, "Listed but never cited: " + string.Join(", ", unused));
    }

    [Fact]
    public void Every_source_id_a_scenario_or_an_investment_set_cites_is_documented_in_SOURCES_md()
    {
        var missing = new List<string>();
        foreach (string file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "scenarios"), "*.json"))
        {
            var scenario = ScenarioLoader.LoadFile(file).ValueOrThrow();
            var cited = scenario.Streams.SelectMany(s => s.Sources).Concat(CitedId().Matches(File.ReadAllText(file)).Select(m => m.Value));
            missing.AddRange(cited.Where(id => !Documented().Contains(id)).Select(id => $"{Path.GetFileName(file)}: {id}"));
        }

        foreach (string file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "scenarios", "sweeps"), "*.json"))
        {
            missing.AddRange(CitedId().Matches(File.ReadAllText(file)).Select(m => m.Value).Where(id => !Documented().Contains(id)).Select(id => $"sweeps/{Path.GetFileName(file)}: {id}"));
        }

        Assert.True(missing.Count == 0, "Not in data/SOURCES.md: " + string.Join(", ", missing.Distinct()));
    }

    [Theory]
    [InlineData("node", "rail", "")]
    [InlineData("link", "ferry", "seaArea closeChance returnMaxWaitHours rollingStock trainsPerDay trainCapacityTeu")]
    [InlineData("link", "ferry", "weather timetable rollingStock trainsPerDay trainCapacityTeu")]
    [InlineData("link", "rail", "seaArea closeChance returnMaxWaitHours weather fleet vesselCapacityTeu")]
    [InlineData("seaArea", "rail", "")]
    [InlineData("rollingStockPool", "rail", "")]
    public void Every_property_in_the_schema_is_accepted_by_the_loader(string definition, string mode, string leftOut)
    {
        // Some link properties exclude each other (a link's own weather or a sea area's; a
        // timetable or a longest wait at the far end; vessels or trains), so the link is tried
        // once with each set.
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "schema", "network.schema.json")));
        var properties = schema.RootElement.GetProperty("$defs").GetProperty(definition).GetProperty("properties").EnumerateObject().Select(p => p.Name)
            .Except(leftOut.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var node = new Dictionary<string, object>
        {
            ["id"] = "a", ["name"] = "A", ["country"] = "KZ", ["kind"] = "origin", ["lat"] = 43, ["lon"] = 51, ["sources"] = new[] { "S01" },
        };
        var link = new Dictionary<string, object>
        {
            ["id"] = "a-b", ["from"] = "a", ["to"] = "b", ["mode"] = mode, ["distanceKm"] = 100, ["sources"] = new[] { "S01" },
        };
        if (mode == "ferry")
        {
            link["crossingHours"] = 20;
        }
        else
        {
            link["speedKmh"] = 50;
        }

        var pool = new Dictionary<string, object>
        {
            ["id"] = "stock", ["name"] = "Stock", ["operator"] = "Railway", ["gaugeMm"] = 1520, ["countries"] = new[] { "KZ", "AZ" }, ["trainSets"] = 1,
            ["platforms"] = new { count = 10, teuPerPlatform = 2 }, ["sources"] = new[] { "S01" },
        };
        var area = new Dictionary<string, object> { ["id"] = "sea-a", ["name"] = "Sea A", ["weather"] = SampleValue("weather"), ["sources"] = new[] { "S01" } };
        var target = definition switch { "node" => node, "link" => link, "seaArea" => area, _ => pool };
        foreach (string property in properties.Where(p => !target.ContainsKey(p)))
        {
            target[property] = SampleValue(property);
        }

        string json = JsonSerializer.Serialize(new
        {
            seaAreas = new object[] { area },
            nodes = new object[] { node, new Dictionary<string, object> { ["id"] = "b", ["name"] = "B", ["country"] = "AZ", ["kind"] = "destination", ["lat"] = 40, ["lon"] = 49, ["sources"] = new[] { "S01" } } },
            links = new object[] { link },
            rollingStock = new object[] { pool },
        });

        var result = NetworkLoader.LoadFromText("all.json", new Dictionary<string, string> { ["all.json"] = json });

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    private static object SampleValue(string property) => property switch
    {
        "name" or "notes" or "corridor" => "x",
        "bidirectional" => true,
        "waypoints" => new[] { new[] { 50.0, 42.0 } },
        "weather" => new { closuresPerMonth = new[] { 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1 }, durationHours = new { dist = "lognormal", mean = 24, sd = 12 } },
        "inspectionShare" => 0.5,
        "yardCapacityTeu" => 2,
        "timetable" => new { everyHours = 168, firstHour = 6 },
        "seaArea" => "sea-a",
        "closeChance" => 0.5,
        "rollingStock" => "stock",
        _ => 1,
    };

    private static HashSet<string> Documented() =>
        SourceRow().Matches(SourcesMarkdown).Select(m => m.Groups["id"].Value)
            .Concat(EstimateHeading().Matches(SourcesMarkdown).Select(m => m.Groups["id"].Value))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\b(S\d+|EST-[A-Z0-9-]*[A-Z0-9])\b")]
    private static partial Regex CitedId();

    [GeneratedRegex(@"^\|\s*(?<id>S\d+)\s*\|", RegexOptions.Multiline)]
    private static partial Regex SourceRow();

    [GeneratedRegex(@"^###\s+(?<id>[A-Z][A-Z0-9-]*)\s*$", RegexOptions.Multiline)]
    private static partial Regex EstimateHeading();
}
