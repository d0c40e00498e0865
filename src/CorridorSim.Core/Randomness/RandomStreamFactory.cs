namespace CorridorSim.Randomness;

/// <summary>
/// Derives one <see cref="RandomStream"/> per component from the run seed and a stable hash of
/// the component id. Streams depend only on (seed, id): adding, removing or reordering other
/// components never changes them, which gives common random numbers across scenarios.
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
}
