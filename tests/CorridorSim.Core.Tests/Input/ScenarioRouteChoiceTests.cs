using CorridorSim.Input;
using CorridorSim.Scenarios;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Input;

/// <summary>A stream's <c>routes</c> and <c>choice</c>: read, merged through <c>extends</c> and overrides, and every mistake reported with its path and a fix.</summary>
public sealed class ScenarioRouteChoiceTests : IDisposable
{
    private const string Caspian = "\"routes\": [ { \"via\": [\"aktau-alat-feeder\"] }, { \"via\": [\"kuryk\"], \"name\": \"Kuryk\" } ]";

    private readonly ScenarioFolder _scenarios = new();

    public void Dispose() => _scenarios.Dispose();

    public static TheoryData<string, string, string, string> Mistakes() => new()
    {
        { "\"routes\": \"aktau\"", "$.streams[0].routes", "expected a list of routes or { \"best\": k } but found the string \"aktau\".", "\"routes\": { \"best\": 3 }" },
        { "\"routes\": []", "$.streams[0].routes", "needs at least one route.", "\"routes\": [{ \"via\"" },
        { "\"routes\": [ { \"via\": [\"aktua\"] }, { \"via\": [\"kuryk\"] } ], \"choice\": { \"rule\": \"shares\", \"shares\": [0.5, 0.5] }", "$.streams[0].routes[0].via[0]", "unknown node or link \"aktua\".", "did you mean \"aktau\"?" },
        { "\"routes\": [ { \"vai\": [\"aktau\"] } ]", "$.streams[0].routes[0].vai", "unknown property \"vai\".", "did you mean \"via\"?" },
        { "\"routes\": [ { \"via\": [\"aktau\"] }, { \"via\": [\"aktau-alat-feeder\"] } ], \"choice\": { \"rule\": \"shares\", \"shares\": [0.5, 0.5] }", "$.streams[0].routes[1]", "route 2 of stream \"s\" is the same route as route 1", "a link id picks one of several services" },
        { "\"routes\": [ { \"via\": [\"baku\", \"aktau\"] } ]", "$.streams[0].routes[0]", "route 1 of stream \"s\" has no simple route from \"xian\" via \"baku\", \"aktau\" to \"baku\".", "check the order of its \"via\"" },
        { Caspian, "$.streams[0]", "stream \"s\" has 2 routes but no \"choice\" to share its shipments among them.", "\"rule\": \"logit\", \"theta\": 0.01" },
        { "\"via\": [\"aktau\"], \"choice\": { \"rule\": \"logit\", \"theta\": 0.01 }", "$.streams[0].choice", "\"choice\" shares shipments among several routes, but stream \"s\" has one.", "remove \"choice\"" },
        { "\"via\": [\"aktau\"], " + Caspian + ", \"choice\": { \"rule\": \"logit\", \"theta\": 0.01 }", "$.streams[0].routes", "stream \"s\" gives both \"via\" and \"routes\"", "\"via\": null" },
        { Caspian + ", \"choice\": { \"rule\": \"logti\", \"theta\": 0.01 }", "$.streams[0].choice.rule", "unknown rule \"logti\".", "did you mean \"logit\"?" },
        { Caspian + ", \"choice\": { \"rule\": \"shares\", \"shares\": [0.5, 0.4] }", "$.streams[0].choice.shares", "the shares add up to 0.9; they must add up to 1.", "e.g. [0.6, 0.4]" },
        { Caspian + ", \"choice\": { \"rule\": \"shares\", \"shares\": [0.2, 0.3, 0.5] }", "$.streams[0].choice.shares", "gives 3 shares for 2 routes.", "one share per route" },
        { Caspian + ", \"choice\": { \"rule\": \"shares\", \"shares\": [] }", "$.streams[0].choice.shares", "needs one share per route; it is empty.", "e.g. [0.6, 0.4]" },
        { Caspian + ", \"choice\": { \"rule\": \"shares\" }", "$.streams[0].choice", "missing required property \"shares\" for \"rule\": \"shares\".", "adding up to 1" },
        { Caspian + ", \"choice\": { \"rule\": \"shares\", \"shares\": [0.5, 0.5], \"theta\": 0.01 }", "$.streams[0].choice.theta", "\"theta\" is a setting of the logit rule, and this choice uses fixed shares.", "set \"rule\": \"logit\"" },
        { Caspian + ", \"choice\": { \"rule\": \"logit\" }", "$.streams[0].choice", "missing required property \"theta\".", "add \"theta\"" },
        { Caspian + ", \"choice\": { \"rule\": \"logit\", \"theta\": 0.01, \"shares\": [0.5, 0.5] }", "$.streams[0].choice.shares", "\"shares\" are the fixed shares of the shares rule, and this choice uses the logit.", "\"shares\": null" },
        { Caspian + ", \"choice\": { \"rule\": \"logit\", \"theta\": -1 }", "$.streams[0].choice.theta", "-1 is out of range: it must be at least 0 per USD per TEU.", "at least 0" },
        { Caspian + ", \"choice\": { \"rule\": \"logit\", \"theta\": 0.01, \"updateDays\": 0 }", "$.streams[0].choice.updateDays", "0 is out of range: it must be greater than 0 days.", "greater than 0" },
        { Caspian + ", \"choice\": { \"rule\": \"logit\", \"theta\": 0.01, \"pathsize\": true }", "$.streams[0].choice.pathsize", "unknown property \"pathsize\".", "did you mean \"pathSize\"?" },
        { "\"routes\": { \"best\": 0 }", "$.streams[0].routes.best", "0 is out of range: it must be at least 1.", "at least 1" },
        { "\"routes\": { \"best\": 50 }, \"choice\": { \"rule\": \"logit\", \"theta\": 0.01 }", "$.streams[0].routes.best", "50 routes is more than the 20 a stream may have.", "at most 20" },
        { "\"routes\": { \"best\": 3, \"corridor\": \"midle\" }, \"choice\": { \"rule\": \"logit\", \"theta\": 0.01 }", "$.streams[0].routes.corridor", "unknown route family \"midle\".", "did you mean \"middle\"?" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_mistake_in_routes_or_choice_is_reported_with_its_path_and_a_fix(string routing, string path, string message, string fix)
    {
        var errors = _scenarios.Errors(Scenario(routing));

        var error = Assert.Single(errors);
        Assert.Equal(("child.json", path), (error.File, error.JsonPath));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Contains(fix, error.Fix ?? string.Empty, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Routes_a_stream_names_are_read_with_their_choice()
    {
        var stream = _scenarios.Load(Scenario(Caspian + ", \"choice\": { \"rule\": \"logit\", \"theta\": 0.02, \"updateDays\": 2, \"pathSize\": true }")).Streams[0];

        Assert.Equal(2, stream.RouteCount);
        Assert.Equal(["kuryk"], stream.Routes[1].Via);
        Assert.Equal("Kuryk", stream.Routes[1].Name);
        Assert.Equal(new RouteChoice(RouteChoiceRule.Logit) { Theta = 0.02, UpdateDays = 2, MemoryDays = 7, PathSize = true, Shares = stream.Choice!.Shares }, stream.Choice);
    }

    [Fact]
    public void Asking_for_more_best_routes_than_the_network_has_says_how_many_there_are()
    {
        using var network = new ParallelRoutes();

        var errors = ScenarioLoader.LoadFromText("routes.json", """
            { "name": "routes", "network": "network.json", "streams": [ { "id": "s", "origin": "o", "destination": "d", "teuPerYear": 100, "sources": ["S01"],
              "routes": { "best": 4 }, "choice": { "rule": "logit", "theta": 0.01 } } ] }
            """, network.Folder).Errors;

        var error = Assert.Single(errors);
        Assert.Equal("$.streams[0].routes.best", error.JsonPath);
        Assert.Equal("\"best\": 4 asks for 4 routes, but the network has only 3 simple routes from \"o\" to \"d\".", error.Message);
        Assert.Equal("ask for 3 or fewer, or list the routes in \"routes\".", error.Fix);
    }

    [Fact]
    public void An_override_gives_an_inherited_stream_routes_and_a_scenario_below_changes_only_its_theta()
    {
        _scenarios.Write("choice.json", """
            { "extends": "baseline-2024.json", "name": "choice",
              "overrides": { "streams": { "china-azerbaijan": { "via": null,
                "routes": [ { "via": ["aktau-alat-feeder"] }, { "via": ["aktau-alat-ferry"] }, { "via": ["kuryk"] } ],
                "choice": { "rule": "logit", "theta": 0.01, "pathSize": true } } } } }
            """);

        var child = _scenarios.Load("""{ "extends": "choice.json", "overrides": { "streams": { "china-azerbaijan": { "choice": { "theta": 0.03 } } } } }""");

        var stream = child.Streams.Single(s => s.Id == "china-azerbaijan");
        Assert.Equal((3, RouteChoiceRule.Logit, 0.03, true), (stream.RouteCount, stream.Choice!.Rule, stream.Choice.Theta, stream.Choice.PathSize));
        Assert.Empty(stream.Via);
        Assert.All(child.Streams.Where(s => s.Id != "china-azerbaijan"), s => Assert.Equal(1, s.RouteCount));
    }

    [Fact]
    public void Routes_an_override_gives_a_stream_that_inherits_a_via_are_refused_at_the_override()
    {
        var error = Assert.Single(_scenarios.Errors("""
            { "extends": "baseline-2024.json",
              "overrides": { "streams": { "china-azerbaijan": {
                "routes": [ { "via": ["aktau"] }, { "via": ["kuryk"] } ], "choice": { "rule": "logit", "theta": 0.01 } } } } }
            """));

        Assert.Equal(("child.json", "$.overrides.streams.china-azerbaijan.routes", 3), (error.File, error.JsonPath, error.Line));
        Assert.Contains("\"via\": null", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_share_an_override_gives_is_reported_where_the_override_writes_it()
    {
        var error = Assert.Single(_scenarios.Errors("""
            { "extends": "baseline-2024.json",
              "overrides": { "streams": { "china-azerbaijan": { "via": null,
                "routes": [ { "via": ["aktau"] }, { "via": ["kuryk"] } ],
                "choice": { "rule": "shares", "shares": [0.7, 0.7] } } } } }
            """));

        Assert.Equal(("child.json", "$.overrides.streams.china-azerbaijan.choice.shares", 4), (error.File, error.JsonPath, error.Line));
        Assert.StartsWith("the shares add up to 1.4; they must add up to 1.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_route_choice_example_in_the_scenarios_readme_gives_that_stream_two_routes()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "scenarios", "README.md"));
        int start = readme.IndexOf("```jsonc\n", readme.IndexOf("### Several routes for a stream", StringComparison.Ordinal), StringComparison.Ordinal) + "```jsonc\n".Length;

        var example = _scenarios.Load(readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)]);

        var stream = example.Streams.Single(s => s.Id == "china-azerbaijan");
        Assert.Equal((2, RouteChoiceRule.Logit, 0.01), (stream.RouteCount, stream.Choice!.Rule, stream.Choice.Theta));
        Assert.Equal(["Aktau feeder", "Kuryk ferry"], stream.Routes.Select(r => r.Name));
    }

    private static string Scenario(string routing) => $$"""
        { "name": "routes", "years": 0.1,
          "streams": [ { "id": "s", "origin": "xian", "destination": "baku", "teuPerYear": 1000, "sources": ["S96"],
            {{routing}} } ] }
        """;
}
