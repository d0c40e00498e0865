namespace CorridorSim.Model.Links;

/// <summary>
/// When the loading carrier of a <see cref="BatchCarrierService"/> may leave: whether it is due
/// (its longest-wait clock ran out, or its timetabled departure came), and what, once ready
/// (full or due with units aboard), it still waits for: a line slot — departures of the service at
/// least <see cref="HeadwayHours"/> apart — and then, with a <see cref="Pool"/>, its rolling
/// stock. Keeps when the carrier became ready and when it got its slot, with the service's closed
/// hours at those moments, so that each unit's wait can be split into consolidation (until ready),
/// queueing (until the slot) and rolling stock (until departure), less closures.
/// </summary>
internal sealed class DepartureGate
{
    /// <summary>The token of the slot timer's events; longest-wait clocks have tokens from 1 on.</summary>
    public const int SlotTimer = 0;

    /// <summary>
    /// Added to every headway, so that rounding in the clock never fits one departure too many
    /// into a window: n + 1 departures then span more than n headways by n × 1e-6 h.
    /// </summary>
    private const double Margin = 1e-6;

    /// <summary>A slot this close is taken as reached, so a timer that lands a rounding error early does not wait again.</summary>
    private const double Tolerance = 1e-9;

    private readonly int[] _platformsOf;
    private double _headway;
    private double _lastDeparture = double.NegativeInfinity;
    private int _timerToken;
    private bool _timerRunning;
    private bool _slotTimerPending;

    public DepartureGate(int fleetSize) => _platformsOf = new int[fleetSize];

    /// <summary>Shortest time between two departures; 0 for no line slots.</summary>
    public double HeadwayHours
    {
        get => _headway > 0.0 ? _headway - Margin : 0.0;
        set => _headway = value >= 0.0 && double.IsFinite(value)
            ? (value > 0.0 ? value + Margin : 0.0)
            : throw new ArgumentOutOfRangeException(nameof(value), value, "A headway must be finite and not negative.");
    }

    /// <summary>Whether the loading carrier's longest wait has run out or its timetabled departure has come.</summary>
    public bool Due { get; set; }

    public RollingStockPool? Pool { get; set; }

    public double ReadyAt { get; private set; } = double.NaN;

    public double ClosedAtReady { get; private set; }

    public double SlotAt { get; private set; } = double.NaN;

    public double ClosedAtSlot { get; private set; }

    /// <summary>Whether the ready carrier found the pool short and waits for stock.</summary>
    public bool WaitingForStock { get; private set; }

    /// <summary>
    /// Whether the ready <paramref name="carrier"/> of <paramref name="service"/>, with
    /// <paramref name="teu"/> TEU aboard, may leave now: it has its slot and its stock (taken
    /// here). If not, <paramref name="slotIn"/> is the delay of a slot timer to schedule (0 for
    /// none), or the service is in line at the pool.
    /// </summary>
    public bool TryClear(BatchCarrierService service, int carrier, int teu, double now, double closedHours, out double slotIn)
    {
        slotIn = HoursToSlot(now, closedHours);
        if (slotIn > 0.0)
        {
            slotIn = _slotTimerPending ? 0.0 : slotIn;
            _slotTimerPending = true;
            return false;
        }

        if (!TryTakeStock(carrier, teu, now, closedHours))
        {
            Pool!.Wait(service);
            return false;
        }

        return true;
    }

    /// <summary>Marks the carrier ready (first call) and returns the hours until its slot, 0 when it has one (marked too).</summary>
    private double HoursToSlot(double now, double closedHours)
    {
        if (double.IsNaN(ReadyAt))
        {
            ReadyAt = now;
            ClosedAtReady = closedHours;
        }

        double wait = _lastDeparture + _headway - now;
        if (wait > Tolerance)
        {
            return wait;
        }

        if (double.IsNaN(SlotAt))
        {
            SlotAt = now;
            ClosedAtSlot = closedHours;
        }

        return 0.0;
    }

    /// <summary>Takes the rolling stock for <paramref name="teu"/> TEU aboard <paramref name="carrier"/> from the pool, if there is a pool; false when it is short.</summary>
    private bool TryTakeStock(int carrier, int teu, double now, double closedHours)
    {
        if (Pool is null)
        {
            return true;
        }

        int platforms = Pool.PlatformsFor(teu);
        WaitingForStock = !Pool.TryTake(platforms, now - SlotAt - (closedHours - ClosedAtSlot));
        if (!WaitingForStock)
        {
            _platformsOf[carrier] = platforms;
        }

        return !WaitingForStock;
    }

    /// <summary>Starts a new longest-wait clock (the old one no longer counts) and returns its token for the timer event.</summary>
    public int StartTimer()
    {
        _timerRunning = true;
        return ++_timerToken;
    }

    /// <summary>Whether a timer event with <paramref name="token"/> matters: the slot timer, or the running longest-wait clock (the carrier is then due).</summary>
    public bool TimerElapsed(int token)
    {
        if (token == SlotTimer)
        {
            _slotTimerPending = false;
            return true;
        }

        if (!_timerRunning || token != _timerToken)
        {
            return false;
        }

        _timerRunning = false;
        Due = true;
        return true;
    }

    /// <summary>The carrier left at <paramref name="now"/>: the next one's slot counts from then.</summary>
    public void Departed(double now)
    {
        _timerRunning = false;
        Due = false;
        _lastDeparture = now;
        ReadyAt = double.NaN;
        SlotAt = double.NaN;
        WaitingForStock = false;
    }

    /// <summary>
    /// The carrier is back at the origin: its stock goes back to the pool. Call it last, with the
    /// service's state up to date: the stock may at once let a waiting train of the service leave.
    /// </summary>
    public void BackAtOrigin(int carrier) => Pool?.Release(_platformsOf[carrier]);
}
