using CorridorSim.Model.Corridor;
using CorridorSim.Results;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Scenarios;

/// <summary>
/// Streams with several routes on two parallel routes with fixed times (<see cref="ParallelRoutes"/>:
/// 20 h and 30 h, generalised costs 200 and 300 USD per TEU), where the shares are worked out by
/// hand. Shares are checked within a 99 % binomial interval: |p̂ − p| ≤ 2.576 √(p (1 − p) / n),
/// n the containers (single boxes, so each is its own shipment and independent).
/// </summary>
public sealed class RouteChoiceTests : IDisposable
{
    private const string TwoRoutes = "\"routes\": [ { \"via\": [\"a\"] }, { \"via\": [\"b-d-1\"] } ]";
    private const double Z99 = 2.576;

    private readonly ParallelRoutes _network = new();

    [Fact]
    public void A_logit_shares_shipments_between_two_fixed_routes_as_the_formula_gives()
    {
        // p1 = 1 / (1 + exp(θ (c1 − c2))) = 1 / (1 + exp(0.01 × (200 − 300))) = 0.7311.
        double p1 = 1.0 / (1.0 + Math.Exp(0.01 * (200.0 - 300.0)));
        var scenario = _network.Load($"{TwoRoutes}, \"choice\": {{ \"rule\": \"logit\", \"theta\": 0.01 }}");
        var model = new CorridorModel(scenario);

        model.Run();
        var (result, _) = ParallelRoutes.Run(scenario);

        var chooser = model.Choosers[0]!;
        Assert.Equal(20.0, chooser.ExpectedHours(0), 6);
        Assert.Equal(30.0, chooser.ExpectedHours(1), 6);
        Assert.Equal(p1, chooser.Probability(0), 9);
        AssertShare(p1, result.Streams[0].Routes!, route: 0);
    }

    [Fact]
    public void Path_size_logit_counts_two_routes_that_share_most_of_their_length_as_about_one()
    {
        // The two southern routes share o–b (1,400 of 1,500 km): PS = (1400/1500)/2 + (100/1500)/1
        // = 0.5333 each, the northern route's PS = 1. p(north) = 1 / (1 + 2 × 0.5333 × e^−1) = 0.7182
        // (0.5761 without the correction).
        double ps = (1400.0 / 1500.0 / 2.0) + (100.0 / 1500.0);
        double north = 1.0 / (1.0 + (2.0 * ps * Math.Exp(-1.0)));
        var scenario = _network.Load("\"routes\": [ { \"via\": [\"a\"] }, { \"via\": [\"b-d-1\"] }, { \"via\": [\"b-d-2\"] } ], \"choice\": { \"rule\": \"logit\", \"theta\": 0.01, \"pathSize\": true }");
        var model = new CorridorModel(scenario);

        model.Run();
        var (result, _) = ParallelRoutes.Run(scenario);

        Assert.Equal(north, model.Choosers[0]!.Probability(0), 9);
        Assert.Equal((1.0 - north) / 2.0, model.Choosers[0]!.Probability(1), 9);
        AssertShare(north, result.Streams[0].Routes!, route: 0);
    }

    [Fact]
    public void The_k_best_routes_come_best_first_and_a_route_family_keeps_to_its_own_links()
    {
        // By generalised cost: via a (200 USD), then the two southern routes (300 USD each);
        // without path size p(north) = 1 / (1 + 2 e^−1) = 0.5761.
        var best = new CorridorModel(_network.Load("\"routes\": { \"best\": 3 }, \"choice\": { \"rule\": \"logit\", \"theta\": 0.01 }"));
        var middle = new CorridorModel(_network.Load("\"routes\": { \"best\": 2, \"corridor\": \"middle\" }, \"choice\": { \"rule\": \"shares\", \"shares\": [0.5, 0.5] }"));

        Assert.Equal(["o-a", "a-d"], best.Routes[0].Links.Select(l => l.Id));
        Assert.Equal(1.0 / (1.0 + (2.0 * Math.Exp(-1.0))), best.Choosers[0]!.Probability(0), 9);
        Assert.All(middle.Lanes.LanesOf(0), lane => Assert.Equal("o-b", middle.Routes[lane].Links[0].Id));
    }

    [Fact]
    public void Fixed_shares_send_each_route_its_share_within_a_binomial_interval()
    {
        var (result, _) = ParallelRoutes.Run(_network.Load($"{TwoRoutes}, \"choice\": {{ \"rule\": \"shares\", \"shares\": [0.3, 0.7] }}"));

        AssertShare(0.3, result.Streams[0].Routes!, route: 0);
        Assert.Equal("shares", result.Streams[0].RouteChoice);
    }

    [Fact]
    public void Every_container_of_a_block_train_takes_the_route_of_its_shipment()
    {
        var (_, shipments) = ParallelRoutes.Run(_network.Load($"{TwoRoutes}, \"choice\": {{ \"rule\": \"shares\", \"shares\": [0.5, 0.5] }}", containersPerShipment: 10));

        var trains = shipments.GroupBy(s => s.CreatedHours).ToList();
        Assert.True(trains.Count > 100, $"only {trains.Count} trains");
        Assert.All(trains, t => Assert.Single(t.Select(s => s.Route).Distinct()));
        Assert.All(trains, t => Assert.Equal(10, t.Count()));
        Assert.Equal([1, 2], shipments.Select(s => s.Route).Distinct().Order());
    }

    [Fact]
    public void Under_the_logit_a_route_closed_for_weeks_loses_its_share_during_the_closure_and_wins_it_back_after()
    {
        // The northern route's far link closes from day 100 to day 190. Its boxes are overdue
        // 20 h after setting off, and with a 3-day memory its expected time passes 60 h — a share
        // of 1 / (1 + e^3) = 4.7 % — within days; from day 115 it carries almost nothing. Thirty
        // days after the reopening its estimate is back to 20 h (the jam's news decays by e every
        // 3 days), and so is its share of 0.7311.
        const string closure = ", \"closures\": [ { \"target\": \"a-d\", \"startDay\": 100, \"endDay\": 190 } ]";
        var (_, shipments) = ParallelRoutes.Run(_network.Load($"{TwoRoutes}, \"choice\": {{ \"rule\": \"logit\", \"theta\": 0.01, \"memoryDays\": 3 }}", extra: closure));

        var (jam, jamBoxes) = ShareOfNorth(shipments, 115, 190);
        var (after, afterBoxes) = ShareOfNorth(shipments, 220, 330);

        Assert.True(jamBoxes > 2000, $"{jamBoxes} containers set off during the closure");
        Assert.True(jam < 0.05, $"the closed route kept {jam:P1} of the containers during the closure");
        double p1 = 1.0 / (1.0 + Math.Exp(-1.0));
        Assert.InRange(after, p1 - (Z99 * Math.Sqrt(p1 * (1 - p1) / afterBoxes)), p1 + (Z99 * Math.Sqrt(p1 * (1 - p1) / afterBoxes)));
    }

    [Fact]
    public void Under_fixed_shares_a_closed_route_keeps_its_share()
    {
        const string closure = ", \"closures\": [ { \"target\": \"a-d\", \"startDay\": 100, \"endDay\": 190 } ]";
        var (_, shipments) = ParallelRoutes.Run(_network.Load($"{TwoRoutes}, \"choice\": {{ \"rule\": \"shares\", \"shares\": [0.7, 0.3] }}", extra: closure));

        var (jam, n) = ShareOfNorth(shipments, 115, 190);

        Assert.InRange(jam, 0.7 - (Z99 * Math.Sqrt(0.21 / n)), 0.7 + (Z99 * Math.Sqrt(0.21 / n)));
        Assert.True(shipments.Where(s => s.Route == 1 && s.CreatedHours > (30 + 115) * 24.0 && s.CreatedHours < (30 + 190) * 24.0).All(s => s.DeliveredHours >= (30 + 190) * 24.0), "a box went through the closed link");
    }

    [Fact]
    public void Cargo_is_conserved_and_the_routes_add_up_to_their_stream()
    {
        var (result, _) = ParallelRoutes.Run(_network.Load($"{TwoRoutes}, \"choice\": {{ \"rule\": \"logit\", \"theta\": 0.01 }}", extra: ", \"closures\": [ { \"target\": \"o-b\", \"startDay\": 200, \"endDay\": 260 } ]"));

        var stream = result.Streams[0];
        var routes = stream.Routes!;
        Assert.Equal(result.Cargo.GeneratedContainers, result.Cargo.DeliveredContainers + result.Cargo.RejectedContainers + result.Cargo.InSystemContainers);
        Assert.Equal(stream.DeliveredContainers, routes.Sum(r => r.DeliveredContainers));
        Assert.Equal(stream.DeliveredTeu, routes.Sum(r => r.DeliveredTeu));
        Assert.Equal(1.0, routes.Sum(r => r.ShareOfContainers), 12);
        Assert.Equal(20.0, routes[0].Transit.MeanDays * 24.0, 6);
        Assert.Equal(((routes[0].DeliveredContainers * 1000.0) + (routes[1].DeliveredContainers * 1500.0)) / stream.DeliveredContainers, stream.RouteKm, 9);
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_with_route_choice()
    {
        const string routing = $"{TwoRoutes}, \"choice\": {{ \"rule\": \"logit\", \"theta\": 0.01, \"pathSize\": true }}";
        const string closure = ", \"closures\": [ { \"target\": \"a-d\", \"startDay\": 50, \"endDay\": 80 } ]";

        string first = RunResultJson.Write(ParallelRoutes.Run(_network.Load(routing, extra: closure, seed: 5, years: 0.5)).Result);
        string second = RunResultJson.Write(ParallelRoutes.Run(_network.Load(routing, extra: closure, seed: 5, years: 0.5)).Result);

        Assert.Equal(first, second);
        Assert.Equal(first, RunResultJson.Write(RunResultJson.Read(first)));
    }

    [Fact]
    public void Route_KPIs_follow_the_stream_KPIs_and_are_not_headline_figures()
    {
        var (result, _) = ParallelRoutes.Run(_network.Load($"{TwoRoutes}, \"choice\": {{ \"rule\": \"shares\", \"shares\": [0.3, 0.7] }}", years: 0.3));

        var kpis = RunKpis.Of(result);
        var share = kpis.Single(k => k.Component == "route:s:2" && k.Measure == "shareOfContainers");

        Assert.Equal(result.Streams[0].Routes![1].ShareOfContainers, share.Value);
        Assert.Contains(kpis, k => k.Component == "route:s:1" && k.Measure == "transitMeanDays" && Math.Abs(k.Value - (20.0 / 24.0)) < 1e-9);
        Assert.DoesNotContain(kpis.Where(RunKpis.IsHeadline), k => k.Component.StartsWith("route:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stream_given_its_one_route_in_routes_runs_exactly_as_with_via()
    {
        var baseline = CorridorSim.Input.ScenarioLoader.LoadBuiltIn().ValueOrThrow() with { Years = 0.2 };
        var asRoutes = CorridorSim.Input.ScenarioLoader.LoadFromText("one-route.json", """
            { "extends": "baseline-2024.json", "name": "Baseline 2024",
              "overrides": { "streams": { "china-azerbaijan": { "via": null, "routes": [ { "via": ["aktau-alat-feeder"] } ] } } } }
            """).ValueOrThrow() with { Years = 0.2 };

        var first = CorridorSim.Experiments.ScenarioRunner.Run(baseline, cancellationToken: TestContext.Current.CancellationToken);
        var second = CorridorSim.Experiments.ScenarioRunner.Run(asRoutes, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1, asRoutes.Streams[0].RouteCount);
        Assert.Equal(RunResultJson.Write(first), RunResultJson.Write(second));
    }

    [Fact]
    public void Changing_one_streams_route_choice_leaves_another_streams_containers_and_its_own_arrivals_unchanged()
    {
        // Stream t keeps one route; stream s's choice changes from fixed shares to a logit. The
        // chooser draws from its own stream, so t's containers and s's departures are the same draws.
        string Streams(string choice) => $$"""
            { "id": "t", "origin": "o", "destination": "d", "via": ["a"], "teuPerYear": 5000, "feuShare": 0.5, "sources": ["S01"] },
            { "id": "s", "origin": "o", "destination": "d", "teuPerYear": 8000, "feuShare": 0.5, "containersPerShipment": 5, "sources": ["S01"],
              {{TwoRoutes}}, "choice": {{choice}} }
            """;
        List<ShipmentRecord> Run(string choice) => ParallelRoutes.Run(CorridorSim.Input.ScenarioLoader.LoadFromText("crn.json", $$"""
            { "name": "crn", "network": "network.json", "years": 0.5, "warmUpDays": 30, "streams": [ {{Streams(choice)}} ] }
            """, _network.Folder).ValueOrThrow()).Shipments;

        var shares = Run("{ \"rule\": \"shares\", \"shares\": [0.5, 0.5] }");
        var logit = Run("{ \"rule\": \"logit\", \"theta\": 0.01 }");

        double before = (30 + 180) * 24.0;
        Assert.Equal(shares.Where(x => x.Stream == "t").Select(x => (x.CreatedHours, x.DeliveredHours, x.Teu)), logit.Where(x => x.Stream == "t").Select(x => (x.CreatedHours, x.DeliveredHours, x.Teu)));
        Assert.Equal(shares.Where(x => x.Stream == "s" && x.CreatedHours < before).Select(x => (x.CreatedHours, x.Teu)).Order(), logit.Where(x => x.Stream == "s" && x.CreatedHours < before).Select(x => (x.CreatedHours, x.Teu)).Order());
        Assert.NotEqual(shares.Count(x => x.Stream == "s" && x.Route == 1), logit.Count(x => x.Stream == "s" && x.Route == 1));
    }

    [Fact]
    public void A_run_with_route_choice_needs_no_more_memory_for_sixteen_years_than_for_one()
    {
        // Allocations while running: the choosers' rings of boxes on their way grow only with the
        // boxes in the corridor, not with the run length.
        var scenario = CorridorSim.Input.ScenarioLoader.LoadBuiltIn("caspian-route-choice.json").ValueOrThrow();
        RunAllocations.AssertIndependentOfRunLength(scenario);
    }

    public void Dispose() => _network.Dispose();

    /// <summary>The share of route 1 among the containers delivered that set off between measured days <paramref name="from"/> and <paramref name="to"/> (warm-up 30 days), and their number.</summary>
    private static (double Share, int Containers) ShareOfNorth(List<ShipmentRecord> shipments, double from, double to)
    {
        var set = shipments.Where(s => s.CreatedHours >= (30 + from) * 24.0 && s.CreatedHours < (30 + to) * 24.0).ToList();
        return ((double)set.Count(s => s.Route == 1) / set.Count, set.Count);
    }

    private static void AssertShare(double p, IReadOnlyList<RouteResult> routes, int route)
    {
        long n = routes.Sum(r => r.Containers);
        double half = Z99 * Math.Sqrt(p * (1 - p) / n);
        Assert.True(n > 10_000, $"only {n} containers");
        Assert.InRange(routes[route].ShareOfContainers, p - half, p + half);
    }
}
