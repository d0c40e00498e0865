using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Statistics;

namespace CorridorSim.Model.Nodes;

/// <summary>
/// Where containers leave the corridor: records, per demand stream, deliveries in containers and
/// TEU, transit times (with quantiles), the time breakdown and TEU delivered per week, then
/// releases the container. Always has room.
/// </summary>
public sealed class Destination : Component, ICargoReceiver
{
    private readonly CargoPool _cargo;
    private readonly List<StreamRecord> _streams = [];

    /// <summary>Creates a destination.</summary>
    public Destination(Simulation simulation, string id)
        : base(simulation, id) => _cargo = simulation.Cargo;

    /// <summary>Called for every delivered container with (cargo id, delivery time in hours) before it is released; for shipment logs.</summary>
    public Action<int, double>? OnDelivered { get; set; }

    /// <summary>Start of the statistics period, in hours.</summary>
    public double PeriodStart { get; private set; }

    /// <inheritdoc />
    public override int CargoCount => 0;

    /// <summary>What was recorded for stream <paramref name="stream"/> (empty if none arrived).</summary>
    public StreamRecord Stream(int stream)
    {
        while (_streams.Count <= stream)
        {
            _streams.Add(new StreamRecord());
        }

        return _streams[stream];
    }

    /// <inheritdoc />
    public bool TryAccept(int cargo)
    {
        double now = Simulation.NowHours;
        int tag = _cargo.Tag(cargo);
        var record = Stream(CargoTag.Stream(tag));
        int teu = CargoTag.Teu(tag);
        double created = _cargo.CreatedAt(cargo);
        record.Add(now - created, teu, _cargo.Breakdown(cargo), (int)((now - PeriodStart) / SimCalendar.HoursPerWeek), MonthIndex(now), SimCalendar.MonthOf(created));
        OnDelivered?.Invoke(cargo, now);
        _cargo.Deliver(cargo, now);
        return true;
    }

    /// <summary>A destination never refuses, so nobody waits for room here.</summary>
    public void NotifyWhenRoom(IRoomListener sender)
    {
    }

    /// <inheritdoc />
    protected internal override void OnEvent(int kind, int argument) =>
        throw new InvalidOperationException("A destination schedules no events.");

    /// <summary>Calendar months since the start of the statistics period (0 = the month it starts in).</summary>
    private int MonthIndex(double now)
    {
        int Absolute(double hours) => ((int)(hours / SimCalendar.HoursPerYear) * 12) + SimCalendar.MonthOf(hours);
        return Absolute(now) - Absolute(PeriodStart);
    }

    /// <inheritdoc />
    protected internal override void ResetStatistics()
    {
        PeriodStart = Simulation.NowHours;
        foreach (var record in _streams)
        {
            record.Reset();
        }
    }

    /// <summary>The deliveries of one stream at one destination.</summary>
    public sealed class StreamRecord
    {
        private readonly double[] _categoryHours = new double[CargoPool.CategoryCount];
        private readonly List<double> _weeklyTeu = [];
        private readonly List<double> _monthlyTeu = [];
        private readonly long[] _days = new long[MaxDays + 1];
        private readonly double[] _departedHours = new double[12];
        private readonly long[] _departedCount = new long[12];

        /// <summary>Transit times of <see cref="MaxDays"/> days or more share the last bin of <see cref="ContainersByTransitDay"/>.</summary>
        public const int MaxDays = 365;

        /// <summary>Transit times in hours, creation to delivery.</summary>
        public Tally TransitHours { get; } = new(withQuantiles: true);

        /// <summary>TEU delivered.</summary>
        public long Teu { get; private set; }

        /// <summary>TEU delivered in each week of the statistics period.</summary>
        public IReadOnlyList<double> WeeklyTeu => _weeklyTeu;

        /// <summary>TEU delivered in each calendar month of the statistics period (the first may be partial).</summary>
        public IReadOnlyList<double> MonthlyTeu => _monthlyTeu;

        /// <summary>Containers delivered by whole days of transit: element d counts transits in [d, d + 1) days.</summary>
        public IReadOnlyList<long> ContainersByTransitDay => _days;

        /// <summary>Mean hours per container in <paramref name="category"/>.</summary>
        public double MeanHoursIn(TimeCategory category) =>
            TransitHours.Count == 0 ? double.NaN : _categoryHours[(int)category] / TransitHours.Count;

        /// <summary>Mean transit hours of the containers delivered so far that left their origin in calendar month <paramref name="month"/> (0 = January); NaN if none.</summary>
        public double MeanTransitHoursDepartedIn(int month) =>
            _departedCount[month] == 0 ? double.NaN : _departedHours[month] / _departedCount[month];

        internal void Add(double hours, int teu, ReadOnlySpan<double> breakdown, int week, int month, int departureMonth)
        {
            _departedHours[departureMonth] += hours;
            _departedCount[departureMonth]++;
            while (_monthlyTeu.Count <= month)
            {
                _monthlyTeu.Add(0.0);
            }

            _monthlyTeu[month] += teu;
            TransitHours.Add(hours);
            _days[Math.Min(MaxDays, (int)(hours / 24.0))]++;
            Teu += teu;
            for (int i = 0; i < breakdown.Length; i++)
            {
                _categoryHours[i] += breakdown[i];
            }

            while (_weeklyTeu.Count <= week)
            {
                _weeklyTeu.Add(0.0);
            }

            _weeklyTeu[week] += teu;
        }

        /// <summary>Adds what <paramref name="other"/> recorded, e.g. another route of the same stream.</summary>
        internal void Add(StreamRecord other)
        {
            TransitHours.Merge(other.TransitHours);
            Teu += other.Teu;
            for (int i = 0; i < _categoryHours.Length; i++)
            {
                _categoryHours[i] += other._categoryHours[i];
            }

            for (int d = 0; d < _days.Length; d++)
            {
                _days[d] += other._days[d];
            }

            for (int m = 0; m < 12; m++)
            {
                _departedHours[m] += other._departedHours[m];
                _departedCount[m] += other._departedCount[m];
            }

            AddSeries(_weeklyTeu, other._weeklyTeu);
            AddSeries(_monthlyTeu, other._monthlyTeu);
        }

        private static void AddSeries(List<double> into, List<double> from)
        {
            while (into.Count < from.Count)
            {
                into.Add(0.0);
            }

            for (int i = 0; i < from.Count; i++)
            {
                into[i] += from[i];
            }
        }

        internal void Reset()
        {
            TransitHours.Reset();
            Teu = 0;
            Array.Clear(_categoryHours);
            _weeklyTeu.Clear();
            _monthlyTeu.Clear();
            Array.Clear(_days);
            Array.Clear(_departedHours);
            Array.Clear(_departedCount);
        }
    }
}
