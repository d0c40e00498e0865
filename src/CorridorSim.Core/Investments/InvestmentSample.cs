namespace CorridorSim.Investments;

/// <summary>One replication of one option (or of the base, doing nothing): the two KPIs the ranking is made of.</summary>
/// <param name="Option">The option's id; null for the base.</param>
/// <param name="Replication">1-based replication; replication r of every option ran with the same seed.</param>
/// <param name="Seed">The replication's seed.</param>
/// <param name="TransitDays">The transit KPI, in days.</param>
/// <param name="ThroughputTeuPerYear">The throughput KPI, in TEU a year.</param>
public sealed record InvestmentSample(string? Option, int Replication, ulong Seed, double TransitDays, double ThroughputTeuPerYear);
