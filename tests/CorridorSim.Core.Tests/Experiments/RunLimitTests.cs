using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Results;

namespace CorridorSim.Tests.Experiments;

/// <summary>A run past its event or time limit stops cleanly: its results so far, marked partial, or a clear stop within the warm-up.</summary>
public sealed class RunLimitTests
{
    private static readonly CorridorSim.Scenarios.Scenario Baseline = ScenarioLoader.LoadBuiltIn().ValueOrThrow();

    [Fact]
    public void A_run_past_its_event_limit_returns_the_days_it_simulated_marked_partial()
    {
        var full = ScenarioRunner.Run(Baseline, cancellationToken: TestContext.Current.CancellationToken);
        long limit = full.Info.Events / 2;

        var partial = ScenarioRunner.Run(Baseline, options: new RunOptions { Limits = new RunLimits { MaxEvents = limit } }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(partial.Info.IsPartial);
        Assert.Equal(limit, partial.Info.Events);
        Assert.Equal(Baseline.Years, partial.Info.PlannedYears);
        Assert.InRange(partial.Info.Years, 0.05, Baseline.Years - 0.05);
        Assert.StartsWith(RunResultBuilder.PartialWarning, partial.Warnings[0], StringComparison.Ordinal);
        Assert.Contains($"{limit:N0} events", partial.Warnings[0], StringComparison.Ordinal);

        // Rates cover the days simulated: the partial year's throughput per year is near the full one's.
        double fullRate = full.Total.DeliveredTeu / full.Info.Years;
        double partialRate = partial.Total.DeliveredTeu / partial.Info.Years;
        Assert.InRange(partialRate / fullRate, 0.8, 1.2);
        Assert.Equal(partial.Weeks, partial.Streams[0].WeeklyTeu.Count);
        Assert.Equal(partial.Weeks, partial.ComponentSeries[0].MeanQueue.Count);
        Assert.Null(full.Info.StoppedEarly);
    }

    [Fact]
    public void Limits_that_are_not_reached_change_no_result()
    {
        var free = ScenarioRunner.Run(Baseline, cancellationToken: TestContext.Current.CancellationToken);
        using var never = new CancellationTokenSource();
        var bounded = ScenarioRunner.Run(Baseline, options: new RunOptions { Limits = new RunLimits { MaxEvents = long.MaxValue - 1, StopEarly = never.Token } }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(RunResultJson.Write(free), RunResultJson.Write(bounded));
    }

    [Fact]
    public void A_run_told_to_stop_early_halfway_returns_its_results_so_far()
    {
        using var stop = new CancellationTokenSource();
        var options = new RunOptions
        {
            Limits = new RunLimits { StopEarly = stop.Token, StopEarlyReason = "the test said so" },
            Progress = new Immediate(share =>
            {
                if (share >= 0.5)
                {
                    stop.Cancel();
                }
            }),
        };

        var partial = ScenarioRunner.Run(Baseline, options: options, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(partial.Info.IsPartial);
        Assert.Equal("the test said so", partial.Info.StoppedEarly);
        Assert.InRange(partial.Info.Years * 365, 100, 250);
    }

    [Fact]
    public void A_run_stopped_within_its_warm_up_measures_nothing_and_says_when_it_stopped()
    {
        var stop = Assert.Throws<RunStoppedException>(() => ScenarioRunner.Run(Baseline, options: new RunOptions { Limits = new RunLimits { MaxEvents = 1_000 } }, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(1_000, stop.Events);
        Assert.InRange(stop.Day, 0.0, Baseline.WarmUpDays);
        Assert.Contains("warm-up", stop.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was measured", stop.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_replication_of_an_experiment_stops_at_the_event_limit()
    {
        var full = ScenarioRunner.Run(Baseline, cancellationToken: TestContext.Current.CancellationToken);
        var options = new ExperimentOptions { Replications = 3, Limits = new RunLimits { MaxEvents = full.Info.Events * 3 / 4 } };

        var result = Experiment.Replicate(Baseline, options, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(3, result.Replications);
        Assert.All(result.Runs, r => Assert.True(r.Info.IsPartial));
        Assert.Contains(result.Warnings, w => w.StartsWith(RunResultBuilder.PartialWarning, StringComparison.Ordinal));
    }

    [Fact]
    public void A_run_of_seventy_years_reaches_its_end()
    {
        // Past 65.8 years a capacity's refill, shorter than the clock's resolution by then, woke at
        // the same hour for ever; now it wakes at the next hour the clock can tell.
        var result = ScenarioRunner.Run(Baseline with { Years = 70 }, options: new RunOptions { Limits = new RunLimits { MaxEvents = 20_000_000 } }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(result.Info.IsPartial, result.Info.StoppedEarly);
        Assert.Equal(70, result.Info.Years);
    }

    [Fact]
    public void An_event_limit_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RunLimits { MaxEvents = 0 });
    }

    /// <summary>Reports on the calling thread, at once (a <see cref="Progress{T}"/> posts to the thread pool).</summary>
    private sealed class Immediate(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
