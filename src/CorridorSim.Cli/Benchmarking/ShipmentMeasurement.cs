namespace CorridorSim.Cli.Benchmarking;

/// <summary>The shipments file of one run of the baseline written both ways, to compare their sizes.</summary>
/// <param name="Shipments">Containers delivered in the run, one row each.</param>
/// <param name="CsvBytes">shipments.csv, in bytes.</param>
/// <param name="ParquetBytes">shipments.parquet, in bytes.</param>
public sealed record ShipmentMeasurement(long Shipments, long CsvBytes, long ParquetBytes)
{
    /// <summary>How many times smaller the Parquet file is (goal ≥ 5).</summary>
    public double Ratio => (double)CsvBytes / ParquetBytes;
}
