namespace CorridorSim.Randomness.Distributions;

/// <summary>
/// A probability distribution of a non-negative or real quantity (hours, containers, …).
/// Instances are immutable and stateless, so one can be shared by many components; all state
/// lives in the <see cref="RandomStream"/> passed to <see cref="Sample"/>, which never allocates.
/// </summary>
public abstract class Distribution
{
    /// <summary>The expected value.</summary>
    public abstract double Mean { get; }

    /// <summary>The variance.</summary>
    public abstract double Variance { get; }

    /// <summary>Draws one value using <paramref name="random"/>.</summary>
    public abstract double Sample(RandomStream random);

    /// <summary>Squared coefficient of variation, Var / Mean²; 1 for exponential, 0 for deterministic.</summary>
    public double SquaredCoefficientOfVariation => Variance / (Mean * Mean);
}
