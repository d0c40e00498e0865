using CorridorSim.Kernel;
using CorridorSim.Randomness;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Statistics;

namespace CorridorSim.Model.Disruptions;

/// <summary>
/// Weather closures with a monthly rhythm: closures start as a Poisson process whose rate in each
/// calendar month is that month's expected count divided by its length, and last a time drawn from
/// a distribution. Closures may overlap; a target stays closed until all have ended. One process
/// may close several targets (every crossing of a sea area), each with its own chance of being
/// closed by a storm (<see cref="AddTarget"/>): the storms are shared, so targets that close for
/// the same storm close at the same times.
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
/// A target with a chance p &lt; 1 draws one uniform u for every candidate, storm or not, from its
/// own sub-stream per band (keyed by the target's key), and is closed by the storm iff u &lt; p. So a
/// higher rate or a higher chance never removes a target's closure, and changing, adding or
/// removing one target never moves another's draws.
/// </remarks>
public sealed class SeasonalClosures : Component
{
    /// <summary>Candidate rate of band 0, per hour: one a week; each further band doubles the ceiling.</summary>
    public const double BaseCeilingPerHour = 1.0 / 168.0;

    private const int Candidate = 0;
    private const int End = 1;

    private readonly List<StormTarget> _targets = [];
    private readonly List<bool[]> _closedBy = [];
    private readonly Stack<int> _freeSlots = new();
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

    /// <summary>Starts the process at the current time, closing <paramref name="target"/> with every storm.</summary>
    /// <param name="simulation">The owning simulation.</param>
    /// <param name="id">Unique component id.</param>
    /// <param name="target">The component to close.</param>
    /// <param name="closuresPerMonth">Expected closures starting in each calendar month, January first.</param>
    /// <param name="duration">Hours one closure lasts.</param>
    public SeasonalClosures(Simulation simulation, string id, IClosable target, IReadOnlyList<double> closuresPerMonth, Distribution duration)
        : this(simulation, id, closuresPerMonth, duration)
    {
        AddTarget(string.Empty, target);
    }

    /// <summary>Starts the process at the current time, with no target yet: add them with <see cref="AddTarget"/> before the run.</summary>
    /// <param name="simulation">The owning simulation.</param>
    /// <param name="id">Unique component id.</param>
    /// <param name="closuresPerMonth">Expected closures starting in each calendar month, January first.</param>
    /// <param name="duration">Hours one closure lasts.</param>
    public SeasonalClosures(Simulation simulation, string id, IReadOnlyList<double> closuresPerMonth, Distribution duration)
        : base(simulation, id)
    {
        ArgumentNullException.ThrowIfNull(closuresPerMonth);
        ArgumentNullException.ThrowIfNull(duration);
        if (closuresPerMonth.Count != 12 || closuresPerMonth.Any(c => !(c >= 0) || double.IsInfinity(c)))
        {
            throw new ArgumentException("Closures need 12 finite, non-negative monthly counts.", nameof(closuresPerMonth));
        }

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

    /// <summary>Hours with a storm since the last statistics reset, overlapping storms counted once.</summary>
    public double ClosedHours(SimTime now) => _closedHours + (_active > 0 ? now.Hours - _closedSince : 0.0);

    /// <summary>Number of targets.</summary>
    public int TargetCount => _targets.Count;

    /// <summary>
    /// Adds a target closed by each storm with probability <paramref name="closeChance"/>, its draws
    /// from sub-streams keyed by <paramref name="key"/> (unique among the targets, e.g. a link id).
    /// Returns the target's index.
    /// </summary>
    /// <param name="key">Names the target's sub-streams and results.</param>
    /// <param name="target">The component to close.</param>
    /// <param name="closeChance">Chance in [0, 1] that a storm closes it; 1 closes it with every storm.</param>
    public int AddTarget(string key, IClosable target, double closeChance = 1.0)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfNegative(closeChance);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(closeChance, 1.0);
        if (_targets.Any(t => t.Key == key))
        {
            throw new ArgumentException($"Target key '{key}' is used twice at '{Id}'.", nameof(key));
        }

        // A target closed by every storm draws nothing, so its chance dropping below 1 later gives
        // it draws of its own without moving anyone else's.
        var draws = closeChance < 1.0 ? Enumerable.Range(0, _gaps.Length).Select(b => StreamFor($"storm-closes:{key}:{b}")).ToArray() : [];
        _targets.Add(new StormTarget(key, target, closeChance, draws));
        for (int i = 0; i < _closedBy.Count; i++)
        {
            var closed = _closedBy[i];
            Array.Resize(ref closed, _targets.Count);
            _closedBy[i] = closed;
        }

        return _targets.Count - 1;
    }

    /// <summary>The key target <paramref name="index"/> was added with.</summary>
    public string TargetKey(int index) => _targets[index].Key;

    /// <summary>Storms that closed target <paramref name="index"/> since the last statistics reset.</summary>
    public long TargetClosures(int index) => _targets[index].Closures;

    /// <summary>Hours target <paramref name="index"/> was closed by this process since the last statistics reset, overlapping storms counted once.</summary>
    public double TargetClosedHours(int index, SimTime now) => _targets[index].ClosedHours(now.Hours);

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

            var closed = _closedBy[argument];
            for (int t = 0; t < _targets.Count; t++)
            {
                if (closed[t])
                {
                    _targets[t].Open(now);
                }
            }

            _freeSlots.Push(argument);
            return;
        }

        // Level, duration and each target's chance are drawn for every candidate, storm or not, so
        // that each band's streams stay in lockstep with its candidates whatever the rates.
        int band = argument;
        double level = _bandFloor[band] + (_levels[band].NextDouble() * _bandWidth[band]);
        double hours = Math.Max(0.0, _duration.Sample(_durations[band]));
        bool storm = level < _ratePerHour[SimCalendar.MonthOf(now)];
        int slot = storm ? TakeSlot() : -1;
        for (int t = 0; t < _targets.Count; t++)
        {
            bool closes = _targets[t].Closes(band);
            if (storm)
            {
                _closedBy[slot][t] = closes;
                if (closes)
                {
                    _targets[t].Close(now);
                }
            }
        }

        if (storm)
        {
            if (_active++ == 0)
            {
                _closedSince = now;
            }

            Closures.Add(hours);
            _storms.Add(new ClosureWindow(now, now + hours));
            Schedule(hours, End, slot);
        }

        ScheduleCandidate(band);
    }

    /// <inheritdoc />
    protected internal override void ResetStatistics()
    {
        double now = Simulation.NowHours;
        Closures.Reset();
        _storms.Clear();
        _closedHours = 0.0;
        _closedSince = now;
        foreach (var target in _targets)
        {
            target.ResetStatistics(now);
        }
    }

    /// <summary>A free record of which targets a storm closed, reused once the storm is over.</summary>
    private int TakeSlot()
    {
        if (_freeSlots.Count > 0)
        {
            return _freeSlots.Pop();
        }

        _closedBy.Add(new bool[_targets.Count]);
        return _closedBy.Count - 1;
    }

    private void ScheduleCandidate(int band) =>
        Schedule(ExponentialZiggurat.Sample(_gaps[band]) / _bandWidth[band], Candidate, band);
}
