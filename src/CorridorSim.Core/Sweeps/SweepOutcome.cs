namespace CorridorSim.Sweeps;

/// <summary>What a sweep (or one shard of it) produced: its points and every finished run of its share, in the order of their number, with the unit of each KPI measure.</summary>
/// <param name="Spec">The sweep.</param>
/// <param name="Points">The design's points.</param>
/// <param name="Runs">The runs, ordered by point and replication.</param>
/// <param name="Units">The unit of each measure.</param>
/// <param name="Ran">Runs this session ran.</param>
/// <param name="Resumed">Runs an earlier session had finished.</param>
public sealed record SweepOutcome(SweepSpec Spec, IReadOnlyList<SweepPoint> Points, IReadOnlyList<SweepRun> Runs, IReadOnlyDictionary<string, string> Units, int Ran, int Resumed);
