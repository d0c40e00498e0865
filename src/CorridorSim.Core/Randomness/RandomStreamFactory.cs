namespace CorridorSim.Randomness;

/// <summary>
/// Derives random streams from the run seed and stable hashes: one per component id, and within a
/// component one per purpose (arrival gaps, container sizes, service times, storm candidates…).
/// A stream depends only on (seed, id) or (seed, id, purpose): adding, removing or reordering
/// other components, or drawing more or fewer numbers for another purpose, never changes it, which
/// gives common random numbers across scenarios.
/// </summary>
public sealed class RandomStreamFactory
{
    /// <summary>Creates the factory for run seed <paramref name="seed"/>.</summary>
    public RandomStreamFactory(ulong seed) => Seed = seed;

    /// <summary>The run seed.</summary>
    public ulong Seed { get; }

    /// <summary>A fresh stream for <paramref name="id"/>; the same (seed, id) always gives the same numbers.</summary>
    public RandomStream For(string id) =>
        new(SplitMix64.Mix(Seed ^ SplitMix64.Mix(StableHash.Of(id))));

    /// <summary>
    /// A fresh stream for <paramref name="purpose"/> within component <paramref name="id"/>:
    /// seeded from SplitMix64(seed ⊕ SplitMix64(FNV-1a(id) ⊕ SplitMix64(FNV-1a(purpose) + 1))),
    /// so the same (seed, id, purpose) always gives the same numbers and differs from
    /// <see cref="For(string)"/> and from every other purpose.
    /// </summary>
    public RandomStream For(string id, string purpose)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        ulong key = StableHash.Of(id) ^ SplitMix64.Mix(StableHash.Of(purpose) + 1);
        return new(SplitMix64.Mix(Seed ^ SplitMix64.Mix(key)));
    }
}
