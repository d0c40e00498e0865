using CorridorSim.Kernel;
using CorridorSim.Randomness;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Statistics;

namespace CorridorSim.Model.Disruptions;

/// <summary>
/// Weather closures with a monthly rhythm: closures start as a Poisson process whose rate in each
/// calendar month is that month's expected count divided by its length, and last a time drawn from
/// a distribution. Closures may overlap; the target stays closed until all have ended.
/// </summary>
/// <remarks>
/// Sampled so that a higher rate never removes a storm a lower rate had. Candidates form a Poisson
/// process on (time × level) with unit density, generated in bands of level: band 0 covers levels
/// [0, λ₀) and band j ≥ 1 covers [λ₀·2^(j−1), λ₀·2^j), with λ₀ = <see cref="BaseCeilingPerHour"/>
/// (one candidate a week). Only bands 0…k are generated, k the smallest with λ₀·2^k at or above
/// the highest monthly rate, so the candidate rate (the ceiling) is λ₀·2^k. Each band has its own
/// sub-streams of gaps, levels and durations, and every candidate draws its level and its duration
/// whether it becomes a storm or not. A candidate at time t is a storm iff its level is below
/// rate(month of t). A band's candidates depend only on (seed, id, band), never on the rates or on
/// k, so with rates r₁ ≤ r₂ month by month every storm of r₁ is a storm of r₂ with the same start
/// and duration, and closed time can only grow — also when r₂ needs more bands than r₁.
/// </remarks>
public sealed class SeasonalClosures : Component
{
    /// <summary>Candidate rate of band 0, per hour: one a week; each further band doubles the ceiling.</summary>
    public const double BaseCeilingPerHour = 1.0 / 168.0;

    private const int Candidate = 0;
    private const int End = 1;

    private readonly IClosable _target;
    private readonly double[] _ratePerHour;
    private readonly Distribution _duration;
    private readonly double[] _bandFloor;
    private readonly double[] _bandWidth;
    private readonly RandomStream[] _gaps;
    private readonly RandomStream[] _levels;
    private readonly RandomStream[] _durations;
    private readonly List<ClosureWindow> _storms = [];
    private int _active;
    private double _closedSince;
    private double _closedHours;

    /// <summary>Starts the process at the current time.</summary>
    /// <param name="simulation">The owning simulation.</param>
    /// <param name="id">Unique component id.</param>
    /// <param name="target">The component to close.</param>
    /// <param name="closuresPerMonth">Expected closures starting in each calendar month, January first.</param>
    /// <param name="duration">Hours one closure lasts.</param>
    public SeasonalClosures(Simulation simulation, string id, IClosable target, IReadOnlyList<double> closuresPerMonth, Distribution duration)
        : base(simulation, id)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(closuresPerMonth);
        ArgumentNullException.ThrowIfNull(duration);
        if (closuresPerMonth.Count != 12 || closuresPerMonth.Any(c => !(c >= 0) || double.IsInfinity(c)))
        {
            throw new ArgumentException("Closures need 12 finite, non-negative monthly counts.", nameof(closuresPerMonth));
        }

        _target = target;
        _duration = duration;
        _ratePerHour = Enumerable.Range(0, 12).Select(m => closuresPerMonth[m] / SimCalendar.HoursInMonth(m)).ToArray();
        double peak = _ratePerHour.Max();
        int bands = 0;
        if (peak > 0)
        {
            bands = 1;
            while (BaseCeilingPerHour * Math.Pow(2, bands - 1) < peak)
            {
                bands++;
            }
        }

        CeilingPerHour = bands == 0 ? 0.0 : BaseCeilingPerHour * Math.Pow(2, bands - 1);
        _bandFloor = new double[bands];
        _bandWidth = new double[bands];
        _gaps = new RandomStream[bands];
        _levels = new RandomStream[bands];
        _durations = new RandomStream[bands];
        for (int b = 0; b < bands; b++)
        {
            _bandFloor[b] = b == 0 ? 0.0 : BaseCeilingPerHour * Math.Pow(2, b - 1);
            _bandWidth[b] = b == 0 ? BaseCeilingPerHour : _bandFloor[b];
            _gaps[b] = StreamFor($"storm-gaps:{b}");
            _levels[b] = StreamFor($"storm-levels:{b}");
            _durations[b] = StreamFor($"storm-durations:{b}");
            ScheduleCandidate(b);
        }
    }

    /// <summary>Candidates per hour over all bands generated (0 when no month has storms): λ₀·2^k.</summary>
    public double CeilingPerHour { get; }

    /// <summary>Lengths in hours of the closures that started since the last statistics reset.</summary>
    public Tally Closures { get; } = new();

    /// <summary>The closures that started since the last statistics reset, in order of start.</summary>
    public IReadOnlyList<ClosureWindow> Storms => _storms;

    /// <summary>Hours closed by this process since the last statistics reset, overlapping closures counted once.</summary>
    public double ClosedHours(SimTime now) => _closedHours + (_active > 0 ? now.Hours - _closedSince : 0.0);

    /// <inheritdoc />
    public override int CargoCount => 0;

    /// <inheritdoc />
    protected internal override void OnEvent(int kind, int argument)
    {
        double now = Simulation.NowHours;
        if (kind == End)
        {
            if (--_active == 0)
            {
                _closedHours += now - _closedSince;
            }

            _target.Open();
            return;
        }

        // Level and duration are drawn for every candidate, storm or not, so that each band's
        // streams stay in lockstep with its candidates whatever the rates.
        int band = argument;
        double level = _bandFloor[band] + (_levels[band].NextDouble() * _bandWidth[band]);
        double hours = Math.Max(0.0, _duration.Sample(_durations[band]));
        if (level < _ratePerHour[SimCalendar.MonthOf(now)])
        {
            if (_active++ == 0)
            {
                _closedSince = now;
            }

            _target.Close();
            Closures.Add(hours);
            _storms.Add(new ClosureWindow(now, now + hours));
            Schedule(hours, End);
        }

        ScheduleCandidate(band);
    }

    /// <inheritdoc />
    protected internal override void ResetStatistics()
    {
        Closures.Reset();
        _storms.Clear();
        _closedHours = 0.0;
        _closedSince = Simulation.NowHours;
    }

    private void ScheduleCandidate(int band) =>
        Schedule(ExponentialZiggurat.Sample(_gaps[band]) / _bandWidth[band], Candidate, band);
}
