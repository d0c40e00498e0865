namespace CorridorSim.Results;

/// <summary>What a run was: the scenario's name, the seed, the run length and the closures it planned.</summary>
/// <param name="Scenario">The scenario's display name.</param>
/// <param name="Seed">The run seed.</param>
/// <param name="Years">Measured years after the warm-up.</param>
/// <param name="WarmUpDays">Days simulated and then forgotten before the measured period.</param>
/// <param name="Events">Kernel events executed, warm-up included.</param>
public sealed record RunInfo(string Scenario, ulong Seed, double Years, double WarmUpDays, long Events)
{
    /// <summary>Planned closures of the scenario, in days after the warm-up.</summary>
    public IReadOnlyList<ClosureInfo> Closures { get; init; } = [];
}
