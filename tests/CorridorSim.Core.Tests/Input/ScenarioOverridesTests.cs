using CorridorSim.Input;

namespace CorridorSim.Tests.Input;

/// <summary>Mistakes in a scenario's network overrides are reported where the scenario writes them.</summary>
public sealed class ScenarioOverridesTests
{
    [Fact]
    public void A_bad_value_in_a_rolling_stock_override_names_the_pool_it_overrides()
    {
        const string text = """
            {
              "name": "no locomotives",
              "streams": [ { "id": "s", "origin": "xian", "destination": "baku", "teuPerYear": 1000, "sources": ["S96"] } ],
              "overrides": { "rollingStock": { "gr-containers": { "trainSets": 0 } } }
            }
            """;

        var error = Assert.Single(ScenarioLoader.LoadFromText("shortage.json", text).Errors);

        Assert.Equal("$.overrides.rollingStock.gr-containers.trainSets", error.JsonPath);
        Assert.Contains("It overrides rolling-stock pool \"gr-containers\" of built-in data/network/caucasus.json:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_value_in_an_override_is_reported_at_the_scenario_file_and_its_json_path()
    {
        const string text = """
            {
              "name": "fewer cranes",
              "streams": [ { "id": "s", "origin": "xian", "destination": "baku", "teuPerYear": 1000, "sources": ["S96"] } ],
              "overrides": {
                "nodes": {
                  "aktau": { "capacityTeuPerDay": -5 }
                }
              }
            }
            """;

        var error = Assert.Single(ScenarioLoader.LoadFromText("fewer.json", text).Errors);

        Assert.Equal("fewer.json", error.File);
        Assert.Equal("$.overrides.nodes.aktau.capacityTeuPerDay", error.JsonPath);
        Assert.Equal(6, error.Line);
        Assert.Contains("out of range", error.Message, StringComparison.Ordinal);
        Assert.Contains("It overrides node \"aktau\" of built-in data/network/caspian.json:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_override_does_not_hide_mistakes_in_streams_and_closures()
    {
        const string text = """
            { "name": "both", "overrides": { "nodes": { "aktau": { "capacityTeuPerDay": 0 } } },
              "streams": [ { "id": "s", "origin": "xian", "destination": "bakuu", "teuPerYear": 100, "sources": ["S96"] } ],
              "closures": [ { "target": "aktau-alat-feedr", "startDay": 1, "endDay": 30 } ] }
            """;

        var errors = ScenarioLoader.LoadFromText("both.json", text).Errors;

        Assert.Contains(errors, e => e.JsonPath == "$.overrides.nodes.aktau.capacityTeuPerDay");
        Assert.Contains(errors, e => e.JsonPath == "$.streams[0].destination" && e.Fix == "did you mean \"baku\"?");
        Assert.Contains(errors, e => e.JsonPath == "$.closures[0].target" && e.Fix == "did you mean \"aktau-alat-feeder\"?");
    }

    [Fact]
    public void Typos_inside_an_override_are_reported_in_the_scenario_with_suggestions()
    {
        const string text = """
            {
              "name": "typos",
              "streams": [ { "id": "s", "origin": "xian", "destination": "baku", "teuPerYear": 1000, "sources": ["S96"] } ],
              "overrides": {
                "nodes": { "aktau": { "capacityTeuPerDya": 900 } },
                "links": { "aktau-alat-feeder": { "to": "alta", "loadingHours": { "dist": "normall", "mean": 4 } } }
              }
            }
            """;

        var errors = ScenarioLoader.LoadFromText("typos.json", text).Errors;

        Assert.All(errors, e => Assert.Equal("typos.json", e.File));
        Assert.Contains(errors, e => e.JsonPath == "$.overrides.nodes.aktau.capacityTeuPerDya" && e.Line == 5 && e.Fix == "did you mean \"capacityTeuPerDay\"?");
        Assert.Contains(errors, e => e.JsonPath == "$.overrides.links.aktau-alat-feeder.to" && e.Line == 6 && e.Fix == "did you mean \"alat\"?");
        Assert.Contains(errors, e => e.JsonPath.StartsWith("$.overrides.links.aktau-alat-feeder.loadingHours", StringComparison.Ordinal) && e.Line == 6);
    }

    [Fact]
    public void A_problem_an_override_causes_elsewhere_in_the_element_names_the_override()
    {
        const string text = """
            {
              "name": "half a station",
              "streams": [ { "id": "s", "origin": "xian", "destination": "baku", "teuPerYear": 1000, "sources": ["S96"] } ],
              "overrides": { "nodes": { "altynkol": { "handlingHoursPerTeu": null } } }
            }
            """;

        var error = Assert.Single(ScenarioLoader.LoadFromText("half.json", text).Errors);

        Assert.StartsWith("built-in data/network/", error.File, StringComparison.Ordinal);
        Assert.Contains("\"servers\" and \"handlingHoursPerTeu\" go together", error.Message, StringComparison.Ordinal);
        Assert.Contains("changed by the override at half.json:4 $.overrides.nodes.altynkol.", error.Message, StringComparison.Ordinal);
    }
}
