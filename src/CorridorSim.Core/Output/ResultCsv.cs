using System.Globalization;
using CorridorSim.Experiments;
using CorridorSim.Results;
using nietras.SeparatedValues;

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
        return CsvText.Write(["component", "measure", "unit", "n", "mean", "halfWidth"], csv =>
        {
            foreach (var e in estimates)
            {
                Estimate(csv, null, e);
            }
        });
    }

    /// <summary>
    /// timeseries.csv: <c>week,component,measure,unit,n,mean,halfWidth</c> — per week of the
    /// measured period (week 1 first), each stream's delivered TEU and each capacity-limited
    /// component's mean queue and end-of-week backlog (containers), over the replications.
    /// </summary>
    public static string TimeSeries(IReadOnlyList<RunResult> runs, double level)
    {
        var text = new StringWriter(Inv);
        WriteTimeSeries(text, runs, level);
        return text.ToString();
    }

    /// <summary>
    /// Writes timeseries.csv (see <see cref="TimeSeries"/>) to <paramref name="text"/>, which it
    /// closes, row by row: a run of centuries has millions of rows, never held in memory at once.
    /// </summary>
    public static void WriteTimeSeries(TextWriter text, IReadOnlyList<RunResult> runs, double level)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(runs);
        var first = runs[0];
        using var csv = CsvText.Writer(text, "week", "component", "measure", "unit", "n", "mean", "halfWidth");
        // Origins have no capacity of their own, and results saved before utilisation was kept have none.
        bool[] hasCapacity = [.. first.ComponentSeries.Select(c => c.Utilisation.Any(double.IsFinite))];
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
                if (hasCapacity[c])
                {
                    Row(csv, w, id, "utilisation", "share", runs.Select(r => At(r.ComponentSeries[c].Utilisation, w)), level);
                }
            }
        }
    }

    /// <summary>replications.csv: <c>replication,seed,component,measure,unit,value</c>, one row per replication and KPI.</summary>
    public static string Replications(IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return CsvText.Write(["replication", "seed", "component", "measure", "unit", "value"], csv =>
        {
            for (int r = 0; r < runs.Count; r++)
            {
                foreach (var k in RunKpis.Of(runs[r]))
                {
                    using var row = csv.NewRow();
                    row[0].Format(r + 1);
                    row[1].Format(runs[r].Info.Seed);
                    row[2].Set(k.Component);
                    row[3].Set(k.Measure);
                    row[4].Set(k.Unit);
                    CsvText.Number(row[5], k.Value);
                }
            }
        });
    }

    /// <summary>A number as the CSV files write it: rounded to 4 decimals, empty for NaN.</summary>
    public static string Number(double value) =>
        double.IsFinite(value) ? Math.Round(value, 4).ToString("G", Inv) : string.Empty;

    private static void Row(SepWriter csv, int week, string component, string measure, string unit, IEnumerable<double> values, double level) =>
        Estimate(csv, week + 1, KpiEstimate.From(component, measure, unit, values, level));

    /// <summary>A row of <paramref name="e"/>'s columns, after the week's when there is one.</summary>
    private static void Estimate(SepWriter csv, int? week, KpiEstimate e)
    {
        using var row = csv.NewRow();
        int c = 0;
        if (week is int w)
        {
            row[c++].Format(w);
        }

        row[c++].Set(e.Component);
        row[c++].Set(e.Measure);
        row[c++].Set(e.Unit);
        row[c++].Format(e.Count);
        CsvText.Number(row[c++], e.Mean);
        CsvText.Number(row[c], e.HalfWidth);
    }

    private static double At(IReadOnlyList<double> series, int week) => week < series.Count ? series[week] : double.NaN;
}
