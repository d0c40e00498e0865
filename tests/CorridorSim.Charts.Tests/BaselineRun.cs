using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Results;
using CorridorSim.Scenarios;

namespace CorridorSim.Tests;

/// <summary>A fifth of a year of the baseline, run once for the tests that read its results.</summary>
public sealed class BaselineRun
{
    public BaselineRun()
    {
        Scenario = ScenarioLoader.LoadBuiltIn("baseline-2024.json").ValueOrThrow() with { Years = 0.2 };
        Run = ScenarioRunner.Run(Scenario, cancellationToken: TestContext.Current.CancellationToken);
    }

    public Scenario Scenario { get; }

    public RunResult Run { get; }
}
