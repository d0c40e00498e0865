using System.Diagnostics;
using CorridorSim.Reference;

namespace CorridorSim.Cli.Benchmarking;

/// <summary>
/// Times the reference models in-process on one thread: one untimed warm-up run of full size per
/// model (so the JIT has compiled and tiered up the code), then <c>repeats</c> timed runs; the
/// fastest is reported.
/// </summary>
public static class ReferenceBenchmark
{
    /// <summary>Measures model <paramref name="name"/>.</summary>
    public static BenchmarkMeasurement Measure(string name, ulong seed, long containers, int repeats)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(repeats);
        ReferenceModels.Run(name, seed, containers);

        ReferenceModelResult? best = null;
        double bestSeconds = double.PositiveInfinity;
        long bestBytes = 0;
        for (int i = 0; i < repeats; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long bytesBefore = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            var result = ReferenceModels.Run(name, seed, containers);
            double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            long bytes = GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
            if (seconds < bestSeconds)
            {
                best = result;
                bestSeconds = seconds;
                bestBytes = bytes;
            }
        }

        return new BenchmarkMeasurement(best!, bestSeconds, bestBytes, repeats);
    }
}
