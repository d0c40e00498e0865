using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Results;

namespace CorridorSim.Tests.Results;

/// <summary>A queue that grows without bound is named; one that only fluctuates, or peaks with the season, is not.</summary>
public sealed class OverloadCheckTests
{
    [Fact]
    public void A_backlog_that_keeps_growing_at_a_busy_component_is_saturated_from_when_it_doubled()
    {
        // 20 containers a week more, from 100: the first quarter (13 weeks) averages 220, and the
        // backlog is above twice that, 440, from the 19th week (100 + 20 × 18 = 460).
        var series = new ComponentSeries("node:x:capacity", [], [.. Enumerable.Range(0, 52).Select(w => 100.0 + (20 * w))]);

        Assert.Equal(19, OverloadCheck.SaturatedSince(series, utilisation: 0.99));
        Assert.Single(OverloadCheck.Warnings([series], _ => 0.99), w => w.StartsWith("node:x:capacity is saturated", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fluctuating_backlog_is_not_saturated()
    {
        var series = new ComponentSeries("node:x:capacity", [], [.. Enumerable.Range(0, 52).Select(w => 300.0 + (200 * Math.Sin(w)))]);

        Assert.Null(OverloadCheck.SaturatedSince(series, utilisation: 0.99));
    }

    [Fact]
    public void A_peak_in_the_last_weeks_only_is_not_saturation()
    {
        // A stormy winter at the end of the measured year: eight weeks of a large backlog.
        var series = new ComponentSeries("link:x:f", [], [.. Enumerable.Range(0, 52).Select(w => w < 44 ? 50.0 : 600.0)]);

        Assert.Null(OverloadCheck.SaturatedSince(series, utilisation: 0.99));
    }

    [Fact]
    public void A_growing_backlog_at_a_component_with_capacity_to_spare_is_not_saturation()
    {
        var series = new ComponentSeries("link:x:f", [], [.. Enumerable.Range(0, 52).Select(w => 100.0 + (20 * w))]);

        Assert.Null(OverloadCheck.SaturatedSince(series, utilisation: 0.5));
    }

    [Fact]
    public void A_what_if_beyond_the_corridors_capacity_names_its_bottleneck()
    {
        // 10 % of the Northern route's traffic on the 2024 Middle Corridor: half of it goes by
        // Kuryk and the Baku–Tbilisi–Kars line, and the Kuryk–Alat ferries (four vessels sailing
        // round trips, about 19,000 TEU a year westbound) cannot carry 38,000 TEU a year.
        var shift = ScenarioLoader.LoadBuiltIn("northern-route-shift.json").ValueOrThrow();

        var run = ScenarioRunner.Run(shift, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains(run.Warnings, w => w.StartsWith("link:kuryk-alat-ferry is saturated", StringComparison.Ordinal));
        Assert.Equal(1, run.Components.Single(c => c.Id == "link:kuryk-alat-ferry").Measures.Single(m => m.Name == "saturated").Value);
    }
}
