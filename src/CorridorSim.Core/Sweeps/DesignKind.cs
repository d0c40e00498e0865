namespace CorridorSim.Sweeps;

/// <summary>How a sweep chooses its points.</summary>
public enum DesignKind
{
    /// <summary>Every combination of the factors' levels (a full factorial).</summary>
    Grid,

    /// <summary>A Latin hypercube: each factor's range cut into as many equal strata as there are points, each stratum sampled once; of several such designs the one whose closest two points lie farthest apart (maximin).</summary>
    LatinHypercube,

    /// <summary>Morris elementary effects: trajectories through a grid of levels, each step changing one factor.</summary>
    Morris,
}
