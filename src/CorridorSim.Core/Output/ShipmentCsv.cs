using System.Text;
using CorridorSim.Model.Cargo;
using CorridorSim.Results;
using nietras.SeparatedValues;

namespace CorridorSim.Output;

/// <summary>
/// shipments.csv, streamed while a run goes on: one row per delivered container, written to a
/// temporary file and renamed into place by <see cref="Complete"/>; disposed without it (a failed
/// or cancelled run), the partial file is removed, so nothing half-written remains.
/// </summary>
public sealed class ShipmentCsv : IDisposable
{
    private const int BreakdownColumn = 5;
    private const int WriteBufferCharacters = 1 << 16;
    private readonly string _path;
    private readonly string _temp;
    private readonly SepWriter _csv;

    /// <summary>Opens the temporary file beside <paramref name="path"/> and writes the header.</summary>
    public ShipmentCsv(string path)
    {
        _path = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        _temp = AtomicFile.TemporaryFor(_path);
        string[] header =
        [
            "stream", "teu", "createdHours", "deliveredHours", "transitHours",
            .. Enum.GetValues<TimeCategory>().Select(c => char.ToLowerInvariant(c.ToString()[0]) + c.ToString()[1..] + "Hours"),
            "route",
        ];
        // Sep hands the writer a field at a time: a larger buffer than the default 1,024 characters keeps that from costing time.
        _csv = CsvText.Writer(new StreamWriter(_temp, false, new UTF8Encoding(false), WriteBufferCharacters), header);
        _csv.Header.Write();
    }

    /// <summary>Writes one container's row.</summary>
    public void Add(ShipmentRecord shipment)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        using var row = _csv.NewRow();
        row[0].Set(shipment.Stream);
        row[1].Format(shipment.Teu);
        row[2].Format(shipment.CreatedHours, "R");
        row[3].Format(shipment.DeliveredHours, "R");
        row[4].Format(shipment.TransitHours, "R");
        int c = BreakdownColumn;
        foreach (double hours in shipment.BreakdownHours)
        {
            row[c++].Format(hours, "R");
        }

        row[c].Format(shipment.Route);
    }

    /// <summary>Closes the file, flushes it to disk and renames it into place.</summary>
    public void Complete()
    {
        _csv.Dispose();
        AtomicFile.Commit(_temp, _path);
    }

    /// <summary>Closes the file; if <see cref="Complete"/> was not called, removes the partial file.</summary>
    public void Dispose()
    {
        _csv.Dispose();
        if (File.Exists(_temp))
        {
            File.Delete(_temp);
        }
    }
}
