using CorridorSim.Model.Cargo;
using CorridorSim.Results;
using Parquet;
using Parquet.Schema;

namespace CorridorSim.Output;

/// <summary>
/// shipments.parquet, streamed while a run goes on: the rows of shipments.csv in compact columns —
/// the stream as text (Parquet's dictionary encoding stores each name once per row group), TEU and
/// route as whole numbers, the times and the breakdown in hours as 32-bit floats (to within a
/// minute over a century) — in row groups of <see cref="RowGroupSize"/> containers, written to a
/// temporary file and renamed into place by <see cref="Complete"/>; disposed without it, the
/// partial file is removed. <c>transitHours</c> is left out: it is deliveredHours − createdHours.
/// </summary>
public sealed class ShipmentParquet : IDisposable
{
    /// <summary>Containers per row group.</summary>
    public const int RowGroupSize = 1 << 17;

    private readonly string _path;
    private readonly string _temp;
    private readonly FileStream _file;
    private readonly ParquetWriter _writer;
    private readonly DataField[] _fields;
    private readonly string[] _stream = new string[RowGroupSize];
    private readonly int[] _teu = new int[RowGroupSize];
    private readonly int[] _route = new int[RowGroupSize];
    private readonly float[] _created = new float[RowGroupSize];
    private readonly float[] _delivered = new float[RowGroupSize];
    private readonly float[][] _breakdown;
    private int _rows;

    /// <summary>Opens the temporary file beside <paramref name="path"/>.</summary>
    public ShipmentParquet(string path)
    {
        _path = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        _temp = AtomicFile.TemporaryFor(_path);
        var categories = Enum.GetValues<TimeCategory>();
        _breakdown = [.. categories.Select(_ => new float[RowGroupSize])];
        _fields =
        [
            new DataField<string>("stream"), new DataField<int>("teu"), new DataField<float>("createdHours"), new DataField<float>("deliveredHours"),
            .. categories.Select(c => (DataField)new DataField<float>(char.ToLowerInvariant(c.ToString()[0]) + c.ToString()[1..] + "Hours")),
            new DataField<int>("route"),
        ];
        _file = new FileStream(_temp, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        _writer = Run(() => ParquetWriter.CreateAsync(new ParquetSchema(_fields), _file));
    }

    /// <summary>Adds one container's row.</summary>
    public void Add(ShipmentRecord shipment)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        int r = _rows++;
        _stream[r] = shipment.Stream;
        _teu[r] = shipment.Teu;
        _route[r] = shipment.Route;
        _created[r] = (float)shipment.CreatedHours;
        _delivered[r] = (float)shipment.DeliveredHours;
        for (int c = 0; c < _breakdown.Length; c++)
        {
            _breakdown[c][r] = (float)shipment.BreakdownHours[c];
        }

        if (_rows == RowGroupSize)
        {
            Flush();
        }
    }

    /// <summary>Writes the last row group and the footer, flushes the file to disk and renames it into place.</summary>
    public void Complete()
    {
        Flush();
        Run(async () => { await _writer.DisposeAsync().ConfigureAwait(false); return 0; });
        _file.Flush(flushToDisk: true);
        _file.Dispose();
        AtomicFile.Commit(_temp, _path);
    }

    /// <summary>Closes the file; if <see cref="Complete"/> was not called, removes the partial file.</summary>
    public void Dispose()
    {
        _file.Dispose();
        if (File.Exists(_temp))
        {
            File.Delete(_temp);
        }
    }

    private void Flush()
    {
        if (_rows == 0)
        {
            return;
        }

        int n = _rows;
        Run(async () =>
        {
            using var group = _writer.CreateRowGroup();
            await group.WriteAsync(_fields[0], _stream[..n]).ConfigureAwait(false);
            await group.WriteAsync<int>(_fields[1], _teu.AsMemory(0, n)).ConfigureAwait(false);
            await group.WriteAsync<float>(_fields[2], _created.AsMemory(0, n)).ConfigureAwait(false);
            await group.WriteAsync<float>(_fields[3], _delivered.AsMemory(0, n)).ConfigureAwait(false);
            for (int c = 0; c < _breakdown.Length; c++)
            {
                await group.WriteAsync<float>(_fields[4 + c], _breakdown[c].AsMemory(0, n)).ConfigureAwait(false);
            }

            await group.WriteAsync<int>(_fields[^1], _route.AsMemory(0, n)).ConfigureAwait(false);
            return 0;
        });
        _rows = 0;
    }

    private static T Run<T>(Func<Task<T>> work) => Task.Run(work).GetAwaiter().GetResult();
}
