namespace CorridorSim.Cli.Benchmarking;

/// <summary>The fastest timed run of one simulated year of a corridor scenario, and its time as a multiple of M1's.</summary>
/// <param name="Name">Scenario name (file name without extension).</param>
/// <param name="Events">Kernel events, warm-up included.</param>
/// <param name="DeliveredTeu">TEU delivered in the simulated year.</param>
/// <param name="WallSeconds">Wall-clock seconds: building the model, the warm-up and the year.</param>
/// <param name="AllocatedBytes">Bytes allocated on the running thread during that run.</param>
/// <param name="Repeats">Timed runs the best was taken from.</param>
public sealed record ScenarioMeasurement(string Name, long Events, long DeliveredTeu, double WallSeconds, long AllocatedBytes, int Repeats)
{
    /// <summary>Kernel events per wall-clock second.</summary>
    public double EventsPerSecond => Events / WallSeconds;

    /// <summary>Containers each paired M1 run moved.</summary>
    public long M1Containers { get; init; }

    /// <summary>The fastest of the M1 runs paired with the scenario's runs, in seconds.</summary>
    public double M1Seconds { get; init; } = double.NaN;

    /// <summary>The median over the pairs of the scenario run's time over its paired M1 run's.</summary>
    public double M1Ratio { get; init; } = double.NaN;

    /// <summary>The smallest of the paired ratios.</summary>
    public double M1RatioLow { get; init; } = double.NaN;

    /// <summary>The largest of the paired ratios.</summary>
    public double M1RatioHigh { get; init; } = double.NaN;
}
