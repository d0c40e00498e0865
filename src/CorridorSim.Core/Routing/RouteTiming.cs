using CorridorSim.Model.Network;

namespace CorridorSim.Routing;

/// <summary>
/// The planning estimate of a route's transit time: the mean hours one shipment
/// (<see cref="PlanningLoad"/>) spends on each node and link when it travels alone on an empty
/// corridor, by the rules the corridor model runs:
/// <list type="bullet">
/// <item>A node takes its handling (a box's per-TEU time × its TEU; the shipment's boxes share the
/// node's servers in turn), the wait for its daily capacity (a day's capacity passes at once, the
/// rest at the daily rate) and its dwell: the priority dwell for a priority shipment where the node
/// gives one, the reverse dwell where the shipment leaves the node (or, at its destination,
/// arrives) against the link's written direction.</item>
/// <item>A rail link with trains leaves the shipment's full trains at once and makes its remainder
/// wait the link's longest wait; trains run through junctions and borders without waiting; with a
/// timetable, trains wait on average half the interval (the shipment arrives at random).</item>
/// <item>A vessel service (ferry or sea link with a fleet) is loading + crossing + unloading, after
/// the same wait as a train: at once for the vessels the shipment fills, the longest wait
/// (<c>returnMaxWaitHours</c> against the written direction) for the part-load — so a shipment
/// smaller than a vessel waits its full longest wait — and half the interval, plus one interval for
/// what does not fit the first vessel, with a timetable.</item>
/// <item>Any other link is its moving time.</item>
/// </list>
/// Not counted: other traffic (queues, slots taken, rolling stock out), storms and closures, a
/// vessel that is away when the shipment arrives, and the split of a shipment by one link's
/// trains carried on to the next link. The simulation gives the distribution.
/// </summary>
public sealed class RouteTiming
{
    /// <summary>Creates the estimate for <paramref name="load"/>.</summary>
    public RouteTiming(PlanningLoad load)
    {
        ArgumentNullException.ThrowIfNull(load);
        Load = load;
    }

    /// <summary>The shipment the estimates are for.</summary>
    public PlanningLoad Load { get; }

    /// <summary>
    /// Expected hours of the route through <paramref name="nodes"/> along <paramref name="links"/>
    /// (link i joins node i and node i + 1), its origin and destination included.
    /// </summary>
    public double RouteHours(IReadOnlyList<NetworkNode> nodes, IReadOnlyList<NetworkLink> links)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(links);
        double hours = 0.0;
        for (int i = 0; i < links.Count; i++)
        {
            hours += NodeHours(nodes[i], reverse: links[i].From != nodes[i].Id) + LinkHours(links[i], nodes[i]);
        }

        if (nodes.Count > 0)
        {
            // The destination dwells by the direction the last link was travelled.
            hours += NodeHours(nodes[^1], reverse: links.Count > 0 && links[^1].From == nodes[^1].Id);
        }

        return hours;
    }

    /// <summary>Expected hours at <paramref name="node"/>; <paramref name="reverse"/> when the shipment travels through it against the links' written direction.</summary>
    public double NodeHours(NetworkNode node, bool reverse)
    {
        ArgumentNullException.ThrowIfNull(node);
        double hours = 0.0;
        if (node.Servers is int servers && node.HandlingHoursPerTeu is not null)
        {
            // Box k of n (0-based) finishes after ⌊k / servers⌋ + 1 box handlings; with n = q × servers + r
            // these add up to n + servers × q(q − 1) / 2 + r × q.
            double boxes = Math.Max(1.0, Math.Round(Load.Containers));
            double q = Math.Floor(boxes / servers);
            double r = boxes - (q * servers);
            double turns = boxes + (servers * q * (q - 1) / 2.0) + (r * q);

            hours += node.HandlingHoursPerTeu.Mean * Load.TeuPerContainer * turns / boxes;
        }

        if (node.CapacityTeuPerDay is double perDay && perDay > 0)
        {
            // The model's ceiling passes max(2, a day's capacity) at once, then perDay / 24 TEU an hour:
            // the TEU at x beyond that waits x ÷ rate, (excess² / 2) ÷ rate ÷ load on average.
            double excess = Math.Max(0.0, Load.Teu - Math.Max(2.0, perDay));
            hours += excess * excess / 2.0 / (perDay / 24.0) / Load.Teu;
        }

        var dwell = reverse && node.ReverseDwellHours is not null
            ? node.ReverseDwellHours
            : Load.Priority && node.PriorityDwellHours is not null ? node.PriorityDwellHours : node.DwellHours;
        return hours + (dwell?.Mean ?? 0.0);
    }

    /// <summary>Expected hours on <paramref name="link"/>, leaving from <paramref name="from"/> (one of its ends).</summary>
    public double LinkHours(NetworkLink link, NetworkNode from)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(from);
        bool forward = link.From == from.Id;
        if (link.Mode is TransportMode.Ferry or TransportMode.Sea && link.Fleet is not null && link.VesselCapacityTeu is int vessel)
        {
            double maxWait = forward ? link.MaxWaitHours ?? 0.0 : link.ReturnMaxWaitHours ?? link.MaxWaitHours ?? 0.0;
            return Wait(Math.Max(2, vessel), maxWait, link.Timetable?.EveryHours) + (link.LoadingHours?.Mean ?? 0.0) + link.MovingHours + (link.UnloadingHours?.Mean ?? 0.0);
        }

        if (link.Mode == TransportMode.Rail && link.TrainCapacityTeu is int train && (link.MaxWaitHours is not null || link.Timetable is not null))
        {
            bool through = from.Kind is NodeKind.Junction or NodeKind.Border && link.Timetable is null;
            return Wait(Math.Max(2, train), through ? 0.0 : link.MaxWaitHours ?? 0.0, link.Timetable?.EveryHours) + link.MovingHours;
        }

        return link.MovingHours;
    }

    /// <summary>Mean wait of the shipment's TEU for carriers of <paramref name="capacity"/> TEU.</summary>
    private double Wait(int capacity, double maxWait, double? everyHours)
    {
        double teu = Load.Teu;
        if (everyHours is double every)
        {
            // Half an interval to the next departure; what the first carrier leaves behind waits one more.
            return (every / 2.0) + (Math.Max(0.0, teu - capacity) / teu * every);
        }

        // Full carriers leave at once; the part-load waits the longest wait from its first box.
        double remainder = teu - (Math.Floor(teu / capacity) * capacity);
        return remainder / teu * maxWait;
    }
}
