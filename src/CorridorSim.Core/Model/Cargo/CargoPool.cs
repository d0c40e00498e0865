using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using CorridorSim.Statistics;

namespace CorridorSim.Model.Cargo;

/// <summary>
/// Every cargo unit (container) alive in a run, stored as parallel arrays indexed by an integer
/// id so moving cargo allocates nothing; ids of delivered or rejected units are reused. Also the
/// run's ledger: generated = delivered + rejected + in system. Each unit's time breakdown is one
/// 64-byte row, aligned to a cache line, so charging any category of a unit touches one line.
/// </summary>
public sealed class CargoPool
{
    /// <summary>Number of <see cref="TimeCategory"/> values, the width of each unit's breakdown.</summary>
    public const int CategoryCount = 8;

    private double[] _createdAt = new double[256];
    private double[] _enteredAt = new double[256];
    private int[] _tags = new int[256];
    private double[] _breakdown;
    private int _rows;
    private int[] _free = new int[256];
    private int _freeCount;
    private int _highWater;
    private readonly TimeWeighted _inSystemAverage = new();

    // A pinned array another component keeps per unit id (its first row and the row's size),
    // whose rows are fetched with the pool's own; the reference keeps the array alive.
    private Array? _companion;
    private unsafe byte* _companionRows;
    private int _companionStride;

    /// <summary>Creates an empty pool.</summary>
    public CargoPool() => (_breakdown, _rows) = AlignedRows(256, null, 0);

    /// <summary>Units created since the start of the run.</summary>
    public long Generated { get; private set; }

    /// <summary>Units that reached a sink.</summary>
    public long Delivered { get; private set; }

    /// <summary>Units refused at entry because the first receiver was full.</summary>
    public long Rejected { get; private set; }

    /// <summary>Units alive now (generated and neither delivered nor rejected).</summary>
    public long InSystem { get; private set; }

    /// <summary>Creates a unit born at <paramref name="createdAt"/> (hours) with a model-defined <paramref name="tag"/> (e.g. a demand stream index).</summary>
    public int Create(double createdAt, int tag)
    {
        int id;
        if (_freeCount > 0)
        {
            id = _free[--_freeCount];
        }
        else
        {
            id = _highWater++;
            if (id == _createdAt.Length)
            {
                Grow();
            }
        }

        _createdAt[id] = createdAt;
        _enteredAt[id] = createdAt;
        _tags[id] = tag;
        _breakdown.AsSpan(_rows + (id * CategoryCount), CategoryCount).Clear();
        Generated++;
        InSystem++;
        _inSystemAverage.Update(createdAt, InSystem);
        return id;
    }

    /// <summary>When unit <paramref name="cargo"/> was created, in hours.</summary>
    public double CreatedAt(int cargo) => _createdAt[cargo];

    /// <summary>When unit <paramref name="cargo"/> entered the component that holds it now, in hours.</summary>
    public double EnteredAt(int cargo) => _enteredAt[cargo];

    /// <summary>Records that unit <paramref name="cargo"/> entered a component at <paramref name="now"/> (hours).</summary>
    public void MarkEntered(int cargo, double now) => _enteredAt[cargo] = now;

    /// <summary>The model-defined tag of unit <paramref name="cargo"/>.</summary>
    public int Tag(int cargo) => _tags[cargo];

    /// <summary>Changes unit <paramref name="cargo"/>'s tag, e.g. to the route lane a model picked for it.</summary>
    public void SetTag(int cargo, int tag) => _tags[cargo] = tag;

    /// <summary>Adds <paramref name="hours"/> to unit <paramref name="cargo"/>'s time in <paramref name="category"/>.</summary>
    public void AddTime(int cargo, TimeCategory category, double hours) =>
        _breakdown[_rows + (cargo * CategoryCount) + (int)category] += hours;

    /// <summary>
    /// Asks the processor to bring unit <paramref name="cargo"/>'s time breakdown and tag into
    /// its cache, ahead of their use: a hint that changes no result. A carrier that hands on or
    /// charges a block of units calls it a few units ahead, so the rows of units scattered
    /// through memory arrive while it works on the ones before.
    /// </summary>
    internal unsafe void Prefetch(int cargo)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref _breakdown[_rows + (cargo * CategoryCount)]));
            Sse.Prefetch0(Unsafe.AsPointer(ref _tags[cargo]));
            if (_companionRows != null)
            {
                // A row may straddle two cache lines: fetch its first and last byte.
                byte* row = _companionRows + ((nint)cargo * _companionStride);
                Sse.Prefetch0(row);
                Sse.Prefetch0(row + _companionStride - 1);
            }
        }
    }

    /// <summary>
    /// Has <see cref="Prefetch"/> also bring in each unit's row of <paramref name="rows"/>, an array
    /// indexed by unit id that another component keeps (a log of each unit's passage); the array
    /// must be pinned (<see cref="GC.AllocateArray{T}(int, bool)"/>). Called again when that array
    /// is replaced; the last array given is the one fetched.
    /// </summary>
    internal unsafe void PrefetchAlso<T>(T[] rows)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(rows);
        _companion = rows;
        _companionRows = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(rows));
        _companionStride = sizeof(T);
    }

    /// <summary>Hours unit <paramref name="cargo"/> has spent in <paramref name="category"/> so far.</summary>
    public double TimeIn(int cargo, TimeCategory category) => _breakdown[_rows + (cargo * CategoryCount) + (int)category];

    /// <summary>Unit <paramref name="cargo"/>'s time breakdown, indexed by <see cref="TimeCategory"/>; valid until the unit is released.</summary>
    public ReadOnlySpan<double> Breakdown(int cargo) => _breakdown.AsSpan(_rows + (cargo * CategoryCount), CategoryCount);

    /// <summary>Time-average number of units in the system from the last reset until <paramref name="now"/> (hours): L in Little's law.</summary>
    public double MeanInSystem(double now) => _inSystemAverage.Mean(now);

    /// <summary>Records that unit <paramref name="cargo"/> reached a sink at <paramref name="now"/> (hours) and frees its id.</summary>
    public void Deliver(int cargo, double now)
    {
        Delivered++;
        Release(cargo, now);
    }

    /// <summary>Records that unit <paramref name="cargo"/> was refused at entry at <paramref name="now"/> (hours) and frees its id.</summary>
    public void Reject(int cargo, double now)
    {
        Rejected++;
        Release(cargo, now);
    }

    /// <summary>
    /// Takes back unit <paramref name="cargo"/>, created at <paramref name="now"/> (hours) and refused by
    /// the first receiver it was offered to before it entered anything: as if it had never been
    /// created (a demand source keeps such a box in its backlog as a count instead).
    /// </summary>
    public void Withdraw(int cargo, double now)
    {
        Generated--;
        Release(cargo, now);
    }

    /// <summary>
    /// Starts a new statistics period at <paramref name="now"/> (end of warm-up): units in the
    /// system count as generated, delivered and rejected restart from zero.
    /// </summary>
    public void ResetStatistics(double now)
    {
        Generated = InSystem;
        Delivered = 0;
        Rejected = 0;
        _inSystemAverage.Reset(now);
    }

    private void Release(int cargo, double now)
    {
        if ((uint)cargo >= (uint)_highWater)
        {
            throw new ArgumentOutOfRangeException(nameof(cargo), cargo, "Not a cargo id of this pool.");
        }

        InSystem--;
        _inSystemAverage.Update(now, InSystem);
        if (_freeCount == _free.Length)
        {
            Array.Resize(ref _free, _free.Length * 2);
        }

        _free[_freeCount++] = cargo;
    }

    private void Grow()
    {
        int size = _createdAt.Length * 2;
        Array.Resize(ref _createdAt, size);
        Array.Resize(ref _enteredAt, size);
        Array.Resize(ref _tags, size);
        (_breakdown, _rows) = AlignedRows(size, _breakdown, _rows);
    }

    /// <summary>
    /// Room for <paramref name="units"/> breakdown rows in an array that never moves (the pinned
    /// object heap), and the index of its first row, the first element on a 64-byte boundary;
    /// the rows of <paramref name="old"/> (from <paramref name="oldFirst"/>) copied in.
    /// </summary>
    private static (double[] Rows, int First) AlignedRows(int units, double[]? old, int oldFirst)
    {
        const int Line = 64;
        var rows = GC.AllocateArray<double>((units * CategoryCount) + (Line / sizeof(double)) - 1, pinned: true);
        var handle = GCHandle.Alloc(rows, GCHandleType.Pinned);
        long address = handle.AddrOfPinnedObject();
        handle.Free();
        int first = (int)(((Line - (address % Line)) % Line) / sizeof(double));
        if (old is not null)
        {
            old.AsSpan(oldFirst, Math.Min(old.Length - oldFirst, units * CategoryCount)).CopyTo(rows.AsSpan(first));
        }

        return (rows, first);
    }
}
