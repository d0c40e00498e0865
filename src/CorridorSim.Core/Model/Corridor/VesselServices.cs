using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Disruptions;
using CorridorSim.Model.Links;
using CorridorSim.Model.Network;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Routing;

namespace CorridorSim.Model.Corridor;

/// <summary>
/// The vessel services of a corridor model, one per ferry or sea link with a fleet, serving both
/// directions, and their storms: one process per sea area, shared by its crossings, or a link's
/// own weather. Cargo waiting for a vessel at a port is held to <see cref="QueueLimitTeu"/> by
/// loading restrictions at the origins of the cargo bound there (<see cref="VesselService.HoldsOriginsWhenFull"/>),
/// as a terminal takes export boxes only some days before their sailing.
/// </summary>
internal sealed class VesselServices(Simulation simulation, TransportNetwork network)
{
    private readonly Dictionary<string, VesselService> _services = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SeasonalClosures> _seaAreas = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="link"/> is a vessel service: a ferry or sea link with a fleet and a vessel capacity.</summary>
    public static bool Serves(NetworkLink link) =>
        link.Mode is TransportMode.Ferry or TransportMode.Sea && link.Fleet is not null && link.VesselCapacityTeu is not null;

    /// <summary>
    /// The receiver of one direction of <paramref name="link"/>'s service, handing over to
    /// <paramref name="next"/>; <paramref name="built"/> is the service when this call built it.
    /// </summary>
    public ICargoReceiver Direction(NetworkLink link, bool forward, ICargoReceiver next, out VesselService? built)
    {
        built = null;
        if (!_services.TryGetValue(link.Id, out var service))
        {
            service = Build(link);
            _services[link.Id] = service;
            built = service;
        }

        var direction = forward ? service.Forward : service.Reverse;
        direction.Next = next;
        return direction;
    }

    /// <summary>
    /// TEU a year <paramref name="link"/>'s service carries from one end at most, when that end is
    /// the busier: a vessel load per timetabled sailing, or fleet × vessel capacity per round trip
    /// of a vessel that sails full from that end and waits its longest wait at the other, loading,
    /// crossing and unloading both ways at their means.
    /// </summary>
    public static double TeuPerYear(NetworkLink link, bool forward)
    {
        int vesselTeu = link.VesselCapacityTeu!.Value;
        if (link.Timetable is Timetable timetable)
        {
            return vesselTeu * SimCalendar.HoursPerYear / timetable.EveryHours;
        }

        double legs = 2 * ((link.LoadingHours?.Mean ?? 0.0) + link.MovingHours + (link.UnloadingHours?.Mean ?? 0.0));
        double wait = forward ? link.ReturnMaxWaitHours ?? link.MaxWaitHours ?? 0.0 : link.MaxWaitHours ?? 0.0;
        return link.Fleet!.Value * vesselTeu * SimCalendar.HoursPerYear / (legs + wait);
    }

    /// <summary>
    /// TEU that may wait at <paramref name="port"/> for <paramref name="link"/>'s vessels before the
    /// origins of the cargo bound there hold it back: the network's yardDays of what the service
    /// carries from there in a day, at least one vessel load, and no more than the port's yard;
    /// unbounded where storage is.
    /// </summary>
    public static int QueueLimitTeu(NetworkLink link, NetworkNode port, NetworkDefaults defaults)
    {
        if (defaults.YardDays is not double days)
        {
            return int.MaxValue;
        }

        double service = Math.Max(link.VesselCapacityTeu!.Value, Math.Ceiling(days * TeuPerYear(link, link.From == port.Id) / 365.0));
        return (int)Math.Min(StorageLimits.YardTeu(port, defaults) ?? int.MaxValue, Math.Min(int.MaxValue / 2, service));
    }

    /// <summary>
    /// Lets lane <paramref name="lane"/> through <paramref name="gate"/> only with room booked at
    /// <paramref name="port"/>, the vessel service on leg <paramref name="leg"/> of its
    /// <paramref name="route"/>, if that port's queue is bounded; and makes room there for cargo
    /// booked on its way: what the service carries in the planned time from the origin to the port
    /// (for a shipment of <paramref name="load"/>), and half as much again for delays.
    /// </summary>
    public static void Restrict(AdmissionGate gate, int lane, VesselServiceDirection port, Route route, int leg, PlanningLoad load)
    {
        if (!port.RestrictsOrigins)
        {
            return;
        }

        double hours = new RouteTiming(load).RouteHours([.. route.Nodes.Take(leg + 1)], [.. route.Links.Take(leg)]);
        var link = route.Links[leg];
        double perHour = TeuPerYear(link, link.From == route.Nodes[leg].Id) / SimCalendar.HoursPerYear;
        port.Buffer.OnTheWay = Math.Max(port.Buffer.OnTheWay, (int)Math.Min(int.MaxValue / 4, Math.Ceiling(1.5 * hours * perHour)));
        gate.Watch(lane, port);
    }

    private VesselService Build(NetworkLink link)
    {
        Distribution crossing = link.CrossingHours?.Create() ?? new Deterministic(link.MovingHours);
        double maxWait = link.MaxWaitHours ?? 0.0;

        // Timetabled sailings leave the far end half a period after those from the near end.
        var timetable = link.Timetable;
        var returnTimetable = timetable is null ? null : new Timetable(timetable.EveryHours, timetable.FirstHour + (timetable.EveryHours / 2.0));
        var service = new VesselService(
            simulation,
            $"link:{link.Id}",
            link.Fleet!.Value,
            Math.Max(2, link.VesselCapacityTeu!.Value),
            crossing,
            SimDuration.FromHours(maxWait),
            SimDuration.FromHours(link.ReturnMaxWaitHours ?? maxWait),
            link.LoadingHours?.Create(),
            link.UnloadingHours?.Create(),
            timetable,
            returnTimetable,
            bufferCapacity: QueueLimitTeu(link, network.Node(link.From), network.Defaults),
            returnBufferCapacity: QueueLimitTeu(link, network.Node(link.To), network.Defaults)) { SizedByTeu = true, HoldsOriginsWhenFull = true };
        if (network.SeaAreaOf(link) is SeaArea area)
        {
            if (!_seaAreas.TryGetValue(area.Id, out var storms))
            {
                storms = new SeasonalClosures(simulation, $"weather:sea:{area.Id}", area.Weather.ClosuresPerMonth, area.Weather.DurationHours.Create());
                _seaAreas[area.Id] = storms;
            }

            storms.AddTarget(link.Id, service, link.CloseChance);
        }
        else if (link.Weather is WeatherSpec weather)
        {
            // A crossing in no sea area has storms of its own, closing both directions at once.
            _ = new SeasonalClosures(simulation, $"weather:link:{link.Id}", service, weather.ClosuresPerMonth, weather.DurationHours.Create());
        }

        return service;
    }
}
