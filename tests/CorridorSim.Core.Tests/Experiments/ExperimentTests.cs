using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Output;
using CorridorSim.Results;
using CorridorSim.Scenarios;

namespace CorridorSim.Tests.Experiments;

/// <summary>Replications and comparisons through <see cref="Experiment"/>, on the baseline at short horizons.</summary>
public sealed class ExperimentTests
{
    private static readonly Scenario Short = ScenarioLoader.LoadBuiltIn().ValueOrThrow() with { Years = 0.1, WarmUpDays = 20 };

    [Fact]
    public void Replications_give_the_same_bytes_on_one_core_as_on_two()
    {
        var one = Experiment.Replicate(Short, new ExperimentOptions { Replications = 4, Parallelism = 1 }, cancellationToken: TestContext.Current.CancellationToken);
        var two = Experiment.Replicate(Short, new ExperimentOptions { Replications = 4, Parallelism = 2 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(ResultCsv.Replications(one.Runs), ResultCsv.Replications(two.Runs));
        Assert.Equal(RunFolder.Summary(one).ToJsonString(), RunFolder.Summary(two).ToJsonString());
        Assert.Equal(ResultCsv.Kpis(one.Estimates), ResultCsv.Kpis(two.Estimates));
    }

    [Fact]
    public void Replication_i_is_the_single_run_with_the_seed_plus_i_minus_one()
    {
        var experiment = Experiment.Replicate(Short, new ExperimentOptions { Replications = 3, Seed = 40 }, cancellationToken: TestContext.Current.CancellationToken);
        var third = ScenarioRunner.Run(Short, 42, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([40UL, 41UL, 42UL], experiment.Runs.Select(r => r.Info.Seed));
        Assert.Equal(RunResultJson.Write(third), RunResultJson.Write(experiment.Runs[2]));
    }

    [Fact]
    public void Every_kpi_has_a_student_t_interval_over_the_replications()
    {
        var experiment = Experiment.Replicate(Short, new ExperimentOptions { Replications = 5 }, cancellationToken: TestContext.Current.CancellationToken);

        var transit = experiment.Estimate("stream:china-azerbaijan", "transitMeanDays")!;
        var values = experiment.Runs.Select(r => r.Streams[0].Transit.MeanDays).ToArray();
        double mean = values.Average();
        double sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / 4);

        // t(0.975, 4) = 2.7764.
        Assert.Equal(5, transit.Count);
        Assert.Equal(mean, transit.Mean, 9);
        Assert.Equal(2.7764 * sd / Math.Sqrt(5), transit.HalfWidth, 3);
    }

    [Fact]
    public void Precision_stops_at_the_same_replication_whatever_the_parallelism()
    {
        var options = new ExperimentOptions { Precision = 0.05, Replications = 3, MaxReplications = 12 };

        var one = Experiment.Replicate(Short, options with { Parallelism = 1 }, cancellationToken: TestContext.Current.CancellationToken);
        var two = Experiment.Replicate(Short, options with { Parallelism = 2 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(one.Replications, two.Replications);
        Assert.NotNull(one.Precision);
        if (one.Precision!.Reached)
        {
            // Law's rule: every headline half-width within γ/(1 + γ) of its mean.
            Assert.All(one.Estimates.Where(e => RunKpis.IsHeadline(new Kpi(e.Component, e.Measure, e.Unit, e.Mean)) && e.Mean != 0), e => Assert.True(e.RelativeHalfWidth <= 0.05 / 1.05, $"{e.Key}: {e.RelativeHalfWidth}"));
        }
        else
        {
            Assert.Equal(12, one.Replications);
        }
    }

    [Fact]
    public void Comparing_a_scenario_with_itself_gives_exactly_zero_difference_in_every_kpi()
    {
        var comparison = Experiment.Compare([Short, Short], new ExperimentOptions { Replications = 3 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEmpty(comparison.Differences);
        Assert.All(comparison.Differences, d =>
        {
            Assert.Equal(0.0, d.Difference);
            Assert.False(d.Significant, d.Key);
        });
    }

    [Fact]
    public void A_comparison_gives_replication_i_of_every_scenario_the_same_seed()
    {
        var slower = Short with { Name = "slower", Streams = [.. Short.Streams.Select(s => s with { TeuPerYear = s.TeuPerYear * 1.2 })] };

        var comparison = Experiment.Compare([Short, slower], new ExperimentOptions { Replications = 3, Seed = 9 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([9UL, 10UL, 11UL], comparison.Experiments[0].Runs.Select(r => r.Info.Seed));
        Assert.Equal([9UL, 10UL, 11UL], comparison.Experiments[1].Runs.Select(r => r.Info.Seed));
        var volume = comparison.Differences.Single(d => d.Component == "total" && d.Measure == "deliveredTeuPerYear");
        Assert.True(volume.Difference > 0 && volume.Significant, $"{volume}");
    }

    [Fact]
    public void A_small_change_gets_a_paired_interval_at_least_three_times_narrower_than_unpaired()
    {
        // Priority block trains clear the Chinese border in 10 h instead of 12 (mean of the
        // log-normal, sd 5 instead of 6): a small change. Measured at these seeds, the paired
        // interval of the China → Azerbaijan mean transit is 7.4× narrower than the unpaired one
        // (variance 55× smaller); all containers' mean transit 2.1× (4.4×).
        var baseline = ScenarioLoader.LoadBuiltIn().ValueOrThrow() with { Years = 0.5 };
        var faster = ScenarioLoader.LoadFromText("faster.json", """
            { "extends": "baseline-2024.json", "name": "Faster priority clearance", "years": 0.5,
              "overrides": { "nodes": { "alashankou": { "priorityDwellHours": { "mean": 10, "sd": 5 } } } } }
            """).ValueOrThrow();

        var comparison = Experiment.Compare([baseline, faster], new ExperimentOptions { Replications = 10 }, cancellationToken: TestContext.Current.CancellationToken);

        var transit = comparison.Differences.Single(d => d.Component == "stream:china-azerbaijan" && d.Measure == "transitMeanDays");
        Assert.True(transit.Difference < 0 && transit.Significant, $"{transit}");
        Assert.True(transit.UnpairedHalfWidth >= 3 * transit.HalfWidth, $"paired ±{transit.HalfWidth}, unpaired ±{transit.UnpairedHalfWidth}");
    }

    [Fact]
    public void A_cancelled_experiment_stops_with_operation_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Experiment.Replicate(Short, new ExperimentOptions { Replications = 2 }, cancellationToken: cancel.Token));
    }

    [Fact]
    public void Progress_counts_every_finished_run()
    {
        var reports = new System.Collections.Concurrent.ConcurrentBag<ExperimentProgress>();

        Experiment.Replicate(Short, new ExperimentOptions { Replications = 3 }, new SynchronousProgress(reports.Add), TestContext.Current.CancellationToken);

        Assert.Contains(new ExperimentProgress(3, 3), reports);
    }

    private sealed class SynchronousProgress(Action<ExperimentProgress> report) : IProgress<ExperimentProgress>
    {
        public void Report(ExperimentProgress value) => report(value);
    }
}
