namespace CorridorSim.Sweeps;

/// <summary>One finished run of a sweep: its point, its replication (1-based), its seed and its KPIs by key (<c>component/measure</c>; NaN where the run measured nothing).</summary>
/// <param name="Point">The design point's index.</param>
/// <param name="Replication">The replication, from 1; the same replication has the same seed at every point.</param>
/// <param name="Seed">The run's seed.</param>
/// <param name="Kpis">The KPIs the sweep keeps (see <see cref="SweepKpis"/>), by <c>component/measure</c>.</param>
public sealed record SweepRun(int Point, int Replication, ulong Seed, IReadOnlyDictionary<string, double> Kpis);
