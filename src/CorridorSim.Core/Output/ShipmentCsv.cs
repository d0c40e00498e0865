using System.Globalization;
using System.Text;
using CorridorSim.Model.Cargo;
using CorridorSim.Results;

namespace CorridorSim.Output;

/// <summary>
/// shipments.csv, streamed while a run goes on: one row per delivered container, written to a
/// temporary file and renamed into place by <see cref="Complete"/>; disposed without it (a failed
/// or cancelled run), the partial file is removed, so nothing half-written remains.
/// </summary>
public sealed class ShipmentCsv : IDisposable
{
    private readonly string _path;
    private readonly string _temp;
    private readonly StreamWriter _writer;
    private readonly StringBuilder _row = new();

    /// <summary>Opens the temporary file beside <paramref name="path"/> and writes the header.</summary>
    public ShipmentCsv(string path)
    {
        _path = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        _temp = AtomicFile.TemporaryFor(_path);
        _writer = new StreamWriter(_temp, false, new UTF8Encoding(false));
        _writer.WriteLine("stream,teu,createdHours,deliveredHours,transitHours," + string.Join(',', Enum.GetValues<TimeCategory>().Select(c => char.ToLowerInvariant(c.ToString()[0]) + c.ToString()[1..] + "Hours")) + ",route");
    }

    /// <summary>Writes one container's row.</summary>
    public void Add(ShipmentRecord shipment)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        var inv = CultureInfo.InvariantCulture;
        _row.Clear();
        _row.Append(CsvField.Escape(shipment.Stream)).Append(',').Append(shipment.Teu).Append(',')
            .Append(shipment.CreatedHours.ToString("R", inv)).Append(',')
            .Append(shipment.DeliveredHours.ToString("R", inv)).Append(',')
            .Append(shipment.TransitHours.ToString("R", inv));
        foreach (double hours in shipment.BreakdownHours)
        {
            _row.Append(',').Append(hours.ToString("R", inv));
        }

        _row.Append(',').Append(shipment.Route);

        _writer.WriteLine(_row);
    }

    /// <summary>Closes the file, flushes it to disk and renames it into place.</summary>
    public void Complete()
    {
        _writer.Dispose();
        AtomicFile.Commit(_temp, _path);
    }

    /// <summary>Closes the file; if <see cref="Complete"/> was not called, removes the partial file.</summary>
    public void Dispose()
    {
        _writer.Dispose();
        if (File.Exists(_temp))
        {
            File.Delete(_temp);
        }
    }
}
