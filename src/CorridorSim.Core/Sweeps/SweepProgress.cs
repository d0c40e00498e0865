namespace CorridorSim.Sweeps;

/// <summary>How far a sweep has come: runs of this shard done (including those an earlier session finished), of how many, and how many of them were found done.</summary>
/// <param name="Done">Runs done.</param>
/// <param name="Total">Runs of this shard.</param>
/// <param name="Resumed">Runs an earlier session had finished.</param>
public sealed record SweepProgress(int Done, int Total, int Resumed);
