namespace CorridorSim.Sweeps;

/// <summary>How a sweep runs on this machine: its parallelism and which share of the runs is its own.</summary>
public sealed record SweepRunOptions
{
    /// <summary>Runs at once; every core when null.</summary>
    public int? Parallelism { get; init; }

    /// <summary>This process's shard, from 0; it runs the runs whose number (point × replications + replication − 1) leaves this remainder when divided by <see cref="ShardCount"/>.</summary>
    public int ShardIndex { get; init; }

    /// <summary>The shards the sweep is split into; 1 to run it all here.</summary>
    public int ShardCount { get; init; } = 1;
}
