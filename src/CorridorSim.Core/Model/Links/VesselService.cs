using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Disruptions;
using CorridorSim.Randomness;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Statistics;

namespace CorridorSim.Model.Links;

/// <summary>
/// A fleet of <see cref="FleetSize"/> vessels of <see cref="Capacity"/> units each, sailing round
/// trips between a first and a second end and carrying cargo both ways: <see cref="Forward"/>
/// loads at the first end and unloads at the second, <see cref="Reverse"/> the other way. A vessel
/// loads at one end, sails (loading time + crossing), is unloaded (unloading time, then hand-over
/// into that direction's <see cref="VesselServiceDirection.Next"/>, waiting aboard while it is
/// full), loads the other direction's cargo at that end, sails back, and so on. Each end has one
/// loading berth, taken by vessels in the order they were ready there (unloaded). Every call takes
/// its loading and unloading time, with or without cargo.
/// </summary>
/// <remarks>
/// <para>
/// At the first end a vessel leaves when full, when <see cref="VesselServiceDirection.MaxWait"/>
/// has passed on its clock (from its first boarder by default) with cargo aboard, or, with a
/// timetable, at a departure time with cargo aboard. With nothing aboard it waits for cargo — unless
/// more cargo waits at the second end than the vessels on their way there can take, when it sails
/// there empty at once (at its next departure time with a timetable).
/// </para>
/// <para>
/// At the second end a vessel leaves when full, or when its longest wait there has passed since it
/// was ready (unloaded), empty if no cargo came; with a timetable, at the end's next departure time
/// whatever is aboard. So a vessel in line for the berth is held no longer than that wait.
/// </para>
/// <para>
/// A departure time that finds no vessel at its end is run late by the next vessel to arrive there —
/// if one is on its way, and at the first end only for cargo; with none on its way it is not run.
/// While closed (a storm, a planned closure) no vessel
/// leaves either end; vessels under way complete their legs, and waits that overlap a closure are
/// charged to disruption. All vessels start at the first end at time zero, the first loading.
/// </para>
/// </remarks>
public sealed class VesselService : Component, IClosable
{
    internal const int MaxWaitElapsed = 0;
    internal const int Arrived = 1;
    internal const int Unloaded = 2;
    internal const int TimetabledDeparture = 3;

    private readonly VesselServiceDirection[] _directions;
    private readonly double[] _readyAt;
    private readonly double[] _lastFirstEndDeparture;
    private readonly int[] _inbound = new int[2];
    private readonly TimeWeighted _atFirstEnd;
    private ClosureState _closure;
    private int _atFirst;
    private int _aboard;

    /// <summary>Creates the service with every vessel at the first end; the first starts loading at time zero.</summary>
    /// <param name="simulation">The owning simulation.</param>
    /// <param name="id">Unique component id.</param>
    /// <param name="fleetSize">Number of vessels N ≥ 1.</param>
    /// <param name="capacity">Units per vessel K ≥ 1.</param>
    /// <param name="crossing">Hours under way from one end to the other (after loading), charged as moving; the same both ways, from separate streams.</param>
    /// <param name="maxWait">Longest a vessel at the first end waits with cargo aboard, on its <paramref name="clock"/>.</param>
    /// <param name="returnMaxWait">Longest a vessel stays at the second end, from when it is ready there.</param>
    /// <param name="loading">Hours to load a departing vessel, charged as handling; none when null.</param>
    /// <param name="unloading">Hours to unload an arriving vessel, charged as handling; none when null.</param>
    /// <param name="timetable">Departure times at the first end; when given, vessels leave it only then and <paramref name="maxWait"/> is not used.</param>
    /// <param name="returnTimetable">Departure times at the second end; when given, <paramref name="returnMaxWait"/> is not used.</param>
    /// <param name="clock">When the first end's maximum-wait clock starts.</param>
    /// <param name="bufferCapacity">Units (TEU when <see cref="SizedByTeu"/>) that may wait at the first end beyond the vessel loading; unbounded by default.</param>
    /// <param name="returnBufferCapacity">The same at the second end.</param>
    public VesselService(
        Simulation simulation,
        string id,
        int fleetSize,
        int capacity,
        Distribution crossing,
        SimDuration maxWait,
        SimDuration returnMaxWait,
        Distribution? loading = null,
        Distribution? unloading = null,
        Timetable? timetable = null,
        Timetable? returnTimetable = null,
        MaxWaitClock clock = MaxWaitClock.FromFirstBoarding,
        int bufferCapacity = int.MaxValue,
        int returnBufferCapacity = int.MaxValue)
        : base(simulation, id)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fleetSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        ArgumentOutOfRangeException.ThrowIfNegative(bufferCapacity);
        ArgumentOutOfRangeException.ThrowIfNegative(returnBufferCapacity);
        ArgumentNullException.ThrowIfNull(crossing);
        foreach (var (wait, name) in new[] { (maxWait, nameof(maxWait)), (returnMaxWait, nameof(returnMaxWait)) })
        {
            ArgumentOutOfRangeException.ThrowIfNegative(wait.Hours, name);
            ArgumentOutOfRangeException.ThrowIfEqual(double.IsFinite(wait.Hours), false, name);
        }

        FleetSize = fleetSize;
        Capacity = capacity;
        Manifests = new CarrierManifests(fleetSize, capacity);
        Cargo = simulation.Cargo;
        _readyAt = new double[fleetSize];
        _lastFirstEndDeparture = new double[fleetSize];
        Array.Fill(_lastFirstEndDeparture, double.NaN);
        _directions =
        [
            new VesselServiceDirection(this, 0, maxWait, timetable, clock, bufferCapacity, Bind(loading, "loading"), new(crossing, StreamFor("crossing")), Bind(unloading, "unloading")),
            new VesselServiceDirection(this, 1, returnMaxWait, returnTimetable, MaxWaitClock.FromLoadingStart, returnBufferCapacity, Bind(loading, "return-loading"), new(crossing, StreamFor("return-crossing")), Bind(unloading, "return-unloading")),
        ];
        _atFirst = fleetSize;
        _atFirstEnd = new TimeWeighted(simulation.NowHours, fleetSize);
        for (int v = 0; v < fleetSize; v++)
        {
            _inbound[0]++;
            Forward.JoinBerthLine(v, simulation.NowHours, countArrival: false);
        }

        if (timetable is not null)
        {
            Schedule(timetable.FirstHour, Kind(TimetabledDeparture, 0));
        }

        if (returnTimetable is not null)
        {
            Schedule(returnTimetable.FirstHour, Kind(TimetabledDeparture, 1));
        }
    }

    /// <summary>Cargo from the first end to the second: the receiver for that direction.</summary>
    public VesselServiceDirection Forward => _directions[0];

    /// <summary>Cargo from the second end to the first: the receiver for that direction.</summary>
    public VesselServiceDirection Reverse => _directions[1];

    /// <summary>Number of vessels.</summary>
    public int FleetSize { get; }

    /// <summary>Capacity of one vessel: units, or TEU when <see cref="SizedByTeu"/>.</summary>
    public int Capacity { get; }

    /// <summary>Whether a unit takes its TEU (<see cref="CargoTag.Teu"/>: 1 or 2) of <see cref="Capacity"/> rather than one place.</summary>
    public bool SizedByTeu { get => Manifests.LargestUnit == 2; init => Manifests.LargestUnit = value ? 2 : 1; }

    /// <summary>
    /// Whether a full buffer (<c>bufferCapacity</c>, <c>returnBufferCapacity</c>) still accepts
    /// what arrives and instead asks the origins of the cargo bound for it to hold new cargo back,
    /// through an <c>AdmissionGate</c>. Without, a full buffer refuses. A fleet sailing both ways
    /// needs it: refused, cargo for the vessels fills the port they must discharge into.
    /// </summary>
    public bool HoldsOriginsWhenFull { get; init; }

    /// <inheritdoc />
    public bool IsClosed => _closure.IsClosed;

    /// <inheritdoc />
    public override int CargoCount => Forward.QueuedUnits + Reverse.QueuedUnits + _aboard;

    /// <summary>Hours between a vessel's successive departures from the first end (one round trip), since the last statistics reset.</summary>
    public Tally CycleHours { get; } = new();

    /// <summary>Time-average share of the fleet away from the first end (sailing, at the second end, or unloading at the first), as the old one-way fleets counted it.</summary>
    public double FleetUtilisation(SimTime now) => 1.0 - (_atFirstEnd.Mean(now.Hours) / FleetSize);

    /// <summary>
    /// How much of the service's capacity is in use: for a timetabled service, whose sailings and
    /// not its fleet are its capacity, the busier direction's mean load factor; otherwise
    /// <see cref="FleetUtilisation"/>.
    /// </summary>
    public double Utilisation(SimTime now) => Forward.Timetable is null && Reverse.Timetable is null
        ? FleetUtilisation(now)
        : Math.Max(Forward.LoadFactors.Count > 0 ? Forward.LoadFactors.Mean : 0.0, Reverse.LoadFactors.Count > 0 ? Reverse.LoadFactors.Mean : 0.0);

    /// <summary>Time-average units waiting for a vessel at both ends (not yet aboard).</summary>
    public double MeanQueueLength(SimTime now) => Forward.MeanQueueLength(now) + Reverse.MeanQueueLength(now);

    internal CarrierManifests Manifests { get; }

    internal CargoPool Cargo { get; }

    /// <inheritdoc />
    public void Close() => _closure.Close(Simulation.NowHours);

    /// <inheritdoc />
    public void Open()
    {
        double now = Simulation.NowHours;
        if (_closure.Open(now))
        {
            Forward.DepartIfDue(now);
            Reverse.DepartIfDue(now);
        }
    }

    internal double ClosedHours(double now) => _closure.ClosedHours(now);

    internal int SizeOf(int cargo) => Manifests.LargestUnit == 1 ? 1 : CargoTag.Teu(Cargo.Tag(cargo));

    internal void AddAboard(int units) => _aboard += units;

    internal double ReadyAt(int vessel) => _readyAt[vessel];

    internal void ScheduleAt(double delayHours, int what, int end, int argument) => Schedule(delayHours, Kind(what, end), argument);

    /// <summary>Whether more cargo waits at the second end than the vessels on their way there (not yet loading) can take.</summary>
    internal bool RepositionWanted() => Reverse.QueuedSize > 0 && Reverse.QueuedSize > (long)Capacity * _inbound[1];

    /// <summary>A vessel ready at <paramref name="end"/> (unloaded there) takes its place in line for that end's berth.</summary>
    internal void Ready(int end, int vessel, double now)
    {
        _readyAt[vessel] = now;
        _directions[end].JoinBerthLine(vessel, now, countArrival: true);
    }

    internal void StartedLoading(int end) => _inbound[end]--;

    /// <summary>Vessels sailing to <paramref name="end"/>, or there but not yet loading (unloading, in line for the berth).</summary>
    internal int Inbound(int end) => _inbound[end];

    internal void CountAtFirstEnd(int change, double now)
    {
        _atFirst += change;
        _atFirstEnd.Update(now, _atFirst);
    }

    /// <summary>A vessel left <paramref name="end"/>; it arrives at the other after <paramref name="hours"/>.</summary>
    internal void Departed(int end, int vessel, double now, double hours)
    {
        _inbound[1 - end]++;
        if (end == 0)
        {
            CountAtFirstEnd(-1, now);
            if (!double.IsNaN(_lastFirstEndDeparture[vessel]))
            {
                CycleHours.Add(now - _lastFirstEndDeparture[vessel]);
            }

            _lastFirstEndDeparture[vessel] = now;
        }

        Schedule(hours, Kind(Arrived, 1 - end), vessel);
    }

    /// <inheritdoc />
    protected internal override void OnEvent(int kind, int argument)
    {
        int end = kind & 1;
        switch (kind >> 1)
        {
            case MaxWaitElapsed:
                _directions[end].OnMaxWait(argument);
                break;
            case Arrived:
                // A vessel arriving at one end carries the cargo of the direction that ends there.
                _directions[1 - end].OnArrived(argument);
                break;
            case Unloaded:
                _directions[1 - end].BeginUnloading(argument, Simulation.NowHours);
                break;
            case TimetabledDeparture:
                _directions[end].OnTimetabledDeparture();
                break;
            default:
                WiringFaults.UnknownEvent(kind, Id);
                break;
        }
    }

    /// <inheritdoc />
    protected internal override void ResetStatistics()
    {
        double now = Simulation.NowHours;
        Forward.ResetStatistics(now);
        Reverse.ResetStatistics(now);
        CycleHours.Reset();
        _atFirstEnd.Reset(now);
    }

    private static int Kind(int what, int end) => (what * 2) + end;

    private BoundDistribution? Bind(Distribution? distribution, string purpose) =>
        distribution is null ? null : new(distribution, StreamFor(purpose));
}
