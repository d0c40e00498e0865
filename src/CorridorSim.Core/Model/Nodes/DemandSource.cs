using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Randomness;
using CorridorSim.Statistics;

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
/// (<see cref="CargoTag"/>). A container that <see cref="Next"/> refuses waits at the origin in a
/// backlog, and the backlog is sent in order of arrival as soon as room frees; beyond
/// <see cref="MaxBacklogTeu"/> a container is rejected (counted in the cargo ledger). The backlog
/// is counts per day of arrival (20-ft and 40-ft boxes and the sums of their arrival times), so
/// memory does not grow with it, and a container enters the <see cref="CargoPool"/> only when it
/// enters the corridor: its time in the corridor counts from then, its wait before in
/// <see cref="BacklogWaits"/> (each box of a day's bucket is charged the mean arrival time of its
/// size there, so the mean wait is exact once the bucket has drained).
/// </summary>
public sealed class DemandSource : Component, IRoomListener
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
    private readonly RingBuffer<DayOfArrivals> _backlog = new(4);
    private readonly TimeWeighted _backlogAverage = new();
    private bool _waitingForRoom;

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

    /// <summary>Containers rejected since the last statistics reset: refused at entry with a full backlog.</summary>
    public long Rejected { get; private set; }

    /// <summary>TEU rejected since the last statistics reset.</summary>
    public long RejectedTeu { get; private set; }

    /// <summary>Containers that entered the corridor since the last statistics reset, at once or from the backlog.</summary>
    public long Entered { get; private set; }

    /// <summary>TEU that entered the corridor since the last statistics reset.</summary>
    public long EnteredTeu { get; private set; }

    /// <summary>Most TEU the backlog may hold; beyond it containers are rejected. Unlimited when null; 0 rejects every refused box.</summary>
    public double? MaxBacklogTeu
    {
        get;
        init => field = value is null || value >= 0.0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The backlog limit cannot be negative.");
    }

    /// <summary>Containers waiting in the backlog now.</summary>
    public int BacklogContainers { get; private set; }

    /// <summary>TEU waiting in the backlog now.</summary>
    public long BacklogTeu { get; private set; }

    /// <summary>Hours each container that entered since the last statistics reset waited in the backlog (0 when sent at once).</summary>
    public Tally BacklogWaits { get; } = new(withQuantiles: true);

    /// <summary>Time-average containers in the backlog up to <paramref name="now"/>.</summary>
    public double MeanBacklogContainers(SimTime now) => _backlogAverage.Mean(now.Hours);

    /// <summary>The backlog is not in the cargo pool: it is counts, not containers.</summary>
    public override int CargoCount => 0;

    /// <summary>Sends the backlog, oldest first, until the corridor refuses again.</summary>
    public void OnRoomAvailable()
    {
        _waitingForRoom = false;
        double now = Simulation.NowHours;
        while (BacklogContainers > 0)
        {
            ref var oldest = ref _backlog.PeekFirst();

            // Within a day, boxes leave in the day's mix: 40-ft while they are at least as many as 20-ft.
            bool feu = oldest.Forty > 0 && oldest.Forty >= oldest.Twenty;
            double since = feu ? oldest.FortyArrivedSum / oldest.Forty : oldest.TwentyArrivedSum / oldest.Twenty;
            if (!TrySend(feu, now, now - since))
            {
                return;
            }

            oldest = ref _backlog.PeekFirst();
            if (feu)
            {
                oldest.Forty--;
                oldest.FortyArrivedSum -= since;
            }
            else
            {
                oldest.Twenty--;
                oldest.TwentyArrivedSum -= since;
            }

            if (oldest.Forty + oldest.Twenty == 0)
            {
                _backlog.Dequeue();
            }

            BacklogContainers--;
            BacklogTeu -= feu ? 2 : 1;
            _backlogAverage.Update(now, BacklogContainers);
        }
    }

    /// <inheritdoc />
    protected internal override void OnEvent(int kind, int argument)
    {
        double now = Simulation.NowHours;
        if (Scheduled || _thinning.NextDouble() * _maxRelativeRate < _relativeRate[SimCalendar.MonthOf(now)])
        {
            double expected = BatchSize * FeuShare;
            int feuLeft = (int)expected + (_sizes.NextDouble() < expected - Math.Floor(expected) ? 1 : 0);
            for (int i = 0; i < BatchSize; i++)
            {
                bool feu = _sizes.NextDouble() * (BatchSize - i) < feuLeft;
                feuLeft -= feu ? 1 : 0;
                Generated++;
                GeneratedTeu += feu ? 2 : 1;

                // Nobody overtakes the backlog.
                if ((BacklogContainers > 0 || _waitingForRoom || !TrySend(feu, now, 0.0)) && !Hold(feu, now))
                {
                    int unit = _cargo.Create(now, CargoTag.Of(Stream, feu));
                    _cargo.Reject(unit, now);
                    Rejected++;
                    RejectedTeu += feu ? 2 : 1;
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
        RejectedTeu = 0;
        Entered = 0;
        EnteredTeu = 0;
        BacklogWaits.Reset();
        _backlogAverage.Reset(Simulation.NowHours);
    }

    /// <summary>Creates a container and offers it to the corridor; if refused, it is withdrawn and the source waits for room.</summary>
    private bool TrySend(bool feu, double now, double waited)
    {
        var next = Next ?? WiringFaults.NoNext("Demand source", Id);
        int unit = _cargo.Create(now, CargoTag.Of(Stream, feu));
        if (next.TryAccept(unit))
        {
            Entered++;
            EnteredTeu += feu ? 2 : 1;
            BacklogWaits.Add(waited);
            return true;
        }

        _cargo.Withdraw(unit, now);
        if (!_waitingForRoom)
        {
            _waitingForRoom = true;
            next.NotifyWhenRoom(this);
        }

        return false;
    }

    /// <summary>Adds a box to the backlog, in the bucket of today; false when the backlog is at its limit.</summary>
    private bool Hold(bool feu, double now)
    {
        int teu = feu ? 2 : 1;
        if (MaxBacklogTeu is double max && BacklogTeu + teu > max)
        {
            return false;
        }

        long day = (long)(now / 24.0);
        if (_backlog.Count == 0 || _backlog[_backlog.Count - 1].Day != day)
        {
            _backlog.Enqueue(new DayOfArrivals { Day = day });
        }

        ref var today = ref _backlog[_backlog.Count - 1];
        if (feu)
        {
            today.Forty++;
            today.FortyArrivedSum += now;
        }
        else
        {
            today.Twenty++;
            today.TwentyArrivedSum += now;
        }

        BacklogContainers++;
        BacklogTeu += teu;
        _backlogAverage.Update(now, BacklogContainers);
        return true;
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

    /// <summary>The boxes of the backlog that arrived on one day, with the sums of their arrival hours.</summary>
    private struct DayOfArrivals
    {
        public long Day;
        public int Twenty;
        public int Forty;
        public double TwentyArrivedSum;
        public double FortyArrivedSum;
    }
}
