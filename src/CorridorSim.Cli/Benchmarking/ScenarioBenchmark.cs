using System.Diagnostics;
using CorridorSim.Input;
using CorridorSim.Model.Corridor;

namespace CorridorSim.Cli.Benchmarking;

/// <summary>Times one simulated year of a built-in corridor scenario: a warm-up run, then the fastest of several timed runs.</summary>
public static class ScenarioBenchmark
{
    /// <summary>The scenarios timed by <c>corridorsim bench</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["baseline-2024", "growth-2030"];

    /// <summary>Measures built-in scenario <paramref name="name"/>: model building and one simulated year (plus its warm-up).</summary>
    public static ScenarioMeasurement Measure(string name, int repeats)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(repeats);
        var scenario = ScenarioLoader.LoadBuiltIn(name + ".json").ValueOrThrow() with { Years = 1.0 };
        Run(scenario);
        double best = double.PositiveInfinity;
        long bytes = 0;
        CorridorModel? model = null;
        for (int i = 0; i < repeats; i++)
        {
            GC.Collect();
            long before = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            var run = Run(scenario);
            double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            if (seconds < best)
            {
                best = seconds;
                bytes = GC.GetAllocatedBytesForCurrentThread() - before;
                model = run;
            }
        }

        long teu = scenario.Streams.Select((s, i) => model!.Destinations[s.Destination].Stream(i).Teu).Sum();
        return new ScenarioMeasurement(name, model!.Simulation.EventsExecuted, teu, best, bytes, repeats);
    }

    private static CorridorModel Run(CorridorSim.Scenarios.Scenario scenario)
    {
        var model = new CorridorModel(scenario);
        model.Run();
        return model;
    }
}
