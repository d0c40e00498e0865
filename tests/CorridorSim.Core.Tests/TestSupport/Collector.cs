using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;

namespace CorridorSim.Tests.TestSupport;

/// <summary>
/// A receiver that records what it gets and when, delivers it (so cargo stays conserved) and can
/// be made to refuse, to exercise blocking upstream.
/// </summary>
internal sealed class Collector(Simulation simulation, string id) : Component(simulation, id), ICargoReceiver
{
    private readonly List<IRoomListener> _listeners = [];

    public List<(double Time, int Tag, double CreatedAt)> Received { get; } = [];

    /// <summary>Each received unit's time breakdown, indexed by <see cref="TimeCategory"/>, in order of receipt.</summary>
    public List<double[]> Breakdowns { get; } = [];

    public bool Refusing { get; set; }

    public override int CargoCount => 0;

    public bool TryAccept(int cargo)
    {
        if (Refusing)
        {
            return false;
        }

        Received.Add((Simulation.NowHours, Simulation.Cargo.Tag(cargo), Simulation.Cargo.CreatedAt(cargo)));
        Breakdowns.Add(Simulation.Cargo.Breakdown(cargo).ToArray());
        Simulation.Cargo.Deliver(cargo, Simulation.NowHours);
        return true;
    }

    public void NotifyWhenRoom(IRoomListener sender) => _listeners.Add(sender);

    /// <summary>Starts accepting again and tells the waiting senders.</summary>
    public void Accept()
    {
        Refusing = false;
        var waiting = _listeners.ToArray();
        _listeners.Clear();
        foreach (var listener in waiting)
        {
            listener.OnRoomAvailable();
        }
    }

    protected internal override void OnEvent(int kind, int argument) => Accept();

    /// <summary>Schedules <see cref="Accept"/> after <paramref name="delayHours"/>.</summary>
    public void AcceptAfter(double delayHours) => Schedule(delayHours, 0);
}
