using System.Text.Json.Nodes;
using CorridorSim.Input;
using CorridorSim.Sweeps;

namespace CorridorSim.Tests.Sweeps;

/// <summary>A design point's scenario is the base with each factor's value where its pointer points, loaded as a scenario file is.</summary>
public sealed class SweepScenarioTests
{
    private static readonly CorridorSim.Scenarios.Scenario Baseline = ScenarioLoader.LoadBuiltIn().ValueOrThrow();

    private static readonly SweepFactor Fleet = new("feederFleet", "/overrides/links/aktau-alat-feeder/fleet", FactorDomain.List([JsonValue.Create(4), JsonValue.Create(9)]));
    private static readonly SweepFactor Demand = new("demand", "/streams/china-azerbaijan/teuPerYear", FactorDomain.Range(10_000, 30_000, step: 10_000, whole: true));

    [Fact]
    public void A_point_sets_an_override_the_base_does_not_make_and_a_stream_by_its_id()
    {
        var resolved = SweepScenario.Resolve(Baseline);
        var point = SweepDesigns.Generate([Fleet, Demand], new SweepDesign(DesignKind.Grid))[^1];

        var scenario = SweepScenario.At(Baseline, resolved, [Fleet, Demand], point, "point 5").ValueOrThrow();

        Assert.Equal(9, scenario.Network.Link("aktau-alat-feeder").Fleet);
        Assert.Equal(30_000, scenario.Streams.Single(s => s.Id == "china-azerbaijan").TeuPerYear);
        Assert.Equal(Baseline.Streams.Count, scenario.Streams.Count);
        Assert.Equal(Baseline.Seed, scenario.Seed);
        Assert.Null(resolved["overrides"]?["links"]?["aktau-alat-feeder"]);
    }

    [Fact]
    public void The_base_resolved_and_loaded_again_is_the_same_scenario()
    {
        var resolved = SweepScenario.Resolve(Baseline);

        var again = ScenarioLoader.LoadFromText("again", resolved.ToJsonString()).ValueOrThrow();

        Assert.Equal(Baseline.Streams.Select(s => (s.Id, s.TeuPerYear, s.Origin, s.Destination)), again.Streams.Select(s => (s.Id, s.TeuPerYear, s.Origin, s.Destination)));
        Assert.Equal((Baseline.Years, Baseline.WarmUpDays, Baseline.Seed), (again.Years, again.WarmUpDays, again.Seed));
    }

    [Fact]
    public void A_pointer_at_a_stream_or_an_element_that_does_not_exist_is_named_with_the_nearest()
    {
        SweepFactor[] factors =
        [
            Fleet,
            new("typo", "/streams/china-azerbiajan/teuPerYear", FactorDomain.Range(1, 2)),
            new("noLink", "/overrides/links/aktau-alat-feedr/fleet", FactorDomain.Range(1, 2)),
        ];

        var problems = SweepScenario.Check(Baseline, SweepScenario.Resolve(Baseline), factors);

        Assert.Equal([1, 2], problems.Select(p => p.Factor));
        Assert.Contains("'/streams/china-azerbaijan/teuPerYear'", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("no links entry 'aktau-alat-feedr'", problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("did you mean", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_the_scenario_cannot_take_is_a_load_error_of_that_point()
    {
        var bad = new SweepFactor("fleet", "/overrides/links/aktau-alat-feeder/fleet", FactorDomain.List([JsonValue.Create(-1)]));
        var point = SweepDesigns.Generate([bad], new SweepDesign(DesignKind.Grid))[0];

        var loaded = SweepScenario.At(Baseline, SweepScenario.Resolve(Baseline), [bad], point, "point 0");

        Assert.NotEmpty(loaded.Errors);
        Assert.Contains(loaded.Errors, e => e.JsonPath.Contains("aktau-alat-feeder", StringComparison.Ordinal));
    }
}
