namespace CorridorSim.Experiments;

/// <summary>A scenario's demand scaled step by step: a point per factor, in increasing order.</summary>
/// <param name="Scenario">The scenario's display name.</param>
/// <param name="Replications">Replications per point.</param>
/// <param name="Points">One point per demand factor, smallest first.</param>
public sealed record CapacityResult(string Scenario, int Replications, IReadOnlyList<CapacityPoint> Points)
{
    /// <summary>The first point at which a component saturates, or null when none does up to the largest factor.</summary>
    public CapacityPoint? FirstSaturated => Points.FirstOrDefault(p => p.Saturated.Count > 0);

    /// <summary>The components that saturate first: those of <see cref="FirstSaturated"/>.</summary>
    public IReadOnlyList<string> FirstBottleneck => FirstSaturated?.Saturated ?? [];

    /// <summary>The most TEU a year the corridor delivered at any point: its saturation throughput once demand is past it.</summary>
    public double MostDeliveredTeuPerYear => Points.Max(p => p.Delivered.Mean);

    /// <summary>Warnings about the scenario itself, whatever the level: values probably in the wrong unit (beginning <c>input: </c>).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
