using CorridorSim.Results;

namespace CorridorSim.Sweeps;

/// <summary>
/// The KPIs a sweep keeps of each run, so that a million runs stay a few hundred bytes each: every
/// figure of the streams (and their routes), destinations, corridors, border crossings and the
/// total, and of each capacity-limited component only how busy it was, its mean queue, its
/// backlog at the end and whether it saturated.
/// </summary>
public static class SweepKpis
{
    private static readonly string[] WholeComponents = ["stream:", "destination:", "corridor:", "crossing:", "route:"];

    private static readonly string[] ComponentMeasures = ["utilisation", "fleetUtilisation", "slotUtilisation", "rollingStockUtilisation", "meanQueue", "endBacklog", "saturated"];

    /// <summary>Whether the sweep keeps <paramref name="kpi"/>.</summary>
    public static bool Keeps(Kpi kpi)
    {
        return kpi.Component == "total"
            || WholeComponents.Any(p => kpi.Component.StartsWith(p, StringComparison.Ordinal))
            || ComponentMeasures.Contains(kpi.Measure, StringComparer.Ordinal);
    }

    /// <summary>The kept KPIs of <paramref name="result"/> by <c>component/measure</c>, with the unit of each measure.</summary>
    public static (Dictionary<string, double> Values, Dictionary<string, string> Units) Of(RunResult result)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var kpi in RunKpis.Of(result).Where(Keeps))
        {
            values[kpi.Key] = kpi.Value;
            units.TryAdd(kpi.Measure, kpi.Unit);
        }

        return (values, units);
    }
}
