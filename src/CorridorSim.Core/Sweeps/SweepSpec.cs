using CorridorSim.Scenarios;

namespace CorridorSim.Sweeps;

/// <summary>A parameter sweep as its file declares it: a base scenario, the factors, the design, and the replications run at every point with the same seeds (common random numbers across points).</summary>
/// <param name="Name">The sweep's name.</param>
/// <param name="Base">The base scenario, loaded and checked.</param>
/// <param name="Factors">The factors, in the order of the results' columns.</param>
/// <param name="Design">The design.</param>
/// <param name="Replications">Replications per point.</param>
public sealed record SweepSpec(string Name, Scenario Base, IReadOnlyList<SweepFactor> Factors, SweepDesign Design, int Replications)
{
    /// <summary>What the sweep is for, as its file says; null when it does not.</summary>
    public string? Description { get; init; }

    /// <summary>The design's points.</summary>
    public IReadOnlyList<SweepPoint> Points() => SweepDesigns.Generate(Factors, Design);
}
