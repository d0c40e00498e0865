using CorridorSim.Results;

namespace CorridorSim.Experiments;

/// <summary>Replications of one scenario: every run's result, and every KPI estimated over them.</summary>
/// <param name="Scenario">The scenario's display name.</param>
/// <param name="Seed">The experiment seed (replication i ran with seed + i − 1).</param>
/// <param name="ConfidenceLevel">Level of every interval.</param>
/// <param name="Runs">Each replication's result, replication 1 first.</param>
/// <param name="Estimates">Every KPI over the replications, in the order of <see cref="RunKpis.Of"/>.</param>
public sealed record ExperimentResult(string Scenario, ulong Seed, double ConfidenceLevel, IReadOnlyList<RunResult> Runs, IReadOnlyList<KpiEstimate> Estimates)
{
    private KpiTable? _table;

    /// <summary>Number of replications.</summary>
    public int Replications => Runs.Count;

    /// <summary>The relative precision asked for, if any, and whether every headline KPI reached it.</summary>
    public PrecisionOutcome? Precision { get; init; }

    /// <summary>Warnings about the experiment as a whole: the warm-up check, then the replications' own warnings once each (a saturated component with how many replications it saturated in).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The estimate of <paramref name="component"/>/<paramref name="measure"/>, or null.</summary>
    public KpiEstimate? Estimate(string component, string measure) =>
        Estimates.FirstOrDefault(e => e.Component == component && e.Measure == measure);

    /// <summary>The runs' KPIs side by side, made once (the estimates and a comparison share it).</summary>
    internal KpiTable Table { get => _table ??= KpiTable.Of(Runs); set => _table = value; }

    /// <summary>Estimates every KPI of <paramref name="runs"/> at <paramref name="level"/>, keys in first-seen order.</summary>
    public static IReadOnlyList<KpiEstimate> Estimate(IReadOnlyList<RunResult> runs, double level)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return Estimate(KpiTable.Of(runs), level);
    }

    internal static IReadOnlyList<KpiEstimate> Estimate(KpiTable table, double level) =>
        [.. table.Keys.Select((k, j) => KpiEstimate.From(k.Component, k.Measure, k.Unit, table.Column(j), level))];
}
