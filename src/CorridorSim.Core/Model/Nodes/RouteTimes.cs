using CorridorSim.Kernel;

namespace CorridorSim.Model.Nodes;

/// <summary>
/// What a shipper knows of each of its routes' transit time, learned from its own containers and
/// updated at intervals. Each route's expected hours S start at its planning estimate P. At each
/// update, the interval's news is the mean of the transit times of the route's containers
/// delivered since the last update and of the ages so far of its containers still on their way
/// that are overdue (older than S): overdue boxes count at their age, so a jam shows before its
/// boxes arrive. S moves towards the news by β = 1 − exp(−Δ / memory), Δ the interval. With no
/// news (nothing delivered, nothing overdue) it moves by β towards P + δ, δ the least S − P among
/// the routes with deliveries within the last memory, and at most 0: a route abandoned after a
/// jam, or left quiet by a few bad draws, comes back within a few memories to its plan — less as
/// much as the best route in use beats its own plan — instead of keeping the jam's figures or a
/// pessimistic plan for ever. Each interval counts once however many containers it saw, so a quiet route is heard as
/// well as a busy one. With fixed transit times equal to the planning estimates, S stays P.
/// </summary>
internal sealed class RouteTimes
{
    private readonly double[] _plannedHours;
    private readonly double _memoryHours;
    private readonly double[] _expected;
    private readonly double[] _deliveredHours;
    private readonly long[] _delivered;
    private readonly RingBuffer<Shipment>[] _onTheWay;
    private readonly bool[] _heard;
    private readonly double[] _lastDelivery;
    private double _lastUpdate;

    /// <summary>Starts with every route at its planning estimate, nothing delivered and nothing on the way.</summary>
    /// <param name="plannedHours">Each route's planning estimate of its transit time, hours.</param>
    /// <param name="memoryHours">The time scale over which news replaces what was known.</param>
    public RouteTimes(IReadOnlyList<double> plannedHours, double memoryHours)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(memoryHours);
        _plannedHours = [.. plannedHours];
        _memoryHours = memoryHours;
        int n = _plannedHours.Length;
        _expected = [.. _plannedHours];
        _deliveredHours = new double[n];
        _delivered = new long[n];
        _onTheWay = new RingBuffer<Shipment>[n];
        _heard = new bool[n];
        _lastDelivery = [.. Enumerable.Repeat(double.NegativeInfinity, n)];
        for (int r = 0; r < n; r++)
        {
            _onTheWay[r] = new RingBuffer<Shipment>(8);
        }
    }

    /// <summary>The expected transit hours of route <paramref name="route"/> as of the last update.</summary>
    public double ExpectedHours(int route) => _expected[route];

    /// <summary>Records that a container created at <paramref name="created"/> set off on route <paramref name="route"/>; containers of one shipment share their creation time.</summary>
    public void SetOff(int route, double created)
    {
        var ring = _onTheWay[route];
        if (ring.Count > 0 && ring[ring.Count - 1].Created == created)
        {
            ring[ring.Count - 1].Containers++;
        }
        else
        {
            ring.Enqueue(new Shipment(created, 1));
        }
    }

    /// <summary>Records the delivery at <paramref name="now"/> of a container created at <paramref name="created"/> that took route <paramref name="route"/>.</summary>
    public void Delivered(int route, double created, double now)
    {
        var ring = _onTheWay[route];
        int i = Find(ring, created);
        if (i >= 0)
        {
            ring[i].Containers--;
        }

        while (ring.Count > 0 && ring.PeekFirst().Containers == 0)
        {
            ring.Dequeue();
        }

        _deliveredHours[route] += now - created;
        _delivered[route]++;
    }

    /// <summary>Takes in the news since the last update: moves every route's expected hours towards what its containers met.</summary>
    public void Update(double now)
    {
        double beta = 1.0 - Math.Exp(-(now - _lastUpdate) / _memoryHours);
        _lastUpdate = now;
        for (int r = 0; r < _expected.Length; r++)
        {
            double hours = _deliveredHours[r];
            double count = _delivered[r];
            var ring = _onTheWay[r];
            for (int i = 0; i < ring.Count; i++)
            {
                double age = now - ring[i].Created;
                if (age > _expected[r] && ring[i].Containers > 0)
                {
                    hours += ring[i].Containers * age;
                    count += ring[i].Containers;
                }
            }

            _heard[r] = count > 0;
            if (_delivered[r] > 0)
            {
                _lastDelivery[r] = now;
            }

            if (count > 0)
            {
                _expected[r] += beta * ((hours / count) - _expected[r]);
            }

            _deliveredHours[r] = 0.0;
            _delivered[r] = 0;
        }

        // Routes without news drift to their plan, less the most a route with deliveries within
        // the memory beats its own: a quiet route is taken to be as much better than its plan as
        // the best known one, so it is tried again rather than left to a plan that may be
        // pessimistic. Never more than the plan: congestion on the routes in use says nothing of a
        // quiet one.
        double offset = 0.0;
        for (int r = 0; r < _expected.Length; r++)
        {
            if (now - _lastDelivery[r] <= _memoryHours)
            {
                offset = Math.Min(offset, _expected[r] - _plannedHours[r]);
            }
        }

        for (int r = 0; r < _expected.Length; r++)
        {
            if (!_heard[r])
            {
                _expected[r] += beta * (Math.Max(0.0, _plannedHours[r] + offset) - _expected[r]);
            }
        }
    }

    /// <summary>The position of the shipment created at <paramref name="created"/>: shipments set off in order of creation, so the ring is sorted.</summary>
    private static int Find(RingBuffer<Shipment> ring, double created)
    {
        int lo = 0;
        int hi = ring.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            double at = ring[mid].Created;
            if (at < created)
            {
                lo = mid + 1;
            }
            else if (at > created)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    private struct Shipment(double created, int containers)
    {
        public double Created = created;
        public int Containers = containers;
    }
}
