using CorridorSim.Routing;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Routing;

public sealed class RouteFinderTests
{
    // The three routes of the test network (see TestNetworks), timed for the finder's default
    // load, a 100-TEU block train of 50 FEU (the network has no trains, so no train length):
    //   via the port:  50 + 120 + 60 = 230 km; 1 + 5 + 10 + 13 + 1 = 30 h (two 50-TEU ferries sail at
    //                  once; port-west's 2 servers take 1 h a box, so box k is done after ⌊k / 2⌋ + 1 h,
    //                  13 h on average); 610 USD paid + 300 USD of time = 910 USD
    //   via the south: 100 + 100 + 100 = 300 km; 2 + 1 + 1 = 4 h; 300 USD + 40 USD = 340 USD
    //   direct north:  100 + 300 = 400 km; 2 + 6 = 8 h; 400 USD + 80 USD = 480 USD
    private static readonly string[] ViaPort = ["origin-town", "port-east", "port-west", "city-dest"];
    private static readonly string[] ViaSouth = ["origin-town", "junction-north", "junction-south", "city-dest"];
    private static readonly string[] DirectNorth = ["origin-town", "junction-north", "city-dest"];

    [Fact]
    public void Routes_by_distance_come_shortest_first()
    {
        var routes = Find(RouteMetric.Distance, 5);

        Assert.Equal([ViaPort, ViaSouth, DirectNorth], routes.Select(r => r.Nodes.Select(n => n.Id).ToArray()));
        Assert.Equal([230.0, 300.0, 400.0], routes.Select(r => r.DistanceKm));
    }

    [Fact]
    public void Routes_by_time_include_node_dwell_and_handling()
    {
        var routes = Find(RouteMetric.Time, 5);

        Assert.Equal([ViaSouth, DirectNorth, ViaPort], routes.Select(r => r.Nodes.Select(n => n.Id).ToArray()));
        Assert.Equal([4.0, 8.0, 30.0], routes.Select(r => Math.Round(r.ExpectedHours, 9)));
    }

    [Fact]
    public void Routes_by_cost_add_the_value_of_time_to_the_charges()
    {
        var routes = Find(RouteMetric.Cost, 5);

        Assert.Equal([ViaSouth, DirectNorth, ViaPort], routes.Select(r => r.Nodes.Select(n => n.Id).ToArray()));
        Assert.Equal([340.0, 480.0, 910.0], routes.Select(r => Math.Round(r.CostUsdPerTeu, 9)));
        Assert.Equal(610.0, routes[2].MoneyUsdPerTeu, 9);
    }

    [Fact]
    public void The_best_route_of_each_corridor_uses_that_corridors_links()
    {
        var routes = new RouteFinder(TestNetworks.Small()).BestPerCorridor("origin-town", "city-dest", RouteMetric.Distance).ValueOrThrow();

        // The shorter unlabelled route via the south junction belongs to no corridor.
        Assert.Equal(["middle", "northern"], routes.Select(r => r.MainCorridor));
        Assert.Equal([ViaPort, DirectNorth], routes.Select(r => r.Nodes.Select(n => n.Id).ToArray()));
    }

    [Fact]
    public void A_comparator_route_that_starts_on_shared_lines_still_counts_for_its_corridor()
    {
        // From Almaty the Northern route runs first on Kazakh lines labelled for the Middle
        // Corridor; most of its kilometres are Northern, so it is the Northern corridor's best.
        var network = CorridorSim.Input.NetworkLoader.LoadBuiltIn().ValueOrThrow();

        var routes = new RouteFinder(network).BestPerCorridor("almaty", "sofia", RouteMetric.Time).ValueOrThrow();

        Assert.Contains("northern", routes.Select(r => r.MainCorridor));
        Assert.Contains("middle", routes.Select(r => r.MainCorridor));
        Assert.Equal(routes.Count, routes.Select(r => r.MainCorridor).Distinct().Count());
    }

    [Fact]
    public void K_limits_the_number_of_routes()
    {
        Assert.Equal(2, Find(RouteMetric.Distance, 2).Count);
    }

    [Fact]
    public void Co2_uses_each_modes_factor()
    {
        var viaPort = Find(RouteMetric.Distance, 1)[0];

        // Rail 110 km × 0.5 kg + ferry 120 km × 2.0 kg.
        Assert.Equal(295.0, viaPort.Co2KgPerTeu, 9);
        Assert.Equal("middle", viaPort.MainCorridor);
        Assert.Equal(["port-east", "port-west"], viaPort.Waypoints.Select(n => n.Id));
        Assert.Equal("port-east ~ferry~ port-west", viaPort.Via);
    }

    [Fact]
    public void Routes_can_be_travelled_backwards_on_two_way_links()
    {
        var result = new RouteFinder(TestNetworks.Small()).Find("city-dest", "origin-town", 1, RouteMetric.Distance);

        Assert.Equal(ViaPort.Reverse(), result.ValueOrThrow()[0].Nodes.Select(n => n.Id));
    }

    [Fact]
    public void A_two_way_link_named_in_via_is_used_in_the_direction_the_journey_needs()
    {
        // The ferry is listed from port-east to port-west; a journey from the west end back east uses it westward-to-eastward.
        var finder = new RouteFinder(TestNetworks.Small());

        var east = finder.Path("city-dest", ["caspian-ferry"], "origin-town");
        var west = finder.Path("origin-town", ["caspian-ferry"], "city-dest");

        Assert.NotNull(east);
        Assert.Equal(["city-dest", "port-west", "port-east", "origin-town"], east.Nodes.Select(n => n.Id));
        Assert.Equal(["origin-town", "port-east", "port-west", "city-dest"], west!.Nodes.Select(n => n.Id));
    }

    [Fact]
    public void Node_ids_match_without_regard_to_case()
    {
        var result = new RouteFinder(TestNetworks.Small()).Find("Origin-Town", "CITY-DEST", 1, RouteMetric.Distance);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void An_unknown_node_is_an_error_with_a_suggestion_not_a_crash()
    {
        var result = new RouteFinder(TestNetworks.Small()).Find("origin-twon", "nowhere-at-all", 3, RouteMetric.Time);

        Assert.False(result.Succeeded);
        Assert.Equal(2, result.Errors.Count);
        Assert.Contains("did you mean \"origin-town\"", result.Errors[0].Fix, StringComparison.Ordinal);
        Assert.Equal(RouteFinder.Origin, result.Errors[0].JsonPath);
        Assert.Equal(RouteFinder.Destination, result.Errors[1].JsonPath);
    }

    [Fact]
    public void An_unreachable_destination_is_an_error_not_a_crash()
    {
        const string oneWay = """
            {
              "nodes": [
                { "id": "mine", "name": "Mine", "country": "KZ", "kind": "origin", "lat": 48, "lon": 68, "sources": ["S01"] },
                { "id": "port", "name": "Port", "country": "KZ", "kind": "destination", "lat": 43, "lon": 51, "sources": ["S01"] },
              ],
              "links": [
                { "id": "mine-port", "from": "mine", "to": "port", "mode": "rail", "bidirectional": false, "distanceKm": 900, "speedKmh": 40, "sources": ["S01"] },
              ],
            }
            """;
        var network = CorridorSim.Input.NetworkLoader.LoadFromText("one-way.json", new Dictionary<string, string> { ["one-way.json"] = oneWay }).ValueOrThrow();

        var result = new RouteFinder(network).Find("port", "mine", 3, RouteMetric.Distance);

        Assert.False(result.Succeeded);
        Assert.Contains("no route from \"port\" to \"mine\"", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Route> Find(RouteMetric metric, int k) =>
        new RouteFinder(TestNetworks.Small()).Find("origin-town", "city-dest", k, metric).ValueOrThrow();
}
