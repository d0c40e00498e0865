using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Disruptions;
using CorridorSim.Model.Links;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;

namespace CorridorSim.Tests.TestSupport;

/// <summary>
/// A small network that uses every building block: Poisson arrivals → two-server terminal →
/// rail leg (delay) → ferry shuttle with storms → single-server border with a three-place
/// buffer (so ferries wait to unload) → sink.
/// </summary>
internal sealed class SampleNetwork
{
    public SampleNetwork(ulong seed, bool randomStorms = true, long? arrivalLimit = null, string prefix = "")
    {
        Simulation = new Simulation(seed);
        var sim = Simulation;
        Source = new Source(sim, prefix + "origin", new Exponential(1.5)) { BatchLimit = arrivalLimit ?? long.MaxValue };
        Terminal = new Station(sim, prefix + "terminal", 2, new Gamma(2.0, 2.0));
        var rail = new Delay(sim, prefix + "rail", LogNormal.FromMeanAndStandardDeviation(5.0, 2.0));
        Ferry = new BatchCarrierService(
            sim,
            prefix + "ferry",
            fleetSize: 3,
            capacity: 20,
            maxWait: SimDuration.FromHours(6.0),
            crossing: new Triangular(4.0, 5.0, 8.0),
            returnTrip: new Uniform(3.0, 5.0),
            unloading: new Uniform(0.5, 1.0));
        Border = new Station(sim, prefix + "border", 1, new Uniform(0.2, 0.8), bufferCapacity: 3, serviceCategory: TimeCategory.Border);
        Sink = new Sink(sim, prefix + "destination");
        Source.Next = Terminal;
        Terminal.Next = rail;
        rail.Next = Ferry;
        Ferry.Next = Border;
        Border.Next = Sink;
        if (randomStorms)
        {
            _ = new RandomClosures(sim, prefix + "storms", Ferry, new Exponential(1.0 / 200.0), LogNormal.FromMeanAndStandardDeviation(12.0, 6.0));
        }
        else
        {
            _ = new ScheduledClosures(sim, prefix + "storm", Ferry, [new ClosureWindow(100.0, 130.0), new ClosureWindow(500.0, 510.0)]);
        }
    }

    public Simulation Simulation { get; }

    public Source Source { get; }

    public Station Terminal { get; }

    public BatchCarrierService Ferry { get; }

    public Station Border { get; }

    public Sink Sink { get; }

    /// <summary>Outputs that must be bit-for-bit identical between runs with the same seed.</summary>
    public double[] Fingerprint() =>
    [
        Sink.Delivered,
        Sink.SystemTimes.Sum,
        Sink.SystemTimes.Variance,
        Sink.SystemTimes.Quantile(0.95),
        Sink.MeanTimeIn(TimeCategory.Disruption),
        Terminal.Waits.Sum,
        Ferry.Departures,
        Ferry.OriginWaits.Sum,
        Border.Sojourns.Sum,
        Border.Refusals,
    ];
}
