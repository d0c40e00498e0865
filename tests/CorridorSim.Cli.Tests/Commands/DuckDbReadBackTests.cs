using System.Text.Json;
using CorridorSim.Experiments;
using CorridorSim.Output;
using CorridorSim.Results;
using CorridorSim.Tests.TestSupport;
using DuckDB.NET.Data;

namespace CorridorSim.Tests.Commands;

/// <summary>The CSV files read back as a researcher reads them: DuckDB's <c>read_csv</c>, every dialect setting auto-detected.</summary>
public sealed class DuckDbReadBackTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"corridorsim-duckdb-{Guid.NewGuid():N}");

    public DuckDbReadBackTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Text_with_commas_quotes_and_line_breaks_round_trips_through_duckdb()
    {
        string[] texts =
        [
            "Port doubled, March shutdown",
            "the \"what if\"",
            "two\nlines",
            "\"quoted, with a comma\"\nand a second line",
            "carriage\r\nreturn",
            "  spaces kept  ",
            "plain-id",
        ];
        var differences = texts
            .Select((t, i) => new KpiDifference(t, $"node:{i}, \"{t}\"", $"measure {i}\n{t}", "TEU/yr", 3 + i, 1000.25 * i, 1100.5 * i, 100.25 * i, 2.5, 7.125) { VarianceReduction = 4.5 })
            .ToList();
        string path = Path.Combine(_folder, "compare.csv");
        File.WriteAllText(path, ComparisonFiles.Csv(new ComparisonResult([], differences, 0.95)));

        var (columns, rows) = ReadCsv(path);

        Assert.Equal(ComparisonColumns, columns);
        Assert.Equal(differences.Count, rows.Count);
        for (int i = 0; i < differences.Count; i++)
        {
            var d = differences[i];
            Assert.Equal(d.Scenario, (string?)rows[i][0]);
            Assert.Equal(d.Component, (string?)rows[i][1]);
            Assert.Equal(d.Measure, (string?)rows[i][2]);
            Assert.Equal(d.Unit, (string?)rows[i][3]);
            Assert.Equal((long)d.Count, Convert.ToInt64(rows[i][4], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(d.BaseMean, Convert.ToDouble(rows[i][5], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(d.Difference, Convert.ToDouble(rows[i][7], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Null(rows[i][13]);
        }
    }

    [Fact]
    public void A_scenario_name_with_commas_quotes_and_a_line_break_reads_back_from_compare_csv()
    {
        const string name = "Busier, \"much\" busier\nfrom March";
        string whatIf = Path.Combine(_folder, "busier.json");
        File.WriteAllText(whatIf, $$"""{ "extends": "baseline-2024.json", "name": {{JsonSerializer.Serialize(name)}}, "demandScale": 1.3 }""");
        string output = Path.Combine(_folder, "out");

        var (code, _, error) = CliRunner.Run("compare", whatIf, "--years", "0.1", "--replications", "2", "--out", output, "--quiet");
        var (columns, rows) = ReadCsv(Path.Combine(output, "compare.csv"));

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "compare.json")));
        var differences = json.RootElement.GetProperty("differences").EnumerateArray().ToList();
        Assert.Equal(ComparisonColumns, columns);
        Assert.Equal(differences.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(name, (string?)r[0]));
        Assert.Equal(differences.Select(d => d.GetProperty("component").GetString() + "/" + d.GetProperty("measure").GetString()), rows.Select(r => $"{r[1]}/{r[2]}"));
    }

    [Fact]
    public void An_ordinary_runs_kpis_and_shipments_read_back_with_as_many_rows_as_the_run_reports()
    {
        string output = Path.Combine(_folder, "run");

        var (code, _, error) = CliRunner.Run("run", "--years", "0.2", "--shipments", "--out", output, "--quiet");
        var result = RunResultJson.Read(File.ReadAllText(Path.Combine(output, "summary.json")));
        var kpis = ReadCsv(Path.Combine(output, "kpis.csv"));
        var shipments = ReadCsv(Path.Combine(output, "shipments.csv"));

        Assert.True(code == 0, error);
        Assert.Equal(["component", "measure", "unit", "n", "mean", "halfWidth"], kpis.Columns);
        var expected = RunKpis.Of(result);
        Assert.Equal(expected.Count, kpis.Rows.Count);
        Assert.Equal(expected.Select(k => $"{k.Component}/{k.Measure}/{k.Unit}"), kpis.Rows.Select(r => $"{r[0]}/{r[1]}/{r[2]}"));
        Assert.Equal(File.ReadLines(Path.Combine(output, "shipments.csv")).First().Split(','), shipments.Columns);
        Assert.Equal(result.Total.DeliveredContainers, shipments.Rows.Count);
        Assert.Equal(result.Streams.Select(s => s.Id).Order(StringComparer.Ordinal), shipments.Rows.Select(r => (string)r[0]!).Distinct().Order(StringComparer.Ordinal));
    }

    private static readonly string[] ComparisonColumns =
        ["scenario", "component", "measure", "unit", "n", "baseMean", "whatIfMean", "difference", "halfWidth", "relativeDifference", "significant", "unpairedHalfWidth", "varianceReduction", "onlyIn"];

    /// <summary>The column names and rows DuckDB reads from <paramref name="path"/> (SQL NULL as null).</summary>
    private static (string[] Columns, List<object?[]> Rows) ReadCsv(string path)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM read_csv('{path.Replace("'", "''", StringComparison.Ordinal)}')";
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return (columns, rows);
    }
}
