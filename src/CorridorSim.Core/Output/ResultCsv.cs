using System.Globalization;
using System.Text;
using CorridorSim.Experiments;
using CorridorSim.Results;

namespace CorridorSim.Output;

/// <summary>
/// The CSV files of a run or an experiment (docs/outputs.md). kpis.csv and timeseries.csv have
/// the same columns whatever the number of replications — <c>n</c>, <c>mean</c> and the
/// Student-t <c>halfWidth</c> (empty for a single run) — so a script reads one run and a hundred
/// alike. Numbers are rounded to 4 decimals; an empty field is a figure with nothing measured.
/// </summary>
public static class ResultCsv
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>kpis.csv: <c>component,measure,unit,n,mean,halfWidth</c>, one row per KPI.</summary>
    public static string Kpis(IReadOnlyList<KpiEstimate> estimates)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        var csv = new StringBuilder("component,measure,unit,n,mean,halfWidth\n");
        foreach (var e in estimates)
        {
            csv.Append(Inv, $"{CsvField.Escape(e.Component)},{CsvField.Escape(e.Measure)},{CsvField.Escape(e.Unit)},{e.Count},{Number(e.Mean)},{Number(e.HalfWidth)}\n");
        }

        return csv.ToString();
    }

    /// <summary>
    /// timeseries.csv: <c>week,component,measure,unit,n,mean,halfWidth</c> — per week of the
    /// measured period (week 1 first), each stream's delivered TEU and each capacity-limited
    /// component's mean queue and end-of-week backlog (containers), over the replications.
    /// </summary>
    public static string TimeSeries(IReadOnlyList<RunResult> runs, double level)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var csv = new StringBuilder("week,component,measure,unit,n,mean,halfWidth\n");
        var first = runs[0];
        for (int w = 0; w < first.Weeks; w++)
        {
            for (int s = 0; s < first.Streams.Count; s++)
            {
                Row(csv, w, $"stream:{first.Streams[s].Id}", "deliveredTeu", "TEU", runs.Select(r => At(r.Streams[s].WeeklyTeu, w)), level);
            }

            for (int c = 0; c < first.ComponentSeries.Count; c++)
            {
                string id = first.ComponentSeries[c].Id;
                Row(csv, w, id, "meanQueue", "containers", runs.Select(r => At(r.ComponentSeries[c].MeanQueue, w)), level);
                Row(csv, w, id, "backlog", "containers", runs.Select(r => At(r.ComponentSeries[c].Backlog, w)), level);
            }
        }

        return csv.ToString();
    }

    /// <summary>replications.csv: <c>replication,seed,component,measure,unit,value</c>, one row per replication and KPI.</summary>
    public static string Replications(IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var csv = new StringBuilder("replication,seed,component,measure,unit,value\n");
        for (int r = 0; r < runs.Count; r++)
        {
            foreach (var k in RunKpis.Of(runs[r]))
            {
                csv.Append(Inv, $"{r + 1},{runs[r].Info.Seed},{CsvField.Escape(k.Component)},{CsvField.Escape(k.Measure)},{CsvField.Escape(k.Unit)},{Number(k.Value)}\n");
            }
        }

        return csv.ToString();
    }

    /// <summary>A number as the CSV files write it: rounded to 4 decimals, empty for NaN.</summary>
    public static string Number(double value) =>
        double.IsFinite(value) ? Math.Round(value, 4).ToString("G", Inv) : string.Empty;

    private static void Row(StringBuilder csv, int week, string component, string measure, string unit, IEnumerable<double> values, double level)
    {
        var e = KpiEstimate.From(component, measure, unit, values, level);
        csv.Append(Inv, $"{week + 1},{CsvField.Escape(component)},{CsvField.Escape(measure)},{CsvField.Escape(unit)},{e.Count},{Number(e.Mean)},{Number(e.HalfWidth)}\n");
    }

    private static double At(IReadOnlyList<double> series, int week) => week < series.Count ? series[week] : double.NaN;
}
