using CorridorSim.Input;

namespace CorridorSim.Tests.Input;

public sealed class ScenarioLoaderTests
{
    [Fact]
    public void The_built_in_scenarios_load()
    {
        var baseline = ScenarioLoader.LoadBuiltIn();
        var growth = ScenarioLoader.LoadBuiltIn("growth-2030.json");

        Assert.True(baseline.Succeeded, string.Join("\n", baseline.Errors));
        Assert.True(growth.Succeeded, string.Join("\n", growth.Errors));
        Assert.InRange(baseline.Value!.Streams.Sum(s => s.TeuPerYear), 55_000, 56_500);
        Assert.True(growth.Value!.Streams.Sum(s => s.TeuPerYear) >= 500_000);
        Assert.Contains(baseline.Value.Streams, s => s.Origin == "almaty" && s.Destination == "varna");
        Assert.Equal(baseline.Value.Streams.Select(s => (s.Id, s.TeuPerYear * 9.1, s.ContainersPerShipment, s.Arrivals)), growth.Value.Streams.Select(s => (s.Id, s.TeuPerYear, s.ContainersPerShipment, s.Arrivals)));
    }

    [Fact]
    public void The_aktau_example_is_the_baseline_with_the_aktau_capacity_doubled()
    {
        var baseline = ScenarioLoader.LoadBuiltIn().ValueOrThrow();

        var fromFile = ScenarioLoader.LoadFile(Path.Combine(CorridorSim.Tests.TestSupport.RepositoryRoot.Path, "scenarios", "aktau-doubled.json")).ValueOrThrow();
        var builtIn = ScenarioLoader.LoadBuiltIn("aktau-doubled.json").ValueOrThrow();

        foreach (var doubled in new[] { fromFile, builtIn })
        {
            Assert.Equal(2 * baseline.Network.Node("aktau").CapacityTeuPerDay, doubled.Network.Node("aktau").CapacityTeuPerDay);
            Assert.Equal(baseline.Streams.Select(s => (s.Id, s.TeuPerYear, s.ContainersPerShipment)), doubled.Streams.Select(s => (s.Id, s.TeuPerYear, s.ContainersPerShipment)));
            Assert.Equal(baseline.Seed, doubled.Seed);
            Assert.Equal(baseline.Network.Node("alat").CapacityTeuPerDay, doubled.Network.Node("alat").CapacityTeuPerDay);
        }
    }

    [Fact]
    public void The_ordinary_baseline_is_the_baseline_with_no_stream_cleared_by_priority()
    {
        var baseline = ScenarioLoader.LoadBuiltIn().ValueOrThrow();

        var fromFile = ScenarioLoader.LoadFile(Path.Combine(CorridorSim.Tests.TestSupport.RepositoryRoot.Path, "scenarios", "baseline-2024-ordinary.json")).ValueOrThrow();
        var builtIn = ScenarioLoader.LoadBuiltIn("baseline-2024-ordinary.json").ValueOrThrow();

        Assert.Equal(5, baseline.Streams.Count(s => s.Priority));
        foreach (var ordinary in new[] { fromFile, builtIn })
        {
            Assert.All(ordinary.Streams, s => Assert.False(s.Priority));
            Assert.Equal(baseline.Streams.Select(s => (s.Id, s.TeuPerYear, s.ContainersPerShipment, s.Arrivals, string.Join(",", s.Via))), ordinary.Streams.Select(s => (s.Id, s.TeuPerYear, s.ContainersPerShipment, s.Arrivals, string.Join(",", s.Via))));
            Assert.Equal(baseline.Seed, ordinary.Seed);
        }
    }

    [Fact]
    public void Overrides_change_the_network_for_this_scenario_only()
    {
        const string text = """
            {
              "name": "more cranes",
              "streams": [ { "id": "s", "origin": "xian", "destination": "baku", "teuPerYear": 1000, "sources": ["S96"] } ],
              "overrides": { "nodes": { "alat": { "servers": 9, "handlingHoursPerTeu": 0.1 } }, "links": { "aktau-alat-feeder": { "fleet": 12 } } },
            }
            """;

        var scenario = ScenarioLoader.LoadFromText("more.json", text).ValueOrThrow();

        Assert.Equal(9, scenario.Network.Node("alat").Servers);
        Assert.Equal(12, scenario.Network.Link("aktau-alat-feeder").Fleet);
        Assert.NotEqual(12, NetworkLoader.LoadBuiltIn().ValueOrThrow().Link("aktau-alat-feeder").Fleet);
    }

    [Fact]
    public void Mistakes_in_a_scenario_are_reported_at_once_with_fixes()
    {
        const string text = """
            {
              "name": "typos",
              "years": -1,
              "streams": [
                { "id": "s", "origin": "xain", "destination": "sofia", "teuPerYear": 1000, "sources": ["S01"] },
                { "id": "t", "origin": "xian", "destination": "sofia", "via": ["aktau-alat-fery"], "teuPerYear": 1000, "sources": ["S01"], "colour": "red" },
              ],
            }
            """;

        var errors = ScenarioLoader.LoadFromText("typos.json", text).Errors;

        Assert.Contains(errors, e => e.JsonPath == "$.years" && e.Message.Contains("greater than 0 and at most 1000 years", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.JsonPath == "$.streams[1].colour");
        Assert.Contains(errors, e => e.JsonPath == "$.streams[0].origin" && e.Fix == "did you mean \"xian\"?");
        Assert.Contains(errors, e => e.JsonPath == "$.streams[1].via[0]" && e.Fix == "did you mean \"aktau-alat-ferry\"?");
        Assert.Equal(4, errors.Count);
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Fix), $"no fix for {e}"));
    }

    [Fact]
    public void Unknown_nodes_and_links_in_streams_and_overrides_get_suggestions()
    {
        const string text = """
            {
              "name": "typos",
              "streams": [ { "id": "s", "origin": "xain", "destination": "sofia", "via": ["aktau-alat-fery"], "teuPerYear": 1000, "sources": ["S01"] } ],
            }
            """;

        var errors = ScenarioLoader.LoadFromText("typos.json", text).Errors;

        Assert.Contains(errors, e => e.JsonPath == "$.streams[0].origin" && e.Fix == "did you mean \"xian\"?");
        Assert.Contains(errors, e => e.JsonPath == "$.streams[0].via[0]" && e.Fix == "did you mean \"aktau-alat-ferry\"?");
    }

    [Fact]
    public void A_property_given_twice_is_reported_with_its_line_instead_of_one_value_silently_winning()
    {
        const string text = """
            {
              "name": "twice",
              "seed": 1,
              "streams": [ { "id": "s", "origin": "xian", "destination": "baku", "teuPerYear": 1000, "sources": ["S96"] } ],
              "seed": 2
            }
            """;

        var error = Assert.Single(ScenarioLoader.LoadFromText("twice.json", text).Errors);

        Assert.Equal("$.seed", error.JsonPath);
        Assert.Equal(5, error.Line);
        Assert.Contains("\"seed\" is given twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_planned_border_shutdown_delays_the_streams_that_cross_it()
    {
        const string open = """
            { "name": "open", "years": 0.3, "streams": [ { "id": "s", "origin": "xian", "destination": "baku", "teuPerYear": 10000, "containersPerShipment": 20, "sources": ["S96"] } ] }
            """;
        string shut = open.Replace("\"name\": \"open\",", "\"name\": \"shut\", \"closures\": [ { \"target\": \"alashankou\", \"startDay\": 10, \"endDay\": 40, \"notes\": \"border shutdown\" } ],", StringComparison.Ordinal);

        var before = Run(ScenarioLoader.LoadFromText("open.json", open).ValueOrThrow());
        var after = Run(ScenarioLoader.LoadFromText("shut.json", shut).ValueOrThrow());

        Assert.True(after.TransitHours.Mean > before.TransitHours.Mean + 24, $"{after.TransitHours.Mean} vs {before.TransitHours.Mean}");
        Assert.True(after.MeanHoursIn(CorridorSim.Model.Cargo.TimeCategory.Disruption) > before.MeanHoursIn(CorridorSim.Model.Cargo.TimeCategory.Disruption) + 24);
    }

    [Fact]
    public void A_closure_of_an_unknown_place_gets_a_suggestion()
    {
        const string text = """
            { "name": "x", "streams": [ { "id": "s", "origin": "xian", "destination": "baku", "teuPerYear": 100, "sources": ["S96"] } ],
              "closures": [ { "target": "alashankuo", "startDay": 1, "endDay": 2 } ] }
            """;

        var error = Assert.Single(ScenarioLoader.LoadFromText("x.json", text).Errors);

        Assert.Equal("$.closures[0].target", error.JsonPath);
        Assert.Equal("did you mean \"alashankou\"?", error.Fix);
    }

    [Fact]
    public void A_closure_after_the_end_of_the_run_is_refused()
    {
        const string text = """
            { "name": "x", "years": 0.5, "streams": [ { "id": "s", "origin": "xian", "destination": "baku", "teuPerYear": 100, "sources": ["S96"] } ],
              "closures": [ { "target": "alashankou", "startDay": 200, "endDay": 210 } ] }
            """;

        var error = Assert.Single(ScenarioLoader.LoadFromText("x.json", text).Errors);

        Assert.Equal("$.closures[0].startDay", error.JsonPath);
        Assert.Contains("after the measured run ends (day 182.5, 0.5 year(s) as \"years\" sets it)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closure_after_the_end_of_a_run_shortened_by_the_caller_is_refused_naming_the_run_length_given()
    {
        var folder = Directory.CreateTempSubdirectory("corridorsim-closure-");
        string path = Path.Combine(folder.FullName, "x.json");
        try
        {
            File.WriteAllText(path, """
                { "name": "x", "years": 1, "streams": [ { "id": "s", "origin": "xian", "destination": "baku", "teuPerYear": 100, "sources": ["S96"] } ],
                  "closures": [ { "target": "alashankou", "startDay": 200, "endDay": 210 } ] }
                """);

            var error = Assert.Single(ScenarioLoader.LoadFile(path, years: 0.5).Errors);

            Assert.Equal("$.closures[0].startDay", error.JsonPath);
            Assert.Contains("(day 182.5, 0.5 year(s) as the run's length is set for this run)", error.Message, StringComparison.Ordinal);
            Assert.Equal("years", error.RunSetting);
            Assert.True(ScenarioLoader.LoadFile(path).Succeeded);
            Assert.Equal(0.75, ScenarioLoader.LoadFile(path, years: 0.75).ValueOrThrow().Years);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Arrival_pattern_and_priority_are_read_and_checked()
    {
        const string good = """
            { "name": "x", "streams": [ { "id": "s", "origin": "xian", "destination": "baku", "teuPerYear": 100, "arrivals": "scheduled", "priority": true, "sources": ["S96"] } ] }
            """;
        const string bad = """
            { "name": "x", "streams": [ { "id": "s", "origin": "xian", "destination": "baku", "teuPerYear": 100, "arrivals": "timetable", "priority": "yes", "sources": ["S96"] } ] }
            """;

        var stream = ScenarioLoader.LoadFromText("good.json", good).ValueOrThrow().Streams[0];
        var errors = ScenarioLoader.LoadFromText("bad.json", bad).Errors;

        Assert.Equal(CorridorSim.Scenarios.ArrivalPattern.Scheduled, stream.Arrivals);
        Assert.True(stream.Priority);
        Assert.Contains(errors, e => e.JsonPath == "$.streams[0].arrivals" && e.Fix!.Contains("\"scheduled\"", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.JsonPath == "$.streams[0].priority");
        Assert.Equal(2, errors.Count);
    }

    private static CorridorSim.Model.Nodes.Destination.StreamRecord Run(CorridorSim.Scenarios.Scenario scenario)
    {
        var model = new CorridorSim.Model.Corridor.CorridorModel(scenario);
        model.Run();
        return model.Destinations["baku"].Stream(0);
    }

    [Fact]
    public void A_run_longer_than_a_thousand_years_is_refused_as_the_command_line_refuses_it()
    {
        var result = ScenarioLoader.LoadFromText("long.json", """{ "extends": "baseline-2024.json", "years": 5000 }""");

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.years", error.JsonPath);
        Assert.Contains("greater than 0 and at most 1000 years", error.Message, StringComparison.Ordinal);
    }
}
