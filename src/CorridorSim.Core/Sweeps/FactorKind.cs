namespace CorridorSim.Sweeps;

/// <summary>How a sweep factor's values are given.</summary>
public enum FactorKind
{
    /// <summary>Values one by one.</summary>
    List,

    /// <summary>A range from a minimum to a maximum, in steps or continuous.</summary>
    Range,

    /// <summary>A uniform distribution from a minimum to a maximum.</summary>
    Uniform,
}
