using System.Globalization;
using CorridorSim.Tests.TestSupport;
using DuckDB.NET.Data;

namespace CorridorSim.Tests.Commands;

/// <summary><c>--shipments parquet</c> writes the containers of shipments.csv in compact columns, several times smaller, that DuckDB reads as they are.</summary>
public sealed class ShipmentParquetTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-shipments-parquet-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Parquet_shipments_hold_the_csv_containers_in_at_least_five_times_less_room()
    {
        string growth = Path.Combine(RepositoryRoot.Path, "scenarios", "growth-2030.json");
        string csv = Path.Combine(_folder, "csv"), parquet = Path.Combine(_folder, "parquet");

        var a = CliRunner.Run("run", growth, "--years", "0.2", "--shipments", "--out", csv, "--quiet");
        var b = CliRunner.Run("run", growth, "--years", "0.2", "--shipments", "parquet", "--out", parquet, "--quiet");

        Assert.True(a.ExitCode == 0, a.Error);
        Assert.True(b.ExitCode == 0, b.Error);
        Assert.Contains("shipments.parquet", b.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(parquet, "shipments.csv")));
        double[] fromCsv = Row($"SELECT count(*)::DOUBLE, sum(teu)::DOUBLE, sum(transitHours)::DOUBLE, sum(queueingHours)::DOUBLE FROM read_csv('{Path.Combine(csv, "shipments.csv")}')");
        double[] fromParquet = Row($"SELECT count(*)::DOUBLE, sum(teu)::DOUBLE, sum(deliveredHours - createdHours)::DOUBLE, sum(queueingHours)::DOUBLE FROM '{Path.Combine(parquet, "shipments.parquet")}'");
        Assert.Equal(fromCsv[..2], fromParquet[..2]);

        // Hours as 32-bit floats: within a minute of each container's time, so the sums agree to a few parts in a million.
        Assert.Equal(1.0, fromParquet[2] / fromCsv[2], 5);
        Assert.Equal(1.0, fromParquet[3] / fromCsv[3], 5);
        long csvBytes = new FileInfo(Path.Combine(csv, "shipments.csv")).Length, parquetBytes = new FileInfo(Path.Combine(parquet, "shipments.parquet")).Length;
        Assert.True(csvBytes >= 5 * parquetBytes, $"shipments.csv {csvBytes:N0} B, shipments.parquet {parquetBytes:N0} B");
    }

    [Fact]
    public void An_unknown_shipments_format_is_an_error_naming_the_two()
    {
        var (code, _, error) = CliRunner.Run("run", "--shipments", "xml", "--out", Path.Combine(_folder, "x"));

        Assert.Equal(2, code);
        Assert.Contains("--shipments takes csv (the default) or parquet. Not 'xml'.", error, StringComparison.Ordinal);
    }

    private static double[] Row(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return [.. Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToDouble(reader.GetValue(i), CultureInfo.InvariantCulture))];
    }
}
