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

    /// <summary>The experiment seed of every level (replication i ran with seed + i − 1 at each).</summary>
    public ulong Seed { get; init; }

    /// <summary>Level of every interval.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>
    /// The streams as the first replication of the first level ran them, for the routes they took
    /// (what the resolved scenario and the sources of a report need). Read back from a file they
    /// have their ids, names, ends and routes only, and no figures.
    /// </summary>
    public IReadOnlyList<Results.StreamResult> Streams { get; init; } = [];

    /// <summary>The display name of each saturated component (<see cref="Results.ComponentNames"/>), by id.</summary>
    public IReadOnlyDictionary<string, string> DisplayNames { get; init; } = new Dictionary<string, string>();

    /// <summary>The display name of component <paramref name="id"/>; the id itself when it has none.</summary>
    public string NameOf(string id) => DisplayNames.TryGetValue(id, out string? name) ? name : id;

    /// <summary>Warnings about the scenario itself, whatever the level: values probably in the wrong unit (beginning <c>input: </c>).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
