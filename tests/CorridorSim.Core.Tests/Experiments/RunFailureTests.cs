using CorridorSim.Experiments;
using CorridorSim.Input;

namespace CorridorSim.Tests.Experiments;

/// <summary>A fault inside a run reaches the caller as one exception naming what reproduces it.</summary>
public sealed class RunFailureTests
{
    [Fact]
    public void A_run_that_fails_inside_the_simulator_names_its_scenario_file_and_seed()
    {
        // Built in code, past the loader's checks: an origin the network does not have.
        var baseline = ScenarioLoader.LoadBuiltIn().ValueOrThrow();
        var broken = baseline with { Streams = [baseline.Streams[0] with { Origin = "nowhere" }] };

        var failure = Assert.Throws<RunFailedException>(() => ScenarioRunner.Run(broken, seed: 77, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(baseline.Name, failure.Scenario);
        Assert.Equal(baseline.File, failure.File);
        Assert.Equal(77UL, failure.Seed);
        Assert.NotNull(failure.InnerException);
        Assert.Contains("seed 77", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancelling_a_run_is_not_reported_as_a_failure()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ScenarioRunner.Run(ScenarioLoader.LoadBuiltIn().ValueOrThrow(), cancellationToken: cancelled.Token));
    }
}
