using System.Text.Json.Serialization;

namespace CorridorSim.Results;

/// <summary>What a run was: the scenario's name, the seed, the run length and the closures it planned.</summary>
/// <param name="Scenario">The scenario's display name.</param>
/// <param name="Seed">The run seed.</param>
/// <param name="Years">Measured years after the warm-up: those simulated, fewer than planned when the run was stopped early.</param>
/// <param name="WarmUpDays">Days simulated and then forgotten before the measured period.</param>
/// <param name="Events">Kernel events executed, warm-up included.</param>
public sealed record RunInfo(string Scenario, ulong Seed, double Years, double WarmUpDays, long Events)
{
    /// <summary>Planned closures of the scenario, in days after the warm-up.</summary>
    public IReadOnlyList<ClosureInfo> Closures { get; init; } = [];

    /// <summary>Why the run stopped before the end of its planned period, or null when it ran to the end: its results then cover only <see cref="Years"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? StoppedEarly { get; init; }

    /// <summary>The measured years planned, when the run was stopped early; null when it ran to the end.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? PlannedYears { get; init; }

    /// <summary>Whether the run stopped before the end of its planned period.</summary>
    [JsonIgnore]
    public bool IsPartial => StoppedEarly is not null;
}
