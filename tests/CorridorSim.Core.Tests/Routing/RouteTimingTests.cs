using System.Globalization;
using CorridorSim.Experiments;
using CorridorSim.Model.Corridor;
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
