using CorridorSim.Model.Cargo;
using CorridorSim.Randomness;

namespace CorridorSim.Kernel;

/// <summary>
/// The discrete-event kernel: a clock in hours, a future event list ordered by
/// (time, insertion sequence), the registered components, their random streams and the cargo pool.
/// Single-threaded; one instance is one run.
/// </summary>
public sealed class Simulation
{
    private readonly EventQueue _events = new();
    private Component[] _components = new Component[16];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private int _componentCount;
    private long _sequence;
    private long _eventsExecuted;
    private double _now;
    private bool _stopRequested;

    /// <summary>Creates an empty simulation whose random streams derive from <paramref name="seed"/>.</summary>
    public Simulation(ulong seed)
    {
        Seed = seed;
        Streams = new RandomStreamFactory(seed);
        Cargo = new CargoPool();
    }

    /// <summary>The run seed every random stream is derived from.</summary>
    public ulong Seed { get; }

    /// <summary>Factory of per-component random streams.</summary>
    public RandomStreamFactory Streams { get; }

    /// <summary>All cargo units alive in the run, and the generated / delivered / rejected ledger.</summary>
    public CargoPool Cargo { get; }

    /// <summary>The current simulated time.</summary>
    public SimTime Now => new(_now);

    /// <summary>The current simulated time in hours (the hot-path form of <see cref="Now"/>).</summary>
    public double NowHours => _now;

    /// <summary>Number of events executed so far.</summary>
    public long EventsExecuted => _eventsExecuted;

    /// <summary>Events scheduled so far: a component that finds it unchanged since its own last schedule knows no event was scheduled in between.</summary>
    internal long EventsScheduled => _sequence;

    /// <summary>Number of events scheduled and not yet executed.</summary>
    public int PendingEvents => _events.Count;

    /// <summary>The registered components in registration order.</summary>
    public IEnumerable<Component> Components => _components.Take(_componentCount);

    /// <summary>Asks the run to return after the event being executed.</summary>
    public void Stop() => _stopRequested = true;

    /// <summary>
    /// Executes the next event: advances the clock to its time and lets its component react.
    /// Returns false when the event list is empty.
    /// </summary>
    public bool Step()
    {
        if (_events.Count == 0)
        {
            return false;
        }

        _events.Pop(out var next);
        _now = next.Time;
        _eventsExecuted++;
        _components[next.Target].OnEvent(next.Kind, next.Argument);
        return true;
    }

    /// <summary>
    /// Executes events up to and including <paramref name="until"/>, then sets the clock to it.
    /// Returns early (clock at the last event) when a component calls <see cref="Stop"/>.
    /// </summary>
    public void Run(SimTime until) => Run(until, long.MaxValue);

    /// <summary>
    /// Executes events up to and including <paramref name="until"/> while fewer than
    /// <paramref name="eventLimit"/> have been executed in all (<see cref="EventsExecuted"/>), then
    /// sets the clock to <paramref name="until"/>. Returns false, the clock at the last event, when
    /// the limit or a component's <see cref="Stop"/> ended it first.
    /// </summary>
    public bool Run(SimTime until, long eventLimit)
    {
        _stopRequested = false;
        double end = until.Hours;
        var events = _events;
        var components = _components;

        // Step() inlined: this loop is the hottest code in the program.
        while (!_stopRequested && events.Count > 0 && events.PeekTime() <= end)
        {
            if (_eventsExecuted >= eventLimit)
            {
                return false;
            }

            events.Pop(out var next);
            _now = next.Time;
            _eventsExecuted++;
            components[next.Target].OnEvent(next.Kind, next.Argument);
            if (components != _components)
            {
                // A component registered another during the event; pick up the grown array.
                components = _components;
            }
        }

        if (_stopRequested)
        {
            return false;
        }

        if (!double.IsPositiveInfinity(end))
        {
            _now = Math.Max(_now, end);
        }

        return true;
    }

    /// <summary>Runs until a component calls <see cref="Stop"/> or no event is left.</summary>
    public void RunUntilStopped() => Run(SimTime.Never);

    /// <summary>Forgets all statistics collected so far (the end of a warm-up period).</summary>
    public void ResetStatistics()
    {
        for (int i = 0; i < _componentCount; i++)
        {
            _components[i].ResetStatistics();
        }

        Cargo.ResetStatistics(_now);
    }

    /// <summary>
    /// Checks that cargo is conserved: generated = delivered + rejected + in system, and that the
    /// units in system are exactly those the components hold. Throws when it is not.
    /// </summary>
    /// <exception cref="CargoConservationException">The ledger or the holdings do not add up.</exception>
    public void CheckCargoConservation()
    {
        long held = 0;
        for (int i = 0; i < _componentCount; i++)
        {
            held += _components[i].CargoCount;
        }

        var ledger = Cargo;
        if (ledger.Generated != ledger.Delivered + ledger.Rejected + ledger.InSystem || held != ledger.InSystem)
        {
            throw new CargoConservationException(ledger.Generated, ledger.Delivered, ledger.Rejected, ledger.InSystem, held);
        }
    }

    internal int Register(Component component)
    {
        if (!_ids.Add(component.Id))
        {
            throw new ArgumentException($"A component with id '{component.Id}' is already registered.", nameof(component));
        }

        if (_componentCount == _components.Length)
        {
            Array.Resize(ref _components, _components.Length * 2);
        }

        _components[_componentCount] = component;
        return _componentCount++;
    }

    internal void Schedule(int target, double delayHours, int kind, int argument)
    {
        if (!(delayHours >= 0.0) || double.IsPositiveInfinity(delayHours))
        {
            throw new ArgumentOutOfRangeException(nameof(delayHours), delayHours, "An event delay must be finite and not negative.");
        }

        _events.Push(new ScheduledEvent
        {
            Time = _now + delayHours,
            Sequence = _sequence++,
            Target = target,
            Kind = kind,
            Argument = argument,
        });
    }
}
