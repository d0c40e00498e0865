using CorridorSim.Experiments;
using CorridorSim.Input;

namespace CorridorSim.Tests.Experiments;

/// <summary>Demand scaled step by step finds where the corridor stops delivering what it is offered.</summary>
public sealed class CapacityAnalysisTests
{
    private static readonly CorridorSim.Scenarios.Scenario Baseline = ScenarioLoader.LoadBuiltIn().ValueOrThrow() with { Years = 0.5 };

    [Fact]
    public void Below_saturation_the_corridor_delivers_what_is_offered_and_above_it_names_its_bottleneck()
    {
        var result = CapacityAnalysis.Run(Baseline, [3.0, 1.0], new ExperimentOptions { Replications = 2 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([1.0, 3.0], result.Points.Select(p => p.Factor));
        var today = result.Points[0];
        var tripled = result.Points[1];
        Assert.Equal(55_000, today.OfferedTeuPerYear);
        Assert.InRange(today.Delivered.Mean, 0.9 * 55_000, 1.1 * 55_000);
        Assert.Empty(today.Saturated);

        // Three times the 2024 demand: the Aktau–Alat feeders (six vessels in round trips, about
        // 89,000 TEU a year westbound) bind, so far less than what is offered gets through.
        Assert.True(tripled.Delivered.Mean < 0.8 * tripled.OfferedTeuPerYear, $"{tripled.Delivered.Mean} of {tripled.OfferedTeuPerYear}");
        Assert.Contains("link:aktau-alat-feeder", tripled.Saturated);
        Assert.Same(tripled, result.FirstSaturated);
        Assert.True(tripled.TransitMeanDays.Mean > today.TransitMeanDays.Mean + 10);
    }

    [Fact]
    public void A_factor_that_is_not_above_zero_is_refused()
    {
        Assert.Throws<ArgumentException>(() => CapacityAnalysis.Run(Baseline, [0.0], cancellationToken: TestContext.Current.CancellationToken));
    }
}
