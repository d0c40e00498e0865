namespace CorridorSim.Experiments;

/// <summary>
/// The seed of each replication: replication i (1, 2, …) of an experiment with seed s runs with
/// seed s + i − 1, wrapping at 2^64. Replication 1 is therefore the single run with seed s, and
/// any replication can be rerun alone with <c>corridorsim run --seed</c>. Every component's random
/// streams are derived from the seed through SplitMix64 and a hash of the component id, so
/// neighbouring seeds give independent streams. In a comparison every scenario's replication i
/// uses the same seed: common random numbers.
/// </summary>
public static class ReplicationSeeds
{
    /// <summary>The seed of replication <paramref name="replication"/> (1-based) of an experiment seeded <paramref name="seed"/>.</summary>
    public static ulong For(ulong seed, int replication)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replication, 1);
        return unchecked(seed + (ulong)(replication - 1));
    }
}
