namespace CorridorSim.Cli.Benchmarking;

/// <summary>The fastest timed run of one simulated year of a corridor scenario.</summary>
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
}
