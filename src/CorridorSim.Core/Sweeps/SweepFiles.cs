using System.Globalization;
using System.Text.Json.Nodes;
using CorridorSim.Output;
using Parquet;
using Parquet.Schema;

namespace CorridorSim.Sweeps;

/// <summary>
/// A sweep's result files, each written atomically: <c>runs.parquet</c> and <c>results.csv</c>
/// (one row per run), <c>points.parquet</c> and <c>points.csv</c> (one row per point, each KPI's
/// mean and 95 % half-width). The Parquet files keep every number at full precision (null where a
/// run measured nothing) with the KPIs' units in their metadata (<c>units</c>, JSON); the CSV files
/// round to 4 decimals, as the other CSV files do.
/// </summary>
public static class SweepFiles
{
    /// <summary>The file names, in the order they are written.</summary>
    public static IReadOnlyList<string> Names { get; } = ["runs.parquet", "points.parquet", "results.csv", "points.csv"];

    /// <summary>Writes the result files of <paramref name="outcome"/> into <paramref name="folder"/>.</summary>
    public static void Write(string folder, SweepOutcome outcome) => Write(folder, SweepTable.Of(outcome));

    /// <summary>Writes the result files of <paramref name="table"/> into <paramref name="folder"/>.</summary>
    public static void Write(string folder, SweepTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Directory.CreateDirectory(folder);
        var units = new JsonObject(table.Units.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => KeyValuePair.Create(u.Key, (JsonNode?)JsonValue.Create(u.Value)))).ToJsonString();
        AtomicFile.Write(Path.Combine(folder, "runs.parquet"), temp => Parquet(temp, table.Runs, units));
        AtomicFile.Write(Path.Combine(folder, "points.parquet"), temp => Parquet(temp, table.Points, units));
        AtomicFile.WriteAllText(Path.Combine(folder, "results.csv"), Csv(table.Runs));
        AtomicFile.WriteAllText(Path.Combine(folder, "points.csv"), Csv(table.Points));
    }

    /// <summary>
    /// Writes <c>morris.csv</c> into <paramref name="folder"/>: one row per factor, most important
    /// first — <c>kpi,factor,mu,muStar,sigma,muStarLow,muStarHigh,effects</c>, the effects per unit
    /// of the factor's range.
    /// </summary>
    public static void WriteMorris(string folder, string kpi, IReadOnlyList<MorrisEffect> effects)
    {
        ArgumentNullException.ThrowIfNull(effects);
        string text = CsvText.Write(["kpi", "factor", "mu", "muStar", "sigma", "muStarLow", "muStarHigh", "effects"], csv =>
        {
            foreach (var e in effects)
            {
                using var row = csv.NewRow();
                row[0].Set(kpi);
                row[1].Set(e.Factor);
                CsvText.Number(row[2], e.Mu);
                CsvText.Number(row[3], e.MuStar);
                CsvText.Number(row[4], e.Sigma);
                CsvText.Number(row[5], e.MuStarLow);
                CsvText.Number(row[6], e.MuStarHigh);
                row[7].Set(e.Effects.ToString(CultureInfo.InvariantCulture));
            }
        });
        AtomicFile.WriteAllText(Path.Combine(folder, "morris.csv"), text);
    }

    /// <summary>The columns as CSV (RFC 4180, a header row, numbers rounded to 4 decimals, empty where missing).</summary>
    public static string Csv(IReadOnlyList<SweepColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        int rows = columns.Count == 0 ? 0 : columns[0].Count;
        return CsvText.Write([.. columns.Select(c => c.Name)], csv =>
        {
            for (int r = 0; r < rows; r++)
            {
                using var row = csv.NewRow();
                for (int c = 0; c < columns.Count; c++)
                {
                    var column = columns[c];
                    if (column.Wholes is { } wholes)
                    {
                        row[c].Set(wholes[r].ToString(CultureInfo.InvariantCulture));
                    }
                    else if (column.Numbers is { } numbers)
                    {
                        CsvText.Number(row[c], numbers[r]);
                    }
                    else
                    {
                        row[c].Set(column.Texts![r]);
                    }
                }
            }
        });
    }

    private static void Parquet(string path, IReadOnlyList<SweepColumn> columns, string units)
    {
        var fields = columns.Select(c => c.Wholes is not null ? new DataField<long>(c.Name) : c.Numbers is not null ? (DataField)new DataField<double?>(c.Name) : new DataField<string>(c.Name)).ToList();
        var schema = new ParquetSchema(fields);
        using var file = File.Create(path);
        Task.Run(async () =>
        {
            await using var writer = await ParquetWriter.CreateAsync(schema, file).ConfigureAwait(false);
            writer.CustomMetadata = new Dictionary<string, string>(StringComparer.Ordinal) { ["units"] = units, ["writer"] = "CorridorSim" };
            using var group = writer.CreateRowGroup();
            for (int c = 0; c < columns.Count; c++)
            {
                var column = columns[c];
                if (column.Wholes is { } wholes)
                {
                    await group.WriteAsync<long>(fields[c], wholes.ToArray()).ConfigureAwait(false);
                }
                else if (column.Numbers is { } numbers)
                {
                    await group.WriteAsync<double>(fields[c], numbers.Select(v => double.IsFinite(v) ? v : (double?)null).ToArray()).ConfigureAwait(false);
                }
                else
                {
                    await group.WriteAsync(fields[c], column.Texts!.ToArray()).ConfigureAwait(false);
                }
            }
        }).GetAwaiter().GetResult();
    }
}
