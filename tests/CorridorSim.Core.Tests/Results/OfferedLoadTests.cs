using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Results;

namespace CorridorSim.Tests.Results;

/// <summary>The arrival-rate half of the overload check: the demand routed through a component against what it can pass.</summary>
public sealed class OfferedLoadTests
{
    [Fact]
    public void A_port_offered_more_than_its_daily_capacity_is_named_with_both_figures()
    {
        // Every stream of the Northern shift passes Alat: the 2024 baseline's 55,000 TEU a year and
        // the shifted 2 × 27,350, so 109,700 TEU a year against 274 TEU a day × 365 = 100,010.
        var shift = ScenarioLoader.LoadBuiltIn("northern-route-shift.json").ValueOrThrow();

        var run = ScenarioRunner.Run(shift, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains(run.Warnings, w => w.StartsWith("node:alat:capacity is offered more than it can pass: 109,700 TEU a year by the streams routed through it against 100,010 TEU a year (1.10×)", StringComparison.Ordinal));
        var alat = run.Components.Single(c => c.Id == "node:alat:capacity").Measures;
        Assert.Equal(109_700.0 / 100_010.0, alat.Single(m => m.Name == "offeredLoad").Value, 4);
        Assert.Equal(1, alat.Single(m => m.Name == "saturated").Value);
    }

    [Fact]
    public void A_vessel_service_is_offered_its_streams_against_full_round_trips_with_a_longest_wait_at_the_quieter_end()
    {
        // Aktau–Alat feeders in 2024: China → Azerbaijan, → Burgas, → Constanța and Kazakhstan →
        // Bulgaria, 21,000 + 11,000 + 8,000 + 2,500 = 42,500 TEU a year westbound. A round trip
        // loads (mean 9 h), crosses (triangular 18/22/30, mean 23.33 h) and unloads (mean 11 h)
        // each way, 86.67 h, and waits its longest wait at Alat, 90 h: 176.67 h, so six vessels
        // of 300 TEU carry 6 × 300 × 8,760 / 176.67 = 89,253 TEU a year: 0.4762 of it is offered.
        var baseline = ScenarioLoader.LoadBuiltIn("baseline-2024.json").ValueOrThrow();

        var run = ScenarioRunner.Run(baseline, cancellationToken: TestContext.Current.CancellationToken);

        var feeder = run.Components.Single(c => c.Id == "link:aktau-alat-feeder").Measures;
        Assert.Equal(0.4762, feeder.Single(m => m.Name == "offeredLoad").Value, 3);
        Assert.DoesNotContain(run.Warnings, w => w.Contains("is offered more than it can pass", StringComparison.Ordinal));
    }

    [Fact]
    public void A_saturated_component_states_the_week_it_saturated_in()
    {
        var shift = ScenarioLoader.LoadBuiltIn("northern-route-shift.json").ValueOrThrow();

        var run = ScenarioRunner.Run(shift, cancellationToken: TestContext.Current.CancellationToken);

        var ferry = run.Components.Single(c => c.Id == "link:kuryk-alat-ferry").Measures;
        double week = ferry.Single(m => m.Name == "saturatedSinceWeek").Value;
        Assert.InRange(week, 1, 53);
        Assert.Contains(run.Warnings, w => w.StartsWith("link:kuryk-alat-ferry is saturated", StringComparison.Ordinal) && w.Contains($" week {week} ", StringComparison.Ordinal));
    }
}
