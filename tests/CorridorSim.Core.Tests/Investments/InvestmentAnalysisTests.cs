using System.Text.Json.Nodes;
using CorridorSim.Experiments;
using CorridorSim.Investments;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Investments;

/// <summary>
/// A toy investment set with a known best, on the two routes of <see cref="ParallelRoutes"/>: the
/// stream runs via "a" (20 h of travel) and waits an exponential dwell of mean 10 h at "a".
/// Halving that dwell saves 5 h on average (0.2083 days) for 50 M; doubling the speed of the
/// first 100 km saves 1 h for 2 M (0.5 h per million, against 0.1); both together save 6 h for
/// 52 M; speeding up the unused southern route saves nothing. (The mean over the containers
/// delivered in the measured period differs from the saving per container by those that an
/// earlier arrival brings into the period: hence intervals, not equalities.)
/// </summary>
public sealed class InvestmentAnalysisTests : IDisposable
{
    private const string Dwell = """, "overrides": { "nodes": { "a": { "dwellHours": { "dist": "exponential", "mean": 10 } } } }""";

    private readonly ParallelRoutes _network = new();

    public void Dispose() => _network.Dispose();

    [Fact]
    public void The_known_best_candidate_is_selected_by_each_criterion_at_the_stated_confidence()
    {
        var result = InvestmentAnalysis.Run(Spec(), new ExperimentOptions { Parallelism = 2 }, cancellationToken: TestContext.Current.CancellationToken);

        var transit = result.Ranking(InvestmentCriterion.TransitReduction);
        var perCost = result.Ranking(InvestmentCriterion.TransitReductionPerCost);
        Assert.Equal("halve-dwell+faster-first-leg", transit.Best);
        Assert.Equal(["halve-dwell+faster-first-leg", "halve-dwell", "faster-first-leg", "south-route"], transit.Ranks.Select(r => r.Option));
        Assert.Equal("faster-first-leg", perCost.Best);
        Assert.Equal(["faster-first-leg"], perCost.Contenders);
    }

    [Fact]
    public void Each_candidates_saving_is_estimated_within_its_interval_of_the_worked_saving()
    {
        var result = InvestmentAnalysis.Run(Spec(), cancellationToken: TestContext.Current.CancellationToken);

        var ranks = result.Ranking(InvestmentCriterion.TransitReduction).Ranks.ToDictionary(r => r.Option);
        var dwell = ranks["halve-dwell"];
        Assert.InRange(5.0 / 24.0, dwell.Lower, dwell.Upper);
        Assert.InRange(1.0 / 24.0, ranks["faster-first-leg"].Lower, ranks["faster-first-leg"].Upper);
    }

    [Fact]
    public void A_candidate_that_changes_nothing_the_cargo_uses_gains_exactly_nothing_by_every_criterion()
    {
        var result = InvestmentAnalysis.Run(Spec(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.All(result.Rankings, ranking =>
        {
            var south = ranking.Ranks.Single(r => r.Option == "south-route");
            Assert.Equal((0.0, 0.0, 0.0), (south.Mean, south.Lower, south.Upper));
            Assert.False(south.Best);
        });
    }

    [Fact]
    public void A_combination_costs_its_members_together_and_saves_what_both_save()
    {
        var result = InvestmentAnalysis.Run(Spec(), cancellationToken: TestContext.Current.CancellationToken);

        var both = result.Option("halve-dwell+faster-first-leg");
        var ranks = result.Ranking(InvestmentCriterion.TransitReduction).Ranks.ToDictionary(r => r.Option);
        Assert.Equal(52.0, both.CostMillionUsd);
        Assert.Equal(ranks["halve-dwell"].Mean + (1.0 / 24.0), ranks[both.Id].Mean, tolerance: 0.1 / 24.0);
        Assert.Equal(result.Samples.Where(s => s.Option is null).Select(s => s.Seed), result.Samples.Where(s => s.Option == both.Id).Select(s => s.Seed));
    }

    [Fact]
    public void An_indifference_zone_runs_a_second_stage_that_keeps_the_first_and_selects_the_best()
    {
        var plain = InvestmentAnalysis.Run(Spec(), cancellationToken: TestContext.Current.CancellationToken);
        // Differences under 0.005 days (7 minutes) of transit saved do not matter; the dwell's noise needs more than 5 replications to resolve that.
        var spec = Spec() with { Indifference = new Dictionary<InvestmentCriterion, double> { [InvestmentCriterion.TransitReduction] = 0.005 } };

        var result = InvestmentAnalysis.Run(spec, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(5, result.FirstStageReplications);
        Assert.True(result.Replications > 5, $"{result.Replications} replications");
        Assert.Equal(plain.Samples.Where(s => s.Replication <= 5), result.Samples.Where(s => s.Replication <= 5));
        var transit = result.Ranking(InvestmentCriterion.TransitReduction);
        Assert.Equal(0.005, transit.Indifference);
        Assert.Equal("halve-dwell+faster-first-leg", transit.Best);
        Assert.Null(result.Ranking(InvestmentCriterion.ThroughputGain).Indifference);
    }

    private InvestmentSpec Spec()
    {
        var scenario = _network.Load("\"via\": [\"a\"]", teuPerYear: 2000, extra: Dwell, years: 0.5);
        return new InvestmentSpec(
            "toy",
            scenario,
            [
                Candidate("halve-dwell", 50, """{ "nodes": { "a": { "dwellHours": { "dist": "exponential", "mean": 5 } } } }"""),
                Candidate("faster-first-leg", 2, """{ "links": { "o-a": { "speedKmh": 100 } } }"""),
                Candidate("south-route", 10, """{ "links": { "o-b": { "speedKmh": 100 } } }"""),
            ],
            [["halve-dwell", "faster-first-leg"]],
            Replications: 5);
    }

    private static InvestmentCandidate Candidate(string id, double cost, string overrides) =>
        new(id, id, cost, JsonNode.Parse(overrides)!.AsObject());
}
