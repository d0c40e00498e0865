using System.Globalization;
using System.Text.Json.Nodes;
using CorridorSim.Statistics;

namespace CorridorSim.Sweeps;

/// <summary>
/// A sweep's results as two tables, the columns researchers query: <see cref="Runs"/>, one row per
/// run (<c>point</c>, <c>replication</c>, <c>seed</c>, each factor, each KPI by
/// <c>component/measure</c>, in the order of their names), and <see cref="Points"/>, one row per point (<c>point</c>, each
/// factor, <c>n</c>, each KPI's <c>…/mean</c> and the half-width of its 95 % confidence interval
/// over the replications, <c>…/halfWidth</c>). A factor whose values are all numbers is a number
/// column, any other a text column of JSON.
/// </summary>
public sealed class SweepTable
{
    private SweepTable(IReadOnlyList<SweepColumn> runs, IReadOnlyList<SweepColumn> points, IReadOnlyDictionary<string, string> units)
    {
        (Runs, Points, Units) = (runs, points, units);
    }

    /// <summary>One row per run, in the order of point and replication.</summary>
    public IReadOnlyList<SweepColumn> Runs { get; }

    /// <summary>One row per point with at least one run.</summary>
    public IReadOnlyList<SweepColumn> Points { get; }

    /// <summary>The unit of each KPI measure.</summary>
    public IReadOnlyDictionary<string, string> Units { get; }

    /// <summary>The tables of <paramref name="outcome"/>.</summary>
    public static SweepTable Of(SweepOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return Of([.. outcome.Spec.Factors.Select(f => f.Name)], [.. outcome.Points.Select(p => p.Values)], outcome.Runs, outcome.Units);
    }

    /// <summary>The tables of <paramref name="runs"/> (ordered by point and replication) of a sweep whose factors are <paramref name="factors"/> and whose points have <paramref name="points"/> values, with the <paramref name="units"/> of its measures.</summary>
    public static SweepTable Of(IReadOnlyList<string> factors, IReadOnlyList<IReadOnlyList<JsonNode?>> points, IReadOnlyList<SweepRun> runs, IReadOnlyDictionary<string, string> units)
    {
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(runs);
        // In one order whichever machine, shard or session ran the runs: by name.
        var keys = runs.SelectMany(r => r.Kpis.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var runColumns = new List<SweepColumn>
        {
            SweepColumn.Whole("point", [.. runs.Select(r => (long)r.Point)]),
            SweepColumn.Whole("replication", [.. runs.Select(r => (long)r.Replication)]),
            SweepColumn.Whole("seed", [.. runs.Select(r => unchecked((long)r.Seed))]),
        };
        runColumns.AddRange(factors.Select((f, i) => Factor(f, [.. runs.Select(r => points[r.Point][i])])));
        runColumns.AddRange(keys.Select(k => SweepColumn.Number(k, [.. runs.Select(r => r.Kpis.TryGetValue(k, out double v) ? v : double.NaN)])));

        var byPoint = runs.GroupBy(r => r.Point).OrderBy(g => g.Key).ToList();
        var pointColumns = new List<SweepColumn> { SweepColumn.Whole("point", [.. byPoint.Select(g => (long)g.Key)]) };
        pointColumns.AddRange(factors.Select((f, i) => Factor(f, [.. byPoint.Select(g => points[g.Key][i])])));
        pointColumns.Add(SweepColumn.Whole("n", [.. byPoint.Select(g => (long)g.Count())]));
        foreach (string k in keys)
        {
            var intervals = byPoint.Select(g => Interval([.. g.Select(r => r.Kpis.TryGetValue(k, out double v) ? v : double.NaN)])).ToList();
            pointColumns.Add(SweepColumn.Number(k + "/mean", [.. intervals.Select(i => i.Mean)]));
            pointColumns.Add(SweepColumn.Number(k + "/halfWidth", [.. intervals.Select(i => i.HalfWidth)]));
        }

        return new SweepTable(runColumns, pointColumns, units);
    }

    /// <summary>The mean of <paramref name="values"/> that are finite and the half-width of its 95 % confidence interval (NaN below two; both NaN with none): a point's figure over its replications.</summary>
    public static (double Mean, double HalfWidth) Interval(IEnumerable<double> values)
    {
        var measured = values.Where(double.IsFinite).ToList();
        if (measured.Count == 0)
        {
            return (double.NaN, double.NaN);
        }

        if (measured.Count == 1)
        {
            return (measured[0], double.NaN);
        }

        var ci = ConfidenceInterval.FromSamples(measured);
        return (ci.Mean, ci.HalfWidth);
    }

    private static SweepColumn Factor(string name, JsonNode?[] values) =>
        values.All(v => FactorDomain.NumberOf(v) is not null)
            ? SweepColumn.Number(name, [.. values.Select(v => FactorDomain.NumberOf(v)!.Value)])
            : SweepColumn.Text(name, [.. values.Select(v => v?.ToJsonString() ?? "null")]);
}
