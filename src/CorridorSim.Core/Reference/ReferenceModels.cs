using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Links;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Statistics;

namespace CorridorSim.Reference;

/// <summary>
/// The three models of the speed benchmark, each with a known answer, so every benchmark run is
/// also a correctness check. All start empty at time zero and stop when the requested number of
/// containers has left.
/// </summary>
public static class ReferenceModels
{
    /// <summary>Containers per benchmark run.</summary>
    public const long DefaultContainers = 1_000_000;

    /// <summary>
    /// Fewest containers for which the theory check is meaningful: batches of 5,000 deliveries are
    /// long against the correlation time of the ρ = 0.9 tandems, and the start-empty bias is small.
    /// </summary>
    public const long MinimumContainers = 100_000;

    /// <summary>Confidence level of the theory check.</summary>
    public const double CheckLevel = 0.99;

    /// <summary>Reference mean wait at the port in M3, in hours, on which three independent implementations agree.</summary>
    public const double M3ReferencePortWaitHours = 11.94;

    /// <summary>
    /// The M3 reference is itself a simulation estimate quoted as "about 11.94 h", so the check
    /// allows 0.5 % of it beyond the confidence interval.
    /// </summary>
    public const double M3ReferenceToleranceHours = 0.005 * M3ReferencePortWaitHours;

    private const int Batches = 20;

    /// <summary>The model names, in benchmark order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["M1", "M2", "M3"];

    /// <summary>Runs the model called <paramref name="name"/> (M1, M2 or M3, any case).</summary>
    public static ReferenceModelResult Run(string name, ulong seed, long containers = DefaultContainers) =>
        name.ToUpperInvariant() switch
        {
            "M1" => TandemMM1(seed, containers),
            "M2" => TandemMM3(seed, containers),
            "M3" => BatchFerry(seed, containers),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Reference models are M1, M2 and M3."),
        };

    /// <summary>M1: five M/M/1 stations in tandem, λ = 0.9/h, μ = 1/h; Jackson: W = 5 / (μ − λ) = 50 h.</summary>
    public static ReferenceModelResult TandemMM1(ulong seed, long containers = DefaultContainers) =>
        Tandem("M1", "5 × M/M/1 in tandem, λ = 0.9/h, μ = 1.0/h", seed, containers, servers: 1, lambda: 0.9, mu: 1.0);

    /// <summary>M2: five M/M/3 stations in tandem, λ = 2.7/h, μ = 1/h per server; W = 5 (Wq + 1/μ) by Erlang C.</summary>
    public static ReferenceModelResult TandemMM3(ulong seed, long containers = DefaultContainers) =>
        Tandem("M2", "5 × M/M/3 in tandem, λ = 2.7/h, μ = 1.0/h per server", seed, containers, servers: 3, lambda: 2.7, mu: 1.0);

    /// <summary>
    /// M3: Poisson λ = 2/h into a port served by 2 ferries of 50 containers; a ferry sails when
    /// full or 12 h after it starts loading, crosses in 20 h, unloads instantly and returns in 20 h.
    /// Sojourn = port wait + 20 h crossing.
    /// </summary>
    public static ReferenceModelResult BatchFerry(ulong seed, long containers = DefaultContainers)
    {
        const double crossingHours = 20.0;
        var sim = new Simulation(seed);
        var source = new Source(sim, "m3-arrivals", new Exponential(2.0));
        var ferry = new BatchCarrierService(
            sim,
            "m3-ferry",
            fleetSize: 2,
            capacity: 50,
            maxWait: SimDuration.FromHours(12.0),
            crossing: new Deterministic(crossingHours),
            returnTrip: new Deterministic(20.0));
        var sink = new Sink(sim, "m3-delivered", BatchSize(containers)) { StopAfter = containers };
        source.Next = ferry;
        ferry.Next = sink;

        sim.RunUntilStopped();

        return new ReferenceModelResult(
            "M3",
            "batch ferry: λ = 2/h, 2 ferries × 50, max wait 12 h, 20 h crossing, 20 h return",
            sink.Delivered,
            sim.EventsExecuted,
            sim.NowHours,
            SojournInterval(sink),
            M3ReferencePortWaitHours + crossingHours,
            ferry.OriginWaits.Mean,
            M3ReferencePortWaitHours,
            M3ReferenceToleranceHours);
    }

    private static ReferenceModelResult Tandem(string name, string description, ulong seed, long containers, int servers, double lambda, double mu)
    {
        const int stations = 5;
        string prefix = name.ToLowerInvariant();
        var sim = new Simulation(seed);
        var source = new Source(sim, $"{prefix}-arrivals", new Exponential(lambda));
        var service = new Exponential(mu);
        ICargoReceiver sink = new Sink(sim, $"{prefix}-delivered", BatchSize(containers)) { StopAfter = containers };
        var first = sink;
        for (int i = stations; i >= 1; i--)
        {
            first = new Station(sim, $"{prefix}-station-{i}", servers, service) { Next = first };
        }

        source.Next = first;
        sim.RunUntilStopped();

        var done = (Sink)sink;
        return new ReferenceModelResult(
            name,
            description,
            done.Delivered,
            sim.EventsExecuted,
            sim.NowHours,
            SojournInterval(done),
            stations * QueueingTheory.MMcMeanSojourn(servers, lambda, mu),
            null,
            null,
            0.0);
    }

    private static int BatchSize(long containers) => (int)Math.Max(1, containers / Batches);

    private static ConfidenceInterval SojournInterval(Sink sink)
    {
        var interval = sink.SystemTimeBatches!.Interval(CheckLevel);

        // The interval is centred on the exact mean of all deliveries, not only on whole batches.
        return interval with { Mean = sink.SystemTimes.Mean };
    }
}
