using CorridorSim.Kernel;
using CorridorSim.Model.Links;

namespace CorridorSim.Results;

/// <summary>The measures of a vessel service: the fleet as a whole, then each direction (<c>:f</c>, <c>:r</c>).</summary>
internal static class VesselMeasures
{
    public static IEnumerable<ComponentResult> Of(VesselService vessels, SimTime now)
    {
        yield return new ComponentResult(vessels.Id,
        [
            new("utilisation", vessels.Utilisation(now), "share"),
            new("fleetUtilisation", vessels.FleetUtilisation(now), "share"),
            new("cycleHours", vessels.CycleHours.Mean, "hours"),
            new("roundTrips", vessels.CycleHours.Count, "round trips"),
            new("meanQueue", vessels.MeanQueueLength(now), "containers"),
            new("fleet", vessels.FleetSize, "vessels"),
            new("capacity", vessels.Capacity, vessels.SizedByTeu ? "TEU" : "containers"),
        ]);
        foreach (var (direction, suffix) in new[] { (vessels.Forward, "f"), (vessels.Reverse, "r") })
        {
            List<Measure> measures =
            [
                new("departures", direction.Departures, "departures"),
                new("emptyDepartures", direction.EmptyDepartures, "departures"),
                new("meanQueue", direction.MeanQueueLength(now), "containers"),
                new("meanOriginWait", direction.OriginWaits.Mean, "hours"),
                new("meanLoad", direction.Loads.Mean, "containers"),
                new("loadFactor", direction.LoadFactors.Mean, "share"),
            ];
            if (direction.RestrictsOrigins)
            {
                // Loading restrictions: the port's limit, the room for cargo booked on its way, the
                // longest queue, and how much of the time origins were held.
                measures.Add(new("queueLimit", direction.BufferCapacity, "TEU"));
                measures.Add(new("onTheWayLimit", direction.Buffer.OnTheWay, "TEU"));
                measures.Add(new("maxQueue", direction.MaxQueuedSize, "TEU"));
                measures.Add(new("originsHeldShare", direction.Buffer.FullShare(now), "share"));
            }

            yield return new ComponentResult($"{vessels.Id}:{suffix}", measures);
        }
    }
}
