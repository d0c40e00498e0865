namespace CorridorSim.Cli.Benchmarking;

/// <summary>How replications and comparisons of the baseline scale, measured in one process.</summary>
/// <param name="OneRunSeconds">One replication within an experiment (a simulated year and its warm-up, model build included): the one-core time over the replications.</param>
/// <param name="BuildSeconds">Building one replication's model (the routes are shared by an experiment's replications), fastest of the repeats.</param>
/// <param name="Replications">Replications in the replication case (20).</param>
/// <param name="OneCoreSeconds">Those replications on one core.</param>
/// <param name="Cores">Cores used for the parallel case (every core of the machine).</param>
/// <param name="AllCoresSeconds">The same replications on <paramref name="Cores"/> cores.</param>
/// <param name="CompareReplications">Replications per scenario in the comparison case (30).</param>
/// <param name="CompareSeconds">A comparison of two scenarios with that many replications each, on every core.</param>
public sealed record ExperimentMeasurement(double OneRunSeconds, double BuildSeconds, int Replications, double OneCoreSeconds, int Cores, double AllCoresSeconds, int CompareReplications, double CompareSeconds)
{
    /// <summary>Replications per second on every core over those on one.</summary>
    public double Speedup => OneCoreSeconds / AllCoresSeconds;

    /// <summary>Model build as a share of one replication.</summary>
    public double BuildShare => BuildSeconds / OneRunSeconds;

    /// <summary>The comparison's wall time in units of one replication.</summary>
    public double CompareInRuns => CompareSeconds / OneRunSeconds;
}
