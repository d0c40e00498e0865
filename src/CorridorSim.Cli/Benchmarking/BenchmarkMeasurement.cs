using CorridorSim.Reference;

namespace CorridorSim.Cli.Benchmarking;

/// <summary>The fastest of several timed runs of one reference model, with what it measured.</summary>
/// <param name="Result">What the fastest run measured (every run of a model gives the same result: same seed).</param>
/// <param name="WallSeconds">Wall-clock seconds of the fastest run.</param>
/// <param name="AllocatedBytes">Bytes allocated on the running thread during that run, model construction included.</param>
/// <param name="Repeats">Timed runs the best was taken from.</param>
public sealed record BenchmarkMeasurement(ReferenceModelResult Result, double WallSeconds, long AllocatedBytes, int Repeats)
{
    /// <summary>Kernel events per wall-clock second.</summary>
    public double EventsPerSecond => Result.Events / WallSeconds;

    /// <summary>Containers through the model per wall-clock second.</summary>
    public double ContainersPerSecond => Result.Containers / WallSeconds;
}
