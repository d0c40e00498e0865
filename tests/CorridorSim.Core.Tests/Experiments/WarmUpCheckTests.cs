using CorridorSim.Experiments;
using CorridorSim.Input;

namespace CorridorSim.Tests.Experiments;

/// <summary>MSER-5 on weekly deliveries tells a corridor that starts empty from one that has warmed up.</summary>
public sealed class WarmUpCheckTests
{
    private static readonly CorridorSim.Scenarios.Scenario Baseline = ScenarioLoader.LoadBuiltIn().ValueOrThrow() with { Years = 0.5 };

    [Fact]
    public void A_run_measured_from_an_empty_corridor_is_warned_about()
    {
        // Deliveries start only when the first containers arrive, two to four weeks in.
        var cold = Experiment.Replicate(Baseline with { WarmUpDays = 0 }, new ExperimentOptions { Replications = 3 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(WarmUpCheck.TruncationWeeks(cold.Runs) >= 5);
        Assert.Contains(cold.Warnings, w => w.Contains("warm-up of 0 days may be too short", StringComparison.Ordinal));
    }

    [Fact]
    public void The_default_warm_up_of_the_baseline_passes_the_check()
    {
        var warm = Experiment.Replicate(Baseline with { Years = 1 }, new ExperimentOptions { Replications = 3 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, WarmUpCheck.TruncationWeeks(warm.Runs));
        Assert.Empty(warm.Warnings);
    }
}
