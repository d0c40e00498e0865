namespace CorridorSim.Sweeps;

/// <summary>One factor's elementary effects on a KPI in a Morris screening, per unit of the factor's range (the unit cube): their mean μ, the mean of their absolute values μ* (its importance), their standard deviation σ (non-linearity or interaction), and a bootstrap confidence interval of μ* over the trajectories.</summary>
/// <param name="Factor">The factor's name.</param>
/// <param name="Mu">Mean elementary effect.</param>
/// <param name="MuStar">Mean absolute elementary effect (Campolongo et al. 2007).</param>
/// <param name="Sigma">Standard deviation of the elementary effects (NaN with fewer than two).</param>
/// <param name="MuStarLow">Lower end of the bootstrap interval of μ*.</param>
/// <param name="MuStarHigh">Upper end of the bootstrap interval of μ*.</param>
/// <param name="Effects">Elementary effects measured (one per trajectory where the KPI was measured at both ends of the step).</param>
public sealed record MorrisEffect(string Factor, double Mu, double MuStar, double Sigma, double MuStarLow, double MuStarHigh, int Effects);
