namespace CorridorSim.Sweeps;

/// <summary>A sweep's design and its settings.</summary>
/// <param name="Kind">Grid, Latin hypercube or Morris.</param>
/// <param name="Points">A Latin hypercube's points.</param>
/// <param name="Trajectories">Morris trajectories (r); each has one point more than there are factors.</param>
/// <param name="Levels">Morris levels per factor (p, even); a step moves a factor by p / (2 (p − 1)) of its range.</param>
/// <param name="Candidates">Latin hypercubes drawn, of which the maximin one is kept.</param>
/// <param name="Seed">The seed of a Latin hypercube's or a Morris design's draws; the same seed gives the same points.</param>
public sealed record SweepDesign(DesignKind Kind, int Points = 10, int Trajectories = 10, int Levels = 4, int Candidates = 50, ulong Seed = 1);
