using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Randomness;

namespace CorridorSim.Model.Nodes;

/// <summary>
/// Sends each shipment of a demand stream along one of its routes: sets its containers' tag to
/// the route's lane (<see cref="CargoTag"/>, so routers and logs downstream follow the lane as
/// they follow a stream) and hands them to <see cref="Next"/>, the origin. The containers of one
/// shipment — those created at the same instant, as a block train's boxes are — all take the
/// route drawn for its first. Route r is drawn with a fixed share, or by a multinomial logit on
/// generalised cost: P(r) = exp(−θ C_r + ln PS_r) / Σ_s exp(−θ C_s + ln PS_s), with
/// C_r = value of time × expected hours + charges. The expected hours start at the route's
/// planning estimate and, every update interval from time zero, move towards what the route's
/// containers met: the transit times of those delivered in the interval and the ages of those
/// overdue on their way (<c>RouteTimes</c>), so shipments turn away from a route that jams. One
/// uniform draw per shipment, from the chooser's own stream "route-choice", so choosing never
/// shifts another component's draws.
/// </summary>
public sealed class RouteChooser : Component, ICargoReceiver
{
    private const int Update = 0;

    private readonly CargoPool _cargo;
    private readonly RandomStream _draws;
    private readonly int[] _lanes;
    private readonly double[] _probability;
    private readonly long[] _containers;
    private readonly RouteOption[] _options = [];
    private readonly RouteTimes? _times;
    private readonly double _theta;
    private readonly double _valueOfTime;
    private readonly double _updateHours;
    private double _shipment = double.NaN;
    private int _route;

    /// <summary>A chooser by fixed shares.</summary>
    /// <param name="simulation">The owning simulation.</param>
    /// <param name="id">Unique component id.</param>
    /// <param name="lanes">The lane (tag index) of each route.</param>
    /// <param name="shares">Each route's probability; they must add up to 1.</param>
    public RouteChooser(Simulation simulation, string id, IReadOnlyList<int> lanes, IReadOnlyList<double> shares)
        : this(simulation, id, lanes)
    {
        ArgumentNullException.ThrowIfNull(shares);
        if (shares.Count != _lanes.Length || shares.Any(s => !(s >= 0)) || Math.Abs(shares.Sum() - 1.0) > 1e-6)
        {
            throw new ArgumentException("One non-negative share per route, adding up to 1, is needed.", nameof(shares));
        }

        _probability = [.. shares];
    }

    /// <summary>A chooser by a logit on generalised cost, with expected times learned during the run.</summary>
    /// <param name="simulation">The owning simulation.</param>
    /// <param name="id">Unique component id.</param>
    /// <param name="lanes">The lane (tag index) of each route.</param>
    /// <param name="options">Each route's planned hours, charges and path size.</param>
    /// <param name="theta">Scale θ ≥ 0, per USD per TEU.</param>
    /// <param name="valueOfTimeUsdPerTeuHour">USD a TEU-hour of transit is worth.</param>
    /// <param name="updateInterval">Time between updates of the probabilities.</param>
    /// <param name="memory">Time scale of learning: an update after an interval Δ moves a route's expected hours by 1 − exp(−Δ / memory) of the way to the interval's news.</param>
    public RouteChooser(Simulation simulation, string id, IReadOnlyList<int> lanes, IReadOnlyList<RouteOption> options, double theta, double valueOfTimeUsdPerTeuHour, SimDuration updateInterval, SimDuration memory)
        : this(simulation, id, lanes)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNotEqual(options.Count, _lanes.Length, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(theta);
        ArgumentOutOfRangeException.ThrowIfNegative(valueOfTimeUsdPerTeuHour);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(updateInterval.Hours, nameof(updateInterval));
        if (options.Any(o => !(o.PathSize > 0 && o.PathSize <= 1)))
        {
            throw new ArgumentException("Path sizes must be in (0, 1].", nameof(options));
        }

        _options = [.. options];
        _theta = theta;
        _valueOfTime = valueOfTimeUsdPerTeuHour;
        _updateHours = updateInterval.Hours;
        _times = new RouteTimes([.. options.Select(o => o.PlannedHours)], memory.Hours);
        _probability = new double[_lanes.Length];
        Recompute();
        Schedule(_updateHours, Update);
    }

    private RouteChooser(Simulation simulation, string id, IReadOnlyList<int> lanes)
        : base(simulation, id)
    {
        ArgumentNullException.ThrowIfNull(lanes);
        ArgumentOutOfRangeException.ThrowIfLessThan(lanes.Count, 1, nameof(lanes));
        _cargo = simulation.Cargo;
        _draws = StreamFor("route-choice");
        _lanes = [.. lanes];
        _containers = new long[_lanes.Length];
        _probability = [];
    }

    /// <summary>Where containers go once their route is chosen (the origin node). Must be set before the run.</summary>
    public ICargoReceiver? Next { get; set; }

    /// <summary>Loading restrictions on the routes, if any: a shipment is drawn among the routes it admits (with their probabilities renormalised), or as usual when it admits none.</summary>
    internal AdmissionGate? Admission { get; set; }

    /// <summary>Number of routes.</summary>
    public int RouteCount => _lanes.Length;

    /// <summary>Whether the probabilities follow a logit on learned costs rather than fixed shares.</summary>
    public bool IsLogit => _times is not null;

    /// <inheritdoc />
    public override int CargoCount => 0;

    /// <summary>The lane (tag index) of route <paramref name="route"/>.</summary>
    public int LaneOf(int route) => _lanes[route];

    /// <summary>The probability that the next shipment takes route <paramref name="route"/>.</summary>
    public double Probability(int route) => _probability[route];

    /// <summary>Containers sent along route <paramref name="route"/> since the last statistics reset.</summary>
    public long Containers(int route) => _containers[route];

    /// <summary>Route <paramref name="route"/>'s expected transit hours as the logit sees them now; NaN with fixed shares.</summary>
    public double ExpectedHours(int route) => _times?.ExpectedHours(route) ?? double.NaN;

    /// <summary>
    /// A receiver to put before the destination of route <paramref name="route"/>, which tells the
    /// logit each container's transit time; with fixed shares, <paramref name="next"/> itself.
    /// </summary>
    public ICargoReceiver Deliveries(int route, ICargoReceiver next)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(route, _lanes.Length);
        return _times is null ? next : new Delivery(this, route, next);
    }

    /// <inheritdoc />
    public bool TryAccept(int cargo)
    {
        var next = Next ?? WiringFaults.NoNext("Route chooser", Id);
        double created = _cargo.CreatedAt(cargo);
        if (created != _shipment)
        {
            _shipment = created;
            _route = Draw();
        }

        int tag = _cargo.Tag(cargo);
        _cargo.SetTag(cargo, CargoTag.Of(_lanes[_route], CargoTag.Teu(tag) == 2));
        if (!next.TryAccept(cargo))
        {
            _cargo.SetTag(cargo, tag);
            return false;
        }

        _containers[_route]++;
        _times?.SetOff(_route, created);
        return true;
    }

    /// <summary>Passes the request on to the origin.</summary>
    public void NotifyWhenRoom(IRoomListener sender) => Next?.NotifyWhenRoom(sender);

    /// <inheritdoc />
    protected internal override void OnEvent(int kind, int argument)
    {
        _times!.Update(Simulation.NowHours);
        Recompute();
        Schedule(_updateHours, Update);
    }

    /// <inheritdoc />
    protected internal override void ResetStatistics() => Array.Clear(_containers);

    private int Draw()
    {
        double u = _draws.NextDouble();
        double open = 1.0;
        if (Admission is { } gate)
        {
            open = 0.0;
            for (int r = 0; r < _probability.Length; r++)
            {
                open += gate.Admits(_lanes[r]) ? _probability[r] : 0.0;
            }
        }

        // Cargo turns away from a route whose port is restricted while another is open.
        bool restricted = open > 0.0 && open < 1.0 - 1e-12;
        u *= restricted ? open : 1.0;
        int chosen = -1;
        for (int r = 0; r < _probability.Length; r++)
        {
            if ((restricted && !Admission!.Admits(_lanes[r])) || _probability[r] <= 0.0)
            {
                continue;
            }

            chosen = r;
            u -= _probability[r];
            if (u < 0.0)
            {
                return r;
            }
        }

        return chosen >= 0 ? chosen : _probability.Length - 1;
    }

    /// <summary>The logit probabilities from the current expected times; utilities are taken relative to the cheapest route so that exp never overflows.</summary>
    private void Recompute()
    {
        double cheapest = double.PositiveInfinity;
        for (int r = 0; r < _options.Length; r++)
        {
            double cost = (_valueOfTime * _times!.ExpectedHours(r)) + _options[r].ChargesUsdPerTeu;
            _probability[r] = cost;
            cheapest = Math.Min(cheapest, cost);
        }

        double total = 0.0;
        for (int r = 0; r < _options.Length; r++)
        {
            _probability[r] = _options[r].PathSize * Math.Exp(-_theta * (_probability[r] - cheapest));
            total += _probability[r];
        }

        for (int r = 0; r < _options.Length; r++)
        {
            _probability[r] /= total;
        }
    }

    private void Delivered(int route, double created) => _times!.Delivered(route, created, Simulation.NowHours);

    private sealed class Delivery(RouteChooser chooser, int route, ICargoReceiver next) : ICargoReceiver
    {
        public bool TryAccept(int cargo)
        {
            double created = chooser._cargo.CreatedAt(cargo);
            if (!next.TryAccept(cargo))
            {
                return false;
            }

            chooser.Delivered(route, created);
            return true;
        }

        public void NotifyWhenRoom(IRoomListener sender) => next.NotifyWhenRoom(sender);
    }
}
