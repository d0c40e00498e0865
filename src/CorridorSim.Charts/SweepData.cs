using System.Globalization;
using CorridorSim.Sweeps;

namespace CorridorSim.Charts;

/// <summary>What the sweep charts draw of one KPI: each numeric factor's value at every point, and the KPI's mean and 95 % half-width over the point's replications, with the KPI's label.</summary>
internal sealed class SweepData
{
    private SweepData(string kpi, string label, IReadOnlyList<string> factors, double[][] values, double[] means, double[] halfWidths)
    {
        (Kpi, Label, Factors, Values, Means, HalfWidths) = (kpi, label, factors, values, means, halfWidths);
    }

    public string Kpi { get; }

    /// <summary>"Mean transit, all containers (days)".</summary>
    public string Label { get; }

    /// <summary>The factors whose values are all numbers, the ones a chart can put on an axis.</summary>
    public IReadOnlyList<string> Factors { get; }

    /// <summary>Values[f][p]: factor f's value at point p.</summary>
    public double[][] Values { get; }

    public double[] Means { get; }

    public double[] HalfWidths { get; }

    public int Points => Means.Length;

    public static SweepData Of(StoredSweep sweep, string kpi)
    {
        var byPoint = sweep.Runs.GroupBy(r => r.Point).OrderBy(g => g.Key).ToList();
        var numeric = sweep.Factors.Select((f, i) => (f.Name, i)).Where(x => sweep.Points.All(p => FactorDomain.NumberOf(p.Values[x.i]) is not null)).ToList();
        double[][] values = [.. numeric.Select(x => byPoint.Select(g => FactorDomain.NumberOf(sweep.Points[g.Key].Values[x.i])!.Value).ToArray())];
        var intervals = byPoint.Select(g => SweepTable.Interval(g.Select(r => r.Kpis.TryGetValue(kpi, out double v) ? v : double.NaN))).ToList();
        return new SweepData(kpi, LabelOf(kpi, sweep.StreamNames, sweep.Units), [.. numeric.Select(x => x.Name)], values, [.. intervals.Select(i => i.Mean)], [.. intervals.Select(i => i.HalfWidth)]);
    }

    /// <summary>How much of its sweep a folder without every run holds, "9 of the sweep's 27 runs (shard 0/3)"; null when it holds them all.</summary>
    public static string? Partial(StoredSweep sweep) =>
        sweep.IsComplete ? null
        : string.Create(CultureInfo.InvariantCulture, $"{sweep.Runs.Count:N0} of the sweep's {sweep.TotalRuns:N0} runs{(sweep.ShardCount > 1 ? $" (shard {sweep.ShardIndex}/{sweep.ShardCount})" : string.Empty)}");

    /// <summary>A KPI key as a reader says it: "total/transitMeanDays" is "Mean transit, all containers (days)".</summary>
    public static string LabelOf(string kpi, IReadOnlyDictionary<string, string> streams, IReadOnlyDictionary<string, string> units)
    {
        int slash = kpi.LastIndexOf('/');
        string component = slash < 0 ? kpi : kpi[..slash], measure = slash < 0 ? string.Empty : kpi[(slash + 1)..];
        string what = measure switch
        {
            "deliveredTeuPerYear" => "TEU a year delivered",
            "transitMeanDays" => "Mean transit",
            "transitP50Days" => "Median transit",
            "transitP95Days" => "95th-percentile transit",
            _ => measure,
        };
        string of = component == "total" ? "all containers"
            : component.StartsWith("stream:", StringComparison.Ordinal) && streams.TryGetValue(component["stream:".Length..], out string? name) ? name
            : component;
        string unit = units.TryGetValue(measure, out string? u) ? u : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{what}, {of}{(unit.Length > 0 ? $" ({unit})" : string.Empty)}");
    }
}
