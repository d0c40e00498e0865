using CorridorSim.Kernel;
using CorridorSim.Randomness;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Statistics;

namespace CorridorSim.Model.Disruptions;

/// <summary>
/// Weather closures with a monthly rhythm: closures start as a Poisson process whose rate in each
/// calendar month is that month's expected count divided by its length (sampled by thinning), and
/// last a time drawn from a distribution. Closures may overlap; the target stays closed until all
/// have ended.
/// </summary>
public sealed class SeasonalClosures : Component
{
    private const int Candidate = 0;
    private const int End = 1;

    private readonly IClosable _target;
    private readonly double[] _ratePerHour;
    private readonly double _peak;
    private readonly Distribution _duration;
    private readonly RandomStream _gaps;
    private readonly RandomStream _acceptance;
    private readonly RandomStream _durations;
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
        if (closuresPerMonth.Count != 12 || closuresPerMonth.Any(c => c < 0))
        {
            throw new ArgumentException("Closures need 12 non-negative monthly counts.", nameof(closuresPerMonth));
        }

        _target = target;
        _duration = duration;
        _ratePerHour = Enumerable.Range(0, 12).Select(m => closuresPerMonth[m] / SimCalendar.HoursInMonth(m)).ToArray();
        _peak = _ratePerHour.Max();
        _gaps = StreamFor("storm-gaps");
        _acceptance = StreamFor("storm-acceptance");
        _durations = StreamFor("storm-durations");
        if (_peak > 0)
        {
            Schedule(ExponentialZiggurat.Sample(_gaps) / _peak, Candidate);
        }
    }

    /// <summary>Lengths in hours of the closures that started since the last statistics reset.</summary>
    public Tally Closures { get; } = new();

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

        if (_acceptance.NextDouble() * _peak < _ratePerHour[SimCalendar.MonthOf(now)])
        {
            double hours = Math.Max(0.0, _duration.Sample(_durations));
            if (_active++ == 0)
            {
                _closedSince = now;
            }

            _target.Close();
            Closures.Add(hours);
            Schedule(hours, End);
        }

        Schedule(ExponentialZiggurat.Sample(_gaps) / _peak, Candidate);
    }

    /// <inheritdoc />
    protected internal override void ResetStatistics()
    {
        Closures.Reset();
        _closedHours = 0.0;
        _closedSince = Simulation.NowHours;
    }
}
