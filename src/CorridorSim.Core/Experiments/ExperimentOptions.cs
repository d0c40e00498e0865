namespace CorridorSim.Experiments;

/// <summary>How many replications to run, on how many cores, and how precise the answer must be.</summary>
public sealed record ExperimentOptions
{
    /// <summary>Replications to run; with <see cref="Precision"/>, the replications to start from (at least 2 then; 10 when not given).</summary>
    public int? Replications { get; init; }

    /// <summary>Replications run at once; all the machine's cores when null. The results never depend on it.</summary>
    public int? Parallelism { get; init; }

    /// <summary>
    /// Relative precision γ to reach: replications are added until every headline KPI's
    /// half-width is at most γ/(1 + γ) of its mean (Law's sequential procedure), or
    /// <see cref="MaxReplications"/> is reached. Null: run <see cref="Replications"/> and stop.
    /// </summary>
    public double? Precision { get; init; }

    /// <summary>Most replications <see cref="Precision"/> may run.</summary>
    public int MaxReplications { get; init; } = 100;

    /// <summary>Confidence level of every interval.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Seed of replication 1; the (first) scenario's seed when null. Replication i runs with seed + i − 1.</summary>
    public ulong? Seed { get; init; }

    /// <summary>Bounds on each replication's work (the early stop stops every replication in progress); none by default.</summary>
    public RunLimits? Limits { get; init; }

    /// <summary>Replications to start from when <see cref="Precision"/> is set and <see cref="Replications"/> is not (Law recommends at least 10).</summary>
    public const int DefaultStartReplications = 10;
}
