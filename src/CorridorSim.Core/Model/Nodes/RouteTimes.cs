using CorridorSim.Kernel;

namespace CorridorSim.Model.Nodes;

/// <summary>
/// What a shipper knows of each of its routes' transit time: the mean of its containers'
/// transit times, weighted exp(−age / memory) by how long ago they were delivered, with the
/// route's planning estimate counting as one container (so a route with no recent deliveries
/// returns to it); and the containers still on their way that are overdue — older than that
/// mean — counting at their age so far, so that a jam shows before its boxes arrive.
/// </summary>
internal sealed class RouteTimes
{
    private readonly double[] _plannedHours;
    private readonly double _memoryHours;
    private readonly double[] _sum;
    private readonly double[] _weight;
    private readonly double[] _since;
    private readonly RingBuffer<Shipment>[] _onTheWay;

    /// <summary>Starts with nothing delivered and nothing on the way.</summary>
    /// <param name="plannedHours">Each route's planning estimate of its transit time, hours.</param>
    /// <param name="memoryHours">Hours over which a delivery's weight falls by a factor e.</param>
    public RouteTimes(IReadOnlyList<double> plannedHours, double memoryHours)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(memoryHours);
        _plannedHours = [.. plannedHours];
        _memoryHours = memoryHours;
        int n = _plannedHours.Length;
        _sum = new double[n];
        _weight = new double[n];
        _since = new double[n];
        _onTheWay = new RingBuffer<Shipment>[n];
        for (int r = 0; r < n; r++)
        {
            _onTheWay[r] = new RingBuffer<Shipment>(8);
        }
    }

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

        double decay = Decay(route, now);
        _sum[route] = (_sum[route] * decay) + (now - created);
        _weight[route] = (_weight[route] * decay) + 1.0;
        _since[route] = now;
    }

    /// <summary>The expected transit hours of route <paramref name="route"/> as known at <paramref name="now"/>.</summary>
    public double ExpectedHours(int route, double now)
    {
        double decay = Decay(route, now);
        double sum = (_sum[route] * decay) + _plannedHours[route];
        double weight = (_weight[route] * decay) + 1.0;
        double delivered = sum / weight;
        var ring = _onTheWay[route];
        for (int i = 0; i < ring.Count; i++)
        {
            ref var shipment = ref ring[i];
            double age = now - shipment.Created;
            if (age > delivered && shipment.Containers > 0)
            {
                sum += shipment.Containers * age;
                weight += shipment.Containers;
            }
        }

        return sum / weight;
    }

    /// <summary>Containers of route <paramref name="route"/> on their way now.</summary>
    public long OnTheWay(int route)
    {
        long n = 0;
        var ring = _onTheWay[route];
        for (int i = 0; i < ring.Count; i++)
        {
            n += ring[i].Containers;
        }

        return n;
    }

    private double Decay(int route, double now) =>
        now > _since[route] ? Math.Exp(-(now - _since[route]) / _memoryHours) : 1.0;

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
