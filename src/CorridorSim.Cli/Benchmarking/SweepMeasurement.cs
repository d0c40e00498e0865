namespace CorridorSim.Cli.Benchmarking;

/// <summary>
/// A sweep of the baseline timed against the same runs run plainly, in one process: what the
/// store, the scheduling, the result files and a merge of two shards add to the runs themselves.
/// </summary>
/// <param name="Runs">Runs of the sweep: <paramref name="Points"/> × <paramref name="Replications"/>.</param>
/// <param name="Points">Points of the sweep (one seed each).</param>
/// <param name="Replications">Replications per point.</param>
/// <param name="Cores">Runs at once, in the plain runs and in the sweep alike.</param>
/// <param name="OneRunAloneSeconds">One run (its model built along routes found beforehand, a year and its warm-up simulated, its result made) on one thread with the other cores idle: the median of several, after a warm-up.</param>
/// <param name="PlainSeconds">The sweep's runs (the same scenarios, seeds and routes) run plainly, <paramref name="Cores"/> at a time, results dropped: half before the sweep, half after, added.</param>
/// <param name="SweepSeconds">The sweep as two shards, one after the other, each on every core into its store, with its result files written, then merged into one folder (store and result files).</param>
/// <param name="ShardSeconds">Of <paramref name="SweepSeconds"/>, the two shards' runs into their stores.</param>
/// <param name="FilesSeconds">Of <paramref name="SweepSeconds"/>, writing the two shards' result files.</param>
/// <param name="MergeSeconds">Of <paramref name="SweepSeconds"/>, the merge.</param>
/// <param name="KpiSeconds">Taking the KPIs a sweep keeps of one run's result, the median of several.</param>
/// <param name="CommitSeconds">Committing one run to a store (its line appended and flushed to disk), the median of several.</param>
/// <param name="PlainCpuShare">The processor time this process had during the plain runs over their wall time × cores: near 1 when nothing else ran, lower when another process took cores.</param>
/// <param name="SweepCpuShare">The same during the sweep (lower also while it writes files and merges, on one thread).</param>
public sealed record SweepMeasurement(int Runs, int Points, int Replications, int Cores, double OneRunAloneSeconds, double PlainSeconds, double SweepSeconds, double ShardSeconds, double FilesSeconds, double MergeSeconds, double KpiSeconds, double CommitSeconds, double PlainCpuShare, double SweepCpuShare)
{
    /// <summary>One run's time when <see cref="Cores"/> runs share the machine, as the plain runs took it: their time × cores ÷ runs.</summary>
    public double OneRunInParallelSeconds => PlainSeconds * Cores / Runs;

    /// <summary>The sweep's time over (runs × one run's time in parallel ÷ cores), that is over the plain runs' time: what the store, scheduling, files and merge add (goal ≤ 1.15).</summary>
    public double Overhead => SweepSeconds / (Runs * OneRunInParallelSeconds / Cores);

    /// <summary>The sweep's time over (runs × one run's time alone ÷ cores): the overhead together with what runs sharing the machine cost each other.</summary>
    public double AgainstAlone => SweepSeconds / (Runs * OneRunAloneSeconds / Cores);
}
