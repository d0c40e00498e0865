namespace CorridorSim.Statistics;

/// <summary>
/// One system's multiple-comparison-with-the-best (MCB) interval: how far its mean lies above
/// (positive) or below (negative) the best of the others, constrained to contain zero, as Hsu's
/// MCB gives it, with what the interval lets one claim at its confidence.
/// </summary>
/// <param name="System">The system's index in the samples given.</param>
/// <param name="Mean">The system's sample mean.</param>
/// <param name="Lower">Lower bound of μ(system) − max of the others' μ, at most 0.</param>
/// <param name="Upper">Upper bound of μ(system) − max of the others' μ, at least 0.</param>
/// <param name="Best">Whether the system is the best: its mean is above every other's by more than that pair's margin.</param>
/// <param name="Contender">Whether the system may be the best: no other's mean is above its own by more than that pair's margin. The contenders together contain the best at the stated confidence.</param>
public readonly record struct BestInterval(int System, double Mean, double Lower, double Upper, bool Best, bool Contender);
