using System.Diagnostics;
using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Model.Corridor;

namespace CorridorSim.Cli.Benchmarking;

/// <summary>
/// Times experiments on the baseline in this process: 20 replications on one core (whose mean is
/// the time of one replication) and on every core, the model build of one replication, and a
/// comparison of the baseline with a what-if of 30 replications each.
/// </summary>
public static class ExperimentBenchmark
{
    /// <summary>Runs the cases; <paramref name="repeats"/> timed single runs after a warm-up.</summary>
    public static ExperimentMeasurement Measure(int repeats)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(repeats);
        var baseline = ScenarioLoader.LoadBuiltIn().ValueOrThrow() with { Years = 1.0 };
        var whatIf = ScenarioLoader.LoadBuiltIn("border-digitalisation.json").ValueOrThrow() with { Years = 1.0 };
        ScenarioRunner.Run(baseline);

        // What a replication builds: its components; the routes are found once per experiment.
        var routes = CorridorModel.PlanRoutes(baseline);
        double build = Best(repeats, () => GC.KeepAlive(new CorridorModel(baseline, baseline.Seed + 100, routes)));
        const int replications = 20;
        double one = Time(() => Experiment.Replicate(baseline, new ExperimentOptions { Replications = replications, Parallelism = 1 }));
        double run = one / replications;
        int cores = Environment.ProcessorCount;
        double all = Time(() => Experiment.Replicate(baseline, new ExperimentOptions { Replications = replications, Parallelism = cores }));
        const int compareReplications = 30;
        double compare = Time(() => Experiment.Compare([baseline, whatIf], new ExperimentOptions { Replications = compareReplications, Parallelism = cores }));
        return new ExperimentMeasurement(run, build, replications, one, cores, all, compareReplications, compare);
    }

    private static double Best(int repeats, Action action)
    {
        double best = double.PositiveInfinity;
        for (int i = 0; i < repeats; i++)
        {
            best = Math.Min(best, Time(action));
        }

        return best;
    }

    private static double Time(Action action)
    {
        GC.Collect();
        long start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }
}
