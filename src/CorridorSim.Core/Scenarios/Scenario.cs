using CorridorSim.Model.Network;

namespace CorridorSim.Scenarios;

/// <summary>A run to make: the network (with any overrides applied), the demand, the run length and the seed.</summary>
/// <param name="Name">Display name, used in captions.</param>
/// <param name="Network">The network, overrides applied.</param>
/// <param name="Streams">The demand streams.</param>
public sealed record Scenario(string Name, TransportNetwork Network, IReadOnlyList<DemandStream> Streams)
{
    /// <summary>What the scenario represents.</summary>
    public string? Description { get; init; }

    /// <summary>Values that are valid but probably in the wrong unit, found when the scenario was loaded, each where it is written.</summary>
    public IReadOnlyList<Input.InputError> InputWarnings { get; init; } = [];

    /// <summary>The file the scenario came from.</summary>
    public string? File { get; init; }

    /// <summary>Run seed.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Simulated years after the warm-up.</summary>
    public double Years { get; init; } = 1.0;

    /// <summary>Days simulated before statistics start, so the corridor is not empty when they do.</summary>
    public double WarmUpDays { get; init; } = 60.0;

    /// <summary>Closures the scenario schedules on nodes and links.</summary>
    public IReadOnlyList<PlannedClosure> Closures { get; init; } = [];

    /// <summary>
    /// The scenario as loaded, self-contained, for the resolved copy written with the results: with
    /// any scenarios it extends merged in and a network file named by its full path.
    /// </summary>
    public string? SourceText { get; init; }
}
