using CorridorSim.Results;

namespace CorridorSim.Experiments;

/// <summary>The KPIs of several runs side by side: one key per column (first-seen order), one run per row, NaN where a run lacks a key.</summary>
internal sealed class KpiTable
{
    private readonly double[][] _rows;

    private KpiTable(List<(string Component, string Measure, string Unit)> keys, double[][] rows)
    {
        Keys = keys;
        _rows = rows;
    }

    public IReadOnlyList<(string Component, string Measure, string Unit)> Keys { get; }

    public int Rows => _rows.Length;

    public static KpiTable Of(IReadOnlyList<RunResult> runs)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<(string, string, string)>();
        var perRun = runs.Select(RunKpis.Of).ToList();
        foreach (var kpis in perRun)
        {
            foreach (var k in kpis)
            {
                if (index.TryAdd(k.Key, keys.Count))
                {
                    keys.Add((k.Component, k.Measure, k.Unit));
                }
            }
        }

        var rows = new double[runs.Count][];
        for (int r = 0; r < runs.Count; r++)
        {
            rows[r] = new double[keys.Count];
            Array.Fill(rows[r], double.NaN);
            foreach (var k in perRun[r])
            {
                rows[r][index[k.Key]] = k.Value;
            }
        }

        return new KpiTable(keys, rows);
    }

    public int IndexOf(string component, string measure)
    {
        for (int j = 0; j < Keys.Count; j++)
        {
            if (Keys[j].Component == component && Keys[j].Measure == measure)
            {
                return j;
            }
        }

        return -1;
    }

    public IEnumerable<double> Column(int j, int rows = int.MaxValue) => _rows.Take(rows).Select(r => r[j]);

    public double Value(int row, int j) => _rows[row][j];
}
