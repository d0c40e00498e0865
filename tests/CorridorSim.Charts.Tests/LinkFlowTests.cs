using CorridorSim.Charts;
using CorridorSim.Experiments;
using CorridorSim.Input;

namespace CorridorSim.Tests;

public sealed class LinkFlowTests(BaselineRun fixture) : IClassFixture<BaselineRun>
{
    [Fact]
    public void A_link_carries_a_year_s_worth_of_the_TEU_delivered_along_it()
    {
        var run = fixture.Run;
        double delivered = run.Streams.Where(s => s.RouteLinks.Contains("xian-lanzhou")).Sum(s => (double)s.DeliveredTeu);

        var flow = LinkFlow.Measure(fixture.Scenario.Network, [run]).Single(f => f.LinkId == "xian-lanzhou");

        Assert.True(delivered > 0);
        Assert.Equal(delivered / run.Info.Years, flow.TeuPerYear, 6);
    }

    [Fact]
    public void A_stream_with_several_routes_puts_each_route_s_TEU_on_that_route_s_links()
    {
        var scenario = ScenarioLoader.LoadBuiltIn("caspian-route-choice.json").ValueOrThrow() with { Years = 0.2 };
        var run = ScenarioRunner.Run(scenario, cancellationToken: TestContext.Current.CancellationToken);
        var stream = run.Streams.Single(s => s.Id == "china-azerbaijan");
        var railFerry = stream.Routes!.Single(r => r.Links.Contains("aktau-alat-ferry"));

        var flow = LinkFlow.Measure(scenario.Network, [run]).Single(f => f.LinkId == "aktau-alat-ferry");

        // Only this route of this stream crosses on the rail ferry.
        Assert.Single(run.Streams.SelectMany(s => s.Routes ?? []), r => r.Links.Contains("aktau-alat-ferry"));
        Assert.InRange(railFerry.DeliveredTeu, 1, stream.DeliveredTeu - 1);
        Assert.Equal(railFerry.DeliveredTeu / run.Info.Years, flow.TeuPerYear, 6);
    }

    [Fact]
    public void Replications_give_the_mean_of_their_flows()
    {
        var network = fixture.Scenario.Network;
        var other = ScenarioRunner.Run(fixture.Scenario, 7, cancellationToken: TestContext.Current.CancellationToken);

        var one = LinkFlow.Measure(network, [fixture.Run]);
        var two = LinkFlow.Measure(network, [other]);
        var both = LinkFlow.Measure(network, [fixture.Run, other]);

        for (int i = 0; i < both.Count; i++)
        {
            Assert.Equal((one[i].TeuPerYear + two[i].TeuPerYear) / 2, both[i].TeuPerYear, 6);
        }

        Assert.Contains(both, f => f.TeuPerYear > 0 && one.Single(o => o.LinkId == f.LinkId).TeuPerYear != two.Single(t => t.LinkId == f.LinkId).TeuPerYear);
    }

    [Fact]
    public void Utilisation_is_the_vessel_service_s_or_the_busier_direction_s_share_of_slots_and_unknown_without_either()
    {
        var components = fixture.Run.Components.ToDictionary(c => c.Id);
        double Measure(string id, string name) => components[id].Measures.Single(m => m.Name == name).Value;
        var flows = LinkFlow.Measure(fixture.Scenario.Network, [fixture.Run]).ToDictionary(f => f.LinkId);

        Assert.Equal(Measure("link:aktau-alat-feeder", "utilisation"), flows["aktau-alat-feeder"].Utilisation);
        Assert.Equal(Math.Max(Measure("link:boyuk-kesik-tbilisi:f", "slotUtilisation"), Measure("link:boyuk-kesik-tbilisi:r", "slotUtilisation")), flows["boyuk-kesik-tbilisi"].Utilisation);
        Assert.Null(flows["xian-lanzhou"].Utilisation);
    }

    [Fact]
    public void Flows_need_at_least_one_run()
    {
        Assert.Throws<ArgumentException>(() => LinkFlow.Measure(fixture.Scenario.Network, []));
    }
}
