using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Disruptions;
using CorridorSim.Model.Links;
using CorridorSim.Model.Network;
using CorridorSim.Randomness.Distributions;

namespace CorridorSim.Model.Corridor;

/// <summary>
/// The vessel services of a corridor model, one per ferry or sea link with a fleet, serving both
/// directions, and their storms: one process per sea area, shared by its crossings, or a link's
/// own weather. <c>originBufferTeu</c> gives the TEU that may wait for a vessel at a node (its
/// id) for vessels of a given capacity.
/// </summary>
internal sealed class VesselServices(Simulation simulation, TransportNetwork network, Func<string, int, int> originBufferTeu)
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
            bufferCapacity: originBufferTeu(link.From, link.VesselCapacityTeu!.Value),
            returnBufferCapacity: originBufferTeu(link.To, link.VesselCapacityTeu!.Value)) { SizedByTeu = true };
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
