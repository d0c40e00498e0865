using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Output;
using CorridorSim.Results;

namespace CorridorSim.Tests.Output;

/// <summary>scenario.resolved.json reruns the run it was written with.</summary>
public sealed class ResolvedScenarioTests
{
    [Theory]
    [InlineData("baseline-2024.json")]
    [InlineData("border-digitalisation.json")]
    [InlineData("kazakhstan-bulgaria-trade.json")]
    [InlineData("caspian-route-choice.json")]
    public void A_resolved_library_scenario_reruns_the_same_run(string file)
    {
        var scenario = ScenarioLoader.LoadBuiltIn(file).ValueOrThrow() with { Years = 0.1 };
        var first = ScenarioRunner.Run(scenario, cancellationToken: TestContext.Current.CancellationToken);

        var resolved = ScenarioLoader.LoadFromText("resolved.json", ResolvedScenario.Of(scenario, scenario.Seed, first.Streams).ToJsonString()).ValueOrThrow();
        var again = ScenarioRunner.Run(resolved, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(RunResultJson.Write(first), RunResultJson.Write(again));
    }

    [Fact]
    public void A_scenario_changed_in_code_is_written_as_it_ran()
    {
        var baseline = ScenarioLoader.LoadBuiltIn().ValueOrThrow();
        var busier = baseline with
        {
            Name = "Busier China → Azerbaijan",
            Years = 0.1,
            Streams = [.. baseline.Streams.Select(s => s.Id == "china-azerbaijan" ? s with { TeuPerYear = s.TeuPerYear * 1.2 } : s)],
        };
        var first = ScenarioRunner.Run(busier, cancellationToken: TestContext.Current.CancellationToken);

        var resolved = ScenarioLoader.LoadFromText("resolved.json", ResolvedScenario.Of(busier, busier.Seed, first.Streams).ToJsonString()).ValueOrThrow();

        Assert.Equal("Busier China → Azerbaijan", resolved.Name);
        Assert.Equal(25_200, resolved.Streams.Single(s => s.Id == "china-azerbaijan").TeuPerYear);
        Assert.Equal(RunResultJson.Write(first), RunResultJson.Write(ScenarioRunner.Run(resolved, cancellationToken: TestContext.Current.CancellationToken)));
    }
}
