using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Model.Corridor;
using CorridorSim.Model.Links;
using CorridorSim.Statistics;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Scenarios;

/// <summary>The baseline reproduces the 2024 corridor where docs/calibration.md says it does.</summary>
public sealed class CalibrationTests
{
    private static readonly CorridorSim.Scenarios.Scenario Baseline = ScenarioLoader.LoadBuiltIn().ValueOrThrow();

    [Fact]
    public void Baseline_delivers_the_2024_Trans_Caspian_volume()
    {
        // Target: 55,000–56,500 TEU crossed the Caspian in 2024 (data/SOURCES.md, S73 and
        // EST-DEMAND-2024); tolerance ±5 % of 55,000 for the split of demand that is assumed.
        var interval = Replications.Estimate(12, 1, seed =>
        {
            var model = new CorridorModel(Baseline, seed);
            model.Run();
            return Baseline.Streams.Select((s, i) => (double)model.Destinations[s.Destination].Stream(i).Teu).Sum() / Baseline.Years;
        }, 0.99);

        Assert.InRange(interval.Mean, 55_000 * 0.95, 56_500 * 1.05);
        Assert.True(interval.HalfWidth < 0.05 * 55_000, $"interval {interval} too wide to check a 5 % tolerance");
    }

    [Fact]
    public void Kazakh_rail_border_time_matches_CAREC_CPMM()
    {
        // CPMM 2023: 69.7 h to clear the Kazakhstan–China rail crossings, gauge change included
        // (EST-BORDER-DWELL-KZ); ±10 %. CPMM measures ordinary traffic, so the baseline's block
        // trains run here without priority (scenarios/baseline-2024-ordinary.json), and the
        // crossing is timed per container like CPMM.
        var ordinary = ScenarioLoader.LoadBuiltIn("baseline-2024-ordinary.json").ValueOrThrow();
        var model = new CorridorModel(ordinary, 3);
        model.Run();

        var (containers, hours) = model.Passages.Crossing(model.NodeIndexOf("alashankou"), priority: false);

        Assert.True(containers > 10_000, $"{containers} crossings");
        Assert.InRange(hours, 69.7 * 0.9, 69.7 * 1.1);
    }

    [Fact]
    public void Block_trains_reach_Azerbaijan_in_the_published_8_to_11_days()
    {
        // ADY and KTZ: block trains China → Azerbaijan 8–10 days in 2024, Xi'an–Baku 11 days (S98);
        // the 99 % interval of the mean transit over 12 replications must lie inside 8–11 days.
        int stream = Baseline.Streams.ToList().FindIndex(s => s.Id == "china-azerbaijan");
        var interval = Replications.Estimate(12, 1, seed =>
        {
            var model = new CorridorModel(Baseline, seed);
            model.Run();
            return model.Destinations["baku"].Stream(stream).TransitHours.Mean / 24.0;
        }, 0.99);

        Assert.InRange(interval.Lower, 8.0, 11.0);
        Assert.InRange(interval.Upper, 8.0, 11.0);
    }

    [Fact]
    public void Every_baseline_run_conserves_cargo_and_repeats_exactly()
    {
        var first = CorridorSim.Experiments.ScenarioRunner.Run(Baseline, 5, cancellationToken: TestContext.Current.CancellationToken);
        var second = CorridorSim.Experiments.ScenarioRunner.Run(Baseline, 5, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(CorridorSim.Results.RunResultJson.Write(first), CorridorSim.Results.RunResultJson.Write(second));
        Assert.Equal(0, first.Cargo.RejectedContainers);
    }

    [Fact]
    public void Memory_does_not_grow_with_the_run_length()
    {
        // Allocations while running (not while building): sixteen years of the baseline must
        // allocate about what one does, so long runs need no more memory than short ones.
        RunAllocations.AssertIndependentOfRunLength(Baseline);
    }
}
