using System.Globalization;
using CorridorSim.Experiments;
using CorridorSim.Model.Corridor;
using CorridorSim.Model.Network;
using CorridorSim.Routing;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Routing;

/// <summary>The planning estimate of a route against a simulated run of block trains on an empty corridor.</summary>
public sealed class RouteTimingTests
{
    // One stream of 100-TEU block trains (50 FEU, the built-in trains' length) at random times,
    // one every four weeks on average, for 20 years after a warm-up, without storms: about 260
    // trains, each alone on the corridor. The transit times of a train's boxes move together, so
    // the standard error of the mean is about sd(train) ÷ √260 ≈ 6 d ÷ 16 ≈ 0.4 d, under 2 % of
    // the 14–37 days measured: the 10 % allowed is for the estimate's simplifications, not noise.
    // At one train a week the trains would share vessels (a 300-TEU Caspian feeder waits 72 h from
    // its first box, a Black Sea feeder sails every 240 h) and come out faster than the estimate
    // for one train alone.
    [Theory]
    [InlineData("xian", "sofia", "\"aktau-alat-feeder\", \"poti-burgas-feeder\"")]
    [InlineData("xian", "duisburg", "\"aktau-alat-feeder\", \"poti-constanta-feeder\", \"curtici\"")]
    [InlineData("xian", "duisburg", "\"petropavl\", \"brest\"")]
    [InlineData("shanghai", "rotterdam", "\"shanghai-port-said\", \"port-said-rotterdam\"")]
    public void A_route_s_planning_estimate_is_within_ten_percent_of_a_block_train_s_simulated_transit(string origin, string destination, string via)
    {
        using var folder = new ScenarioFolder();
        var scenario = folder.Load(Scenario(origin, destination, via));
        double planned = CorridorModel.PlanRoutes(scenario)[0].ExpectedDays;

        var result = ScenarioRunner.Run(scenario, cancellationToken: TestContext.Current.CancellationToken);

        double simulated = result.Streams[0].Transit.MeanDays;
        Assert.True(result.Streams[0].DeliveredContainers > 10_000, "about 260 trains of 50 boxes");
        Assert.True(
            Math.Abs(simulated - planned) <= 0.1 * planned,
            string.Create(CultureInfo.InvariantCulture, $"{origin} → {destination}: planned {planned:F2} d, simulated {simulated:F2} d"));
    }

    [Fact]
    public void Trains_run_through_borders_and_full_carriers_leave_at_once_while_part_loads_wait_their_longest_wait()
    {
        var terminal = new NetworkNode("terminal", "terminal", "AA", NodeKind.Terminal, 0, 0);
        var border = new NetworkNode("border", "border", "AA", NodeKind.Border, 0, 1) { DwellHours = DistributionSpec.Fixed(10), PriorityDwellHours = DistributionSpec.Fixed(4), ReverseDwellHours = DistributionSpec.Fixed(30) };
        var port = new NetworkNode("port", "port", "BB", NodeKind.Port, 0, 2);
        var rail = new NetworkLink("rail", "border", "port", TransportMode.Rail, 100) { SpeedKmh = 50, TrainCapacityTeu = 100, MaxWaitHours = 24 };
        var ferry = new NetworkLink("ferry", "port", "terminal", TransportMode.Ferry, 100) { CrossingHours = DistributionSpec.Fixed(20), Fleet = 2, VesselCapacityTeu = 92, MaxWaitHours = 96, ReturnMaxWaitHours = 50, LoadingHours = DistributionSpec.Fixed(5), UnloadingHours = DistributionSpec.Fixed(3) };
        var train = new RouteTiming(new PlanningLoad(100, 2, Priority: false));
        var box = new RouteTiming(new PlanningLoad(2, 2, Priority: true));

        // Through the border: 2 h moving. From a terminal a lone box waits 24 h, a full train none.
        Assert.Equal(2.0, box.LinkHours(rail, border), 9);
        Assert.Equal(26.0, box.LinkHours(rail, port), 9);
        Assert.Equal(2.0, train.LinkHours(rail, port), 9);

        // A ferry: 92 of 100 TEU sail at once, 8 wait 96 h (7.68 h on average); a lone box the whole 96 h,
        // 50 h the other way; then 5 + 20 + 3 h.
        Assert.Equal(7.68 + 28.0, train.LinkHours(ferry, port), 9);
        Assert.Equal(96.0 + 28.0, box.LinkHours(ferry, port), 9);
        Assert.Equal(50.0 + 28.0, box.LinkHours(ferry, terminal), 9);

        // Dwell: ordinary, priority, and against the written direction.
        Assert.Equal(10.0, train.NodeHours(border, reverse: false), 9);
        Assert.Equal(4.0, box.NodeHours(border, reverse: false), 9);
        Assert.Equal(30.0, box.NodeHours(border, reverse: true), 9);
    }

    private static string Scenario(string origin, string destination, string via) => $$"""
        {
          "name": "one block train", "description": "one block train every four weeks", "seed": 11, "years": 20, "warmUpDays": 60,
          "streams": [
            { "id": "s", "origin": "{{origin}}", "destination": "{{destination}}", "via": [{{via}}],
              "teuPerYear": 1304, "containersPerShipment": 50, "feuShare": 1, "sources": ["S96"] }
          ],
          "overrides": { "seaAreas": {
            "caspian": { "weather": { "closuresPerMonth": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] } },
            "black-sea": { "weather": { "closuresPerMonth": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] } } } }
        }
        """;
}
