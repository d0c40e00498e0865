using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Disruptions;
using CorridorSim.Statistics;

namespace CorridorSim.Model.Nodes;

/// <summary>
/// A throughput ceiling in TEU per hour, as a port's or a gauge change's yearly or daily capacity
/// is stated: a token bucket that refills at <see cref="TeuPerHour"/> and holds at most
/// <see cref="BurstTeu"/>. A container passes at once when the bucket holds its TEU (1 for a
/// 20-ft box, 2 for a 40-ft one, from its tag), so a vessel's discharge within a day's capacity
/// is not spread out; otherwise it waits in FIFO order until enough has refilled. Over a long
/// period no more than the rate passes. Waiting is charged to queueing. While closed, nobody
/// passes; when the next stop is full, the head of the queue waits for room (blocking). The queue
/// holds at most <see cref="QueueCapacityTeu"/>: beyond it an offer is refused, and the senders
/// refused are told when room for a 40-ft box frees, in the order they asked.
/// </summary>
public sealed class ThroughputLimit : Component, ICargoReceiver, IRoomListener, IClosable, IQueueMeasures
{
    private const int Refilled = 0;

    /// <summary>Rounding allowance, TEU: a bucket this close to enough counts as enough, so a wake-up never lands on the same instant.</summary>
    private const double Slack = 1e-9;

    private readonly CargoPool _cargo;
    private readonly RingBuffer<HeldCargo> _queue = new();
    private readonly RoomListeners _listeners = new();
    private readonly TimeWeighted _queueLength = new();
    private ClosureState _closure;
    private double _tokens;
    private double _tokensAt;
    private double _statisticsSince;
    private int _timerToken;
    private int _queuedTeu;
    private bool _waitingForDownstream;

    /// <summary>Creates the limit with a full bucket.</summary>
    /// <param name="simulation">The owning simulation.</param>
    /// <param name="id">Unique component id.</param>
    /// <param name="teuPerHour">Sustained throughput, TEU per hour (&gt; 0).</param>
    /// <param name="burstTeu">Most TEU that may pass at once after a quiet spell; at least 2, so a 40-ft box can pass.</param>
    public ThroughputLimit(Simulation simulation, string id, double teuPerHour, double burstTeu)
        : base(simulation, id)
    {
        if (!(teuPerHour > 0.0) || double.IsInfinity(teuPerHour))
        {
            throw new ArgumentOutOfRangeException(nameof(teuPerHour), teuPerHour, "The rate must be positive and finite.");
        }

        if (!(burstTeu >= 2.0) || double.IsInfinity(burstTeu))
        {
            throw new ArgumentOutOfRangeException(nameof(burstTeu), burstTeu, "The burst must be finite and at least 2 TEU.");
        }

        TeuPerHour = teuPerHour;
        BurstTeu = burstTeu;
        _tokens = burstTeu;
        _cargo = simulation.Cargo;
    }

    /// <summary>Where containers go. Must be set before the run.</summary>
    public ICargoReceiver? Next { get; set; }

    /// <summary>Sustained throughput, TEU per hour.</summary>
    public double TeuPerHour { get; }

    /// <summary>Size of the bucket, TEU.</summary>
    public double BurstTeu { get; }

    /// <summary>Most TEU that may wait (at least 2, one 40-ft box); unbounded by default.</summary>
    public int QueueCapacityTeu
    {
        get;
        init => field = value >= 2 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The queue must hold at least one 40-ft box (2 TEU).");
    } = int.MaxValue;

    /// <summary>Offers refused because the queue was full, since the last statistics reset.</summary>
    public long Refusals { get; private set; }

    /// <inheritdoc />
    public bool IsClosed => _closure.IsClosed;

    /// <inheritdoc />
    public override int CargoCount => _queue.Count;

    /// <summary>Containers passed since the last statistics reset.</summary>
    public long Departures { get; private set; }

    /// <summary>TEU passed since the last statistics reset.</summary>
    public long DepartedTeu { get; private set; }

    /// <summary>Hours from arrival to passing, per container.</summary>
    public Tally Waits { get; } = new();

    /// <summary>Largest queue length seen since the last statistics reset.</summary>
    public int MaxQueueLength => (int)_queueLength.Max;

    /// <summary>Time-average number of containers waiting up to <paramref name="now"/>.</summary>
    public double MeanQueueLength(SimTime now) => _queueLength.Mean(now.Hours);

    /// <summary>TEU passed as a share of the capacity offered since the last statistics reset.</summary>
    public double Utilisation(SimTime now)
    {
        double offered = (now.Hours - _statisticsSince) * TeuPerHour;
        return offered > 0.0 ? DepartedTeu / offered : 0.0;
    }

    /// <inheritdoc />
    public bool TryAccept(int cargo)
    {
        double now = Simulation.NowHours;
        int teu = CargoTag.Teu(_cargo.Tag(cargo));
        if (_queuedTeu > QueueCapacityTeu - teu)
        {
            Refusals++;
            return false;
        }
        _queuedTeu += teu;
        _queue.Enqueue(new HeldCargo(cargo, now, _closure.ClosedHours(now)));
        _queueLength.Update(now, _queue.Count);
        if (_queue.Count == 1 && !_waitingForDownstream)
        {
            Release(now);
        }

        return true;
    }

    /// <inheritdoc />
    public void NotifyWhenRoom(IRoomListener sender) => _listeners.Add(sender);

    /// <inheritdoc />
    public void OnRoomAvailable()
    {
        _waitingForDownstream = false;
        Release(Simulation.NowHours);
    }

    /// <inheritdoc />
    public void Close() => _closure.Close(Simulation.NowHours);

    /// <inheritdoc />
    public void Open()
    {
        if (_closure.Open(Simulation.NowHours))
        {
            Release(Simulation.NowHours);
        }
    }

    /// <inheritdoc />
    protected internal override void OnEvent(int kind, int argument)
    {
        if (argument == _timerToken)
        {
            Release(Simulation.NowHours);
        }
    }

    /// <inheritdoc />
    protected internal override void ResetStatistics()
    {
        double now = Simulation.NowHours;
        Departures = 0;
        DepartedTeu = 0;
        Refusals = 0;
        Waits.Reset();
        _queueLength.Reset(now);
        _statisticsSince = now;
    }

    /// <summary>Passes waiting containers on, in order, while the bucket, the closure and the next stop allow.</summary>
    private void Release(double now)
    {
        var next = Next ?? WiringFaults.NoNext("Throughput limit", Id);
        if (_waitingForDownstream)
        {
            // Already asked to be told of room: offering again (on reopening, or when the bucket
            // refills) would be refused and ask a second time.
            return;
        }

        _tokens = Math.Min(BurstTeu, _tokens + ((now - _tokensAt) * TeuPerHour));
        _tokensAt = now;
        bool passed = false;
        while (_queue.Count > 0 && !_closure.IsClosed)
        {
            var held = _queue.PeekFirst();
            int teu = CargoTag.Teu(_cargo.Tag(held.Cargo));
            if (_tokens < teu - Slack)
            {
                // Wake when the bucket holds enough; a newer timer makes any older one stale. Late in a
                // long run a wait shorter than the clock's resolution would wake at this very hour
                // and find the bucket as it was, for ever: the wake is then the next hour the clock can tell.
                double refill = (teu - _tokens) / TeuPerHour;
                if (!(now + refill > now))
                {
                    refill = Math.BitIncrement(now) - now;
                }

                Schedule(refill, Refilled, ++_timerToken);
                break;
            }

            double wait = now - held.Since;
            double disrupted = _closure.ClosedHours(now) - held.ClosedHoursAtStart;

            // Charged before the offer because a sink reads the breakdown inside TryAccept.
            _cargo.AddTime(held.Cargo, TimeCategory.Queueing, wait - disrupted);
            _cargo.AddTime(held.Cargo, TimeCategory.Disruption, disrupted);
            if (!next.TryAccept(held.Cargo))
            {
                _cargo.AddTime(held.Cargo, TimeCategory.Queueing, disrupted - wait);
                _cargo.AddTime(held.Cargo, TimeCategory.Disruption, -disrupted);
                _waitingForDownstream = true;
                next.NotifyWhenRoom(this);
                break;
            }

            _queue.Dequeue();
            _queuedTeu -= teu;
            _tokens = Math.Max(0.0, _tokens - teu);
            passed = true;
            Departures++;
            DepartedTeu += teu;
            Waits.Add(wait);
        }

        if (passed)
        {
            _queueLength.Update(now, _queue.Count);

            // Room for the largest box, so a sender told of room never finds it too small.
            while (_queuedTeu <= QueueCapacityTeu - 2 && _listeners.NotifyOne())
            {
            }
        }
    }
}
