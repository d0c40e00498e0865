using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Results;
using CorridorSim.Scenarios;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Model;

/// <summary>
/// Behind a saturated crossing, origins hold what its port cannot store: cargo bound for a vessel
/// service is let through only with room booked at the port, so the port queue stays bounded,
/// time in the corridor levels off, and the wait moves to the origin's backlog.
/// </summary>
public sealed class LoadingRestrictionTests
{
    // The test network's ferry without storms: 3 vessels of 50 TEU, 10 h each way, leaving the
    // east port when full and the west port 24 h after they are ready there, empty if nothing came.
    // Saturated, a round trip is 10 + 24 + 10 = 44 h: 3 × 50 × 8,760 / 44 = 29,864 TEU a year.
    private const double FerryTeuPerYear = 3 * 50 * 8760 / 44.0;

    [Fact]
    public void A_port_queue_behind_a_saturated_ferry_stays_within_its_limit_and_time_in_the_corridor_levels_off()
    {
        // Twice the ferry's capacity is offered. With yardDays 3 the east port may hold
        // ⌈3 × 29,864 / 365⌉ = 246 TEU for the ferry, and as much may be booked on its way as the
        // ferry carries in 1.5 × the planned 6 h from the origin (1 h of rail, the port's 5 h
        // dwell): ⌈1.5 × 6 × 29,864 / 8,760⌉ = 31 TEU.
        var scenario = FerryScenario(new DemandStream("ferry", "origin-town", "city-dest", 2 * FerryTeuPerYear) { Via = ["port-east"], Sources = ["S01"] });

        var one = ScenarioRunner.Run(scenario with { Years = 1 }, cancellationToken: TestContext.Current.CancellationToken);
        var three = ScenarioRunner.Run(scenario with { Years = 3 }, cancellationToken: TestContext.Current.CancellationToken);

        var port = three.Components.Single(c => c.Id == "link:caspian-ferry:f").Measures.ToDictionary(m => m.Name, m => m.Value);
        Assert.Equal(246, port["queueLimit"]);
        Assert.Equal(31, port["onTheWayLimit"]);
        Assert.InRange(port["maxQueue"], 0.9 * 246, 246 + 31);
        Assert.True(port["originsHeldShare"] > 0.5, $"origins held {port["originsHeldShare"]:P0} of the time");

        // The ferry still runs full: restrictions at the origin do not starve it.
        var (s1, s3) = (one.Streams[0], three.Streams[0]);
        Assert.InRange(s1.DeliveredTeu, 0.95 * FerryTeuPerYear, 1.01 * FerryTeuPerYear);
        Assert.InRange(s3.Transit.MeanDays / s1.Transit.MeanDays, 0.9, 1.1);
        Assert.True(s3.BacklogWait.MeanDays > 2.5 * s1.BacklogWait.MeanDays, $"backlog wait {s1.BacklogWait.MeanDays:F1} → {s3.BacklogWait.MeanDays:F1} days");
        Assert.Contains(one.Warnings, w => w.StartsWith("link:caspian-ferry is saturated: its storage was full", StringComparison.Ordinal));
    }

    [Fact]
    public void Shipments_turn_to_an_open_route_while_the_port_of_theirs_is_held()
    {
        // Half of 100,000 TEU a year is drawn for the ferry, which carries 29,864: held at its
        // port, shipments drawn for it take the rail route instead, so the ferry carries what it can
        // (within 5 %), the rail route the rest, and nothing piles up at the origin.
        var stream = new DemandStream("split", "origin-town", "city-dest", 100_000)
        {
            Routes = [new StreamRoute(["port-east"]), new StreamRoute(["junction-north"])],
            Choice = new RouteChoice(RouteChoiceRule.Shares) { Shares = [0.5, 0.5] },
            Sources = ["S01"],
        };

        var run = ScenarioRunner.Run(FerryScenario(stream), cancellationToken: TestContext.Current.CancellationToken);

        var routes = (run.Streams[0].Routes ?? []).OrderBy(r => r.Number).ToList();
        Assert.Equal(2, routes.Count);
        Assert.InRange(routes[0].DeliveredTeu, 0.95 * FerryTeuPerYear, 1.01 * FerryTeuPerYear);
        Assert.InRange(routes[0].DeliveredTeu + routes[1].DeliveredTeu, 0.97 * 100_000, 1.03 * 100_000);
        Assert.True(run.Streams[0].BacklogEndTeu < 500, $"{run.Streams[0].BacklogEndTeu} TEU held at the end");
    }

    [Fact]
    public void A_fleet_sailing_both_ways_at_three_times_the_2024_demand_carries_as_much_as_at_twice()
    {
        // With the ports' queues held by restrictions at the origins rather than by refusing
        // vessels, the corridor cannot gridlock: more demand past saturation delivers about as much.
        var baseline = ScenarioLoader.LoadBuiltIn("baseline-2024.json").ValueOrThrow();
        var capacity = CapacityAnalysis.Run(baseline, [2.0, 3.0], new ExperimentOptions { Replications = 2 }, cancellationToken: TestContext.Current.CancellationToken);

        double twice = capacity.Points[0].Delivered.Mean;
        double thrice = capacity.Points[1].Delivered.Mean;
        Assert.InRange(thrice / twice, 0.9, 1.1);
    }

    private static Scenario FerryScenario(DemandStream stream)
    {
        var network = TestNetworks.Load(
            TestNetworks.Root.Replace("\"valueOfTimeUsdPerTeuHour\": 10,", "\"valueOfTimeUsdPerTeuHour\": 10, \"yardDays\": 3,", StringComparison.Ordinal),
            TestNetworks.Part
                .Replace("\"fleet\": 3, \"vesselCapacityTeu\": 50,", "\"fleet\": 3, \"vesselCapacityTeu\": 50, \"maxWaitHours\": 24,", StringComparison.Ordinal)
                .Replace("\"weather\": { \"closuresPerMonth\": [2, 2, 1, 1, 0, 0, 0, 0, 0, 1, 1, 2], \"durationHours\": { \"dist\": \"lognormal\", \"mean\": 24, \"sd\": 12 } },", string.Empty, StringComparison.Ordinal)).ValueOrThrow();
        return new Scenario("restricted", network, [stream with { FeuShare = 0 }]) { WarmUpDays = 60, Seed = 5 };
    }
}
