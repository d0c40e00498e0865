using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Randomness;

namespace CorridorSim.Model.Nodes;

/// <summary>
/// Generates one demand stream: shipments (single containers, or block trains of several) as a
/// Poisson process whose rate follows a monthly seasonality profile, sampled by thinning (Lewis &amp;
/// Shedler 1979): candidates at the peak rate, each kept with probability rate(t) / peak — or, when
/// <see cref="Scheduled"/>, on a timetable: shipments evenly spaced at the current month's rate,
/// the first at a random phase, none in a month whose factor is zero. A shipment of N containers
/// carries ⌊N·<see cref="FeuShare"/>⌋ or ⌈N·<see cref="FeuShare"/>⌉ 40-ft (2 TEU) boxes, the
/// larger with probability equal to the fraction, in random order, the rest 20-ft: a single
/// container is 40-ft with probability FeuShare, and a block train's TEU varies by at most one
/// 40-ft box, as a planned train load does. Each tag carries the stream index and the size
/// (<see cref="CargoTag"/>).
/// </summary>
public sealed class DemandSource : Component
{
    private const int Candidate = 0;

    private readonly double[] _relativeRate;
    private readonly double _peakRatePerHour;
    private readonly double _shipmentsPerHour;
    private readonly double _maxRelativeRate;
    private readonly CargoPool _cargo;
    private readonly RandomStream _gaps;
    private readonly RandomStream _thinning;
    private readonly RandomStream _sizes;

    /// <summary>Creates the source; the first candidate arrival is scheduled at once.</summary>
    /// <param name="simulation">The owning simulation.</param>
    /// <param name="id">Unique component id.</param>
    /// <param name="stream">Index of the demand stream, stored in every container's tag.</param>
    /// <param name="containersPerHour">Mean containers per hour over the year.</param>
    /// <param name="monthlyFactors">Twelve relative volumes, January first (normalised here to average 1).</param>
    /// <param name="batchSize">Containers per shipment (1, or a block train).</param>
    /// <param name="feuShare">Share of containers that are 40-ft.</param>
    /// <param name="scheduled">Shipments on a regular timetable instead of a Poisson process.</param>
    public DemandSource(Simulation simulation, string id, int stream, double containersPerHour, IReadOnlyList<double> monthlyFactors, int batchSize, double feuShare, bool scheduled = false)
        : base(simulation, id)
    {
        ArgumentNullException.ThrowIfNull(monthlyFactors);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        if (monthlyFactors.Count != 12 || monthlyFactors.Any(f => f < 0) || monthlyFactors.Sum() <= 0)
        {
            throw new ArgumentException("Seasonality needs 12 non-negative factors, not all zero.", nameof(monthlyFactors));
        }

        Stream = stream;
        BatchSize = batchSize;
        FeuShare = feuShare;
        Scheduled = scheduled;
        _cargo = simulation.Cargo;
        _gaps = StreamFor("arrival-gaps");
        _thinning = StreamFor("arrival-thinning");
        _sizes = StreamFor("container-sizes");

        // Weight by month length so the yearly volume is exactly containersPerHour × 8,760 h.
        double weighted = Enumerable.Range(0, 12).Sum(m => monthlyFactors[m] * SimCalendar.HoursInMonth(m)) / SimCalendar.HoursPerYear;
        _relativeRate = monthlyFactors.Select(f => f / weighted).ToArray();
        _shipmentsPerHour = containersPerHour / batchSize;
        _maxRelativeRate = _relativeRate.Max();
        _peakRatePerHour = _shipmentsPerHour * _maxRelativeRate;
        if (_peakRatePerHour > 0)
        {
            if (scheduled)
            {
                ScheduleNextDeparture(0.0, StreamFor("timetable-phase").NextDouble());
            }
            else
            {
                ScheduleNext();
            }
        }
    }

    /// <summary>Index of the stream.</summary>
    public int Stream { get; }

    /// <summary>Containers per shipment.</summary>
    public int BatchSize { get; }

    /// <summary>Share of 40-ft containers.</summary>
    public double FeuShare { get; }

    /// <summary>Whether shipments run on a regular timetable rather than as a Poisson process.</summary>
    public bool Scheduled { get; }

    /// <summary>Where new containers are offered.</summary>
    public ICargoReceiver? Next { get; set; }

    /// <summary>Containers created since the last statistics reset.</summary>
    public long Generated { get; private set; }

    /// <summary>TEU created since the last statistics reset.</summary>
    public long GeneratedTeu { get; private set; }

    /// <summary>Containers refused at entry since the last statistics reset.</summary>
    public long Rejected { get; private set; }

    /// <inheritdoc />
    public override int CargoCount => 0;

    /// <inheritdoc />
    protected internal override void OnEvent(int kind, int argument)
    {
        double now = Simulation.NowHours;
        if (Scheduled || _thinning.NextDouble() * _maxRelativeRate < _relativeRate[SimCalendar.MonthOf(now)])
        {
            var next = Next ?? throw new InvalidOperationException($"Demand source '{Id}' has no Next receiver.");
            double expected = BatchSize * FeuShare;
            int feuLeft = (int)expected + (_sizes.NextDouble() < expected - Math.Floor(expected) ? 1 : 0);
            for (int i = 0; i < BatchSize; i++)
            {
                bool feu = _sizes.NextDouble() * (BatchSize - i) < feuLeft;
                feuLeft -= feu ? 1 : 0;
                int unit = _cargo.Create(now, CargoTag.Of(Stream, feu));
                Generated++;
                GeneratedTeu += feu ? 2 : 1;
                if (!next.TryAccept(unit))
                {
                    _cargo.Reject(unit, now);
                    Rejected++;
                }
            }
        }

        if (Scheduled)
        {
            ScheduleNextDeparture(now, 1.0);
        }
        else
        {
            ScheduleNext();
        }
    }

    /// <inheritdoc />
    protected internal override void ResetStatistics()
    {
        Generated = 0;
        GeneratedTeu = 0;
        Rejected = 0;
    }

    /// <summary>Schedules the shipment <paramref name="headways"/> timetable intervals after <paramref name="now"/>, skipping months without demand.</summary>
    private void ScheduleNextDeparture(double now, double headways)
    {
        double at = now;
        while (_relativeRate[SimCalendar.MonthOf(at)] <= 0.0)
        {
            at = SimCalendar.NextMonthStart(at);
        }

        at += headways / (_shipmentsPerHour * _relativeRate[SimCalendar.MonthOf(at)]);
        Schedule(at - now, Candidate);
    }

    private void ScheduleNext() => Schedule(ExponentialZiggurat.Sample(_gaps) / _peakRatePerHour, Candidate);
}
