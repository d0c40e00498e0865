using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Corridor;

namespace CorridorSim.Model.Nodes;

/// <summary>
/// Sends each container on to the next stop of its own demand stream's route: the hand-over
/// point after a node that several streams pass through. Holds nothing and takes no time. A
/// router at the end of a corridor node may log each container's arrival (at a node that holds
/// nothing) and leaving in the model's <see cref="PassageLog"/>, in the same call.
/// </summary>
public sealed class Router : Component, ICargoReceiver
{
    private readonly CargoPool _cargo;
    private ICargoReceiver?[] _next = [];
    private ICargoReceiver? _refusedBy;
    private PassageLog? _log;
    private int _logNode;
    private bool _logsArrival;
    private bool _logsDeparture;

    /// <summary>Creates a router with no routes yet.</summary>
    public Router(Simulation simulation, string id)
        : base(simulation, id) => _cargo = simulation.Cargo;

    /// <inheritdoc />
    public override int CargoCount => 0;

    /// <summary>Sends containers of <paramref name="stream"/> to <paramref name="next"/>.</summary>
    public void Route(int stream, ICargoReceiver next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (stream >= _next.Length)
        {
            Array.Resize(ref _next, stream + 1);
        }

        _next[stream] = next;
    }

    /// <inheritdoc />
    public bool TryAccept(int cargo)
    {
        int stream = CargoTag.Stream(_cargo.Tag(cargo));
        var next = (stream < _next.Length ? _next[stream] : null) ?? WiringFaults.NoRoute(Id, stream);
        if (_log is null ? next.TryAccept(cargo) : _logsArrival ? _log.Arrive(_logNode, cargo, stream, _logsDeparture, next) : _log.Leave(cargo, next))
        {
            return true;
        }

        _refusedBy = next;
        return false;
    }

    /// <summary>
    /// Passes the request on to the receiver that refused the last offer (a sender asks straight
    /// after a refusal), so a sender blocked by one full service is not woken by the others;
    /// with no refusal on record, to every receiver this router feeds.
    /// </summary>
    public void NotifyWhenRoom(IRoomListener sender)
    {
        if (_refusedBy is { } refused)
        {
            _refusedBy = null;
            refused.NotifyWhenRoom(sender);
            return;
        }

        foreach (var next in _next.OfType<ICargoReceiver>().Distinct())
        {
            next.NotifyWhenRoom(sender);
        }
    }

    /// <summary>Logs in <paramref name="log"/> each container's arrival at node <paramref name="node"/> when <paramref name="arrival"/> (the node holds nothing before this router), its leaving when <paramref name="departure"/>.</summary>
    internal void LogPassages(PassageLog log, int node, bool arrival, bool departure)
    {
        _log = log;
        _logNode = node;
        _logsArrival = arrival;
        _logsDeparture = departure;
    }

    /// <inheritdoc />
    protected internal override void OnEvent(int kind, int argument) =>
        throw new InvalidOperationException("A router schedules no events.");
}
