using System.Diagnostics;
using CorridorSim.Input;
using CorridorSim.Model.Corridor;
using CorridorSim.Reference;

namespace CorridorSim.Cli.Benchmarking;

/// <summary>
/// Times one simulated year of a built-in corridor scenario: untimed warm-up runs, then several timed
/// runs, each paired with a run of reference model M1 beside it, so the scenario's time is also
/// given as a multiple of M1's measured under the same conditions.
/// </summary>
/// <remarks>
/// On a shared machine the speed of both drifts by tens of per cent over seconds. A ratio of two
/// fastest-of-N figures taken a few seconds apart mixes two such moments; a ratio taken within
/// each pair of neighbouring runs does not. The order within a pair alternates, so neither run
/// always goes first (after a collection, or with the other's data in the cache).
/// </remarks>
public static class ScenarioBenchmark
{
    /// <summary>The scenarios timed by <c>corridorsim bench</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["baseline-2024", "growth-2030"];

    /// <summary>The reference model each scenario run is paired with.</summary>
    public const string PairedModel = "M1";

    /// <summary>Seconds of untimed runs of a scenario before its timed runs.</summary>
    public const double WarmUpSeconds = 1.5;

    /// <summary>
    /// Measures built-in scenario <paramref name="name"/> (model building and one simulated year,
    /// with its warm-up) over <paramref name="repeats"/> timed runs, each paired with a run of M1
    /// of <paramref name="m1Containers"/> containers from <paramref name="m1Seed"/>.
    /// </summary>
    public static ScenarioMeasurement Measure(string name, int repeats, ulong m1Seed = 1, long m1Containers = ReferenceModels.DefaultContainers)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(repeats);
        var scenario = ScenarioLoader.LoadBuiltIn(name + ".json").ValueOrThrow() with { Years = 1.0 };
        ReferenceModels.Run(PairedModel, m1Seed, m1Containers);
        WarmUp(scenario);
        double best = double.PositiveInfinity;
        double bestM1 = double.PositiveInfinity;
        long bytes = 0;
        CorridorModel? model = null;
        var ratios = new double[repeats];
        for (int i = 0; i < repeats; i++)
        {
            double m1 = 0.0;
            if (i % 2 == 0)
            {
                m1 = Time(() => ReferenceModels.Run(PairedModel, m1Seed, m1Containers));
            }

            GC.Collect();
            GC.WaitForPendingFinalizers();
            long before = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            var run = Run(scenario);
            double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (i % 2 == 1)
            {
                m1 = Time(() => ReferenceModels.Run(PairedModel, m1Seed, m1Containers));
            }

            ratios[i] = seconds / m1;
            bestM1 = Math.Min(bestM1, m1);
            if (seconds < best)
            {
                best = seconds;
                bytes = allocated;
                model = run;
            }
        }

        Array.Sort(ratios);
        double median = repeats % 2 == 1 ? ratios[repeats / 2] : (ratios[(repeats / 2) - 1] + ratios[repeats / 2]) / 2.0;
        long teu = scenario.Streams.Select((s, i) => model!.Destinations[s.Destination].Stream(i).Teu).Sum();
        return new ScenarioMeasurement(name, model!.Simulation.EventsExecuted, teu, best, bytes, repeats)
        {
            M1Containers = m1Containers,
            M1Seconds = bestM1,
            M1Ratio = median,
            M1RatioLow = ratios[0],
            M1RatioHigh = ratios[^1],
        };
    }

    /// <summary>
    /// Runs the scenario untimed for <see cref="WarmUpSeconds"/> (at least twice), so that the
    /// runtime has compiled its code at full optimisation before the timed runs: the first runs
    /// of a short scenario take four to six times as long as the later ones.
    /// </summary>
    private static void WarmUp(CorridorSim.Scenarios.Scenario scenario)
    {
        long start = Stopwatch.GetTimestamp();
        for (int runs = 0; runs < 2 || Stopwatch.GetElapsedTime(start).TotalSeconds < WarmUpSeconds; runs++)
        {
            Run(scenario);
        }
    }

    private static double Time(Action run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long start = Stopwatch.GetTimestamp();
        run();
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static CorridorModel Run(CorridorSim.Scenarios.Scenario scenario)
    {
        var model = new CorridorModel(scenario);
        model.Run();
        return model;
    }
}
