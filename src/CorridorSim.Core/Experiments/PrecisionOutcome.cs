namespace CorridorSim.Experiments;

/// <summary>What a relative-precision target came to.</summary>
/// <param name="Target">γ asked for (e.g. 0.02).</param>
/// <param name="Reached">Whether every headline KPI's half-width was within γ/(1 + γ) of its mean when the replications stopped.</param>
/// <param name="Worst">The headline KPI furthest from the target when they stopped, and its relative half-width.</param>
/// <param name="WorstRelativeHalfWidth">Its half-width over its mean.</param>
public sealed record PrecisionOutcome(double Target, bool Reached, string Worst, double WorstRelativeHalfWidth);
