using CorridorSim.Model.Cargo;
using CorridorSim.Model.Links;

namespace CorridorSim.Model.Nodes;

/// <summary>
/// Loading restrictions at a stream's origin: a container bound for a vessel service is let
/// through only with room booked for it at the port it will sail from, and refused (so kept in
/// its origin's backlog) while what waits there and what is booked on its way fill the room the
/// port gives that service (<see cref="VesselServiceDirection.HoldsOrigins"/>) — as a railway
/// stops accepting cargo for a congested port, and as through-bookings reserve a ferry's deck.
/// A port's queue therefore never exceeds its limit, without the gridlock of refusing vessels
/// that must discharge into a port full of cargo waiting for them. When a vessel takes cargo
/// and room frees, the held origins are told and send their backlogs.
/// </summary>
internal sealed class AdmissionGate(CargoPool cargo, ICargoReceiver next) : ICargoReceiver, IRoomListener
{
    // Per lane, the ports that restrict it (none for most lanes): looked up for every container entering.
    private VesselServiceDirection[]?[] _holds = [];
    private readonly RoomListeners _waiting = new();
    private VesselServiceDirection? _refusedBy;
    private bool _registered;

    /// <summary>Whether any lane is restricted: without, the gate need not be put before the origin.</summary>
    public bool Restricts { get; private set; }

    /// <summary>Restricts lane <paramref name="lane"/> by the port queue of <paramref name="direction"/>, if that queue is bounded.</summary>
    public void Watch(int lane, VesselServiceDirection direction)
    {
        if (!direction.RestrictsOrigins)
        {
            return;
        }

        if (lane >= _holds.Length)
        {
            Array.Resize(ref _holds, lane + 1);
        }

        var list = _holds[lane] ?? [];
        if (!list.Contains(direction))
        {
            _holds[lane] = [.. list, direction];
        }

        Restricts = true;
    }

    /// <summary>Whether a container of lane <paramref name="lane"/> would be let through now.</summary>
    public bool Admits(int lane) => Holding(lane) is null;

    /// <inheritdoc />
    public bool TryAccept(int unit)
    {
        // The lane is in the tag (set by a route chooser upstream, if any).
        _refusedBy = null;
        int lane = CargoTag.Stream(cargo.Tag(unit));
        if (lane >= _holds.Length || _holds[lane] is not { } ports)
        {
            return next.TryAccept(unit);
        }

        _refusedBy = Holding(lane);
        if (_refusedBy is not null)
        {
            return false;
        }

        // Room is booked at each port before the unit sets off (it may reach one at once), and
        // released if the origin refuses it.
        foreach (var port in ports)
        {
            port.Book(unit);
        }

        if (next.TryAccept(unit))
        {
            return true;
        }

        foreach (var port in ports)
        {
            port.Unbook(unit);
        }

        return false;
    }

    /// <inheritdoc />
    public void NotifyWhenRoom(IRoomListener sender)
    {
        if (_refusedBy is not { } port)
        {
            next.NotifyWhenRoom(sender);
            return;
        }

        _waiting.Add(sender);
        if (!_registered)
        {
            _registered = true;
            port.NotifyWhenRoom(this);
        }
    }

    /// <inheritdoc />
    public void OnRoomAvailable()
    {
        // Those told now and refused again wait for the next time: only the present waiters are told.
        _registered = false;
        for (int n = _waiting.Count; n > 0 && _waiting.NotifyOne(); n--)
        {
        }
    }

    private VesselServiceDirection? Holding(int lane)
    {
        if (lane < _holds.Length && _holds[lane] is { } ports)
        {
            foreach (var port in ports)
            {
                if (port.HoldsOrigins)
                {
                    return port;
                }
            }
        }

        return null;
    }
}
