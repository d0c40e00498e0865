using CorridorSim.Kernel;

namespace CorridorSim.Tests.TestSupport;

/// <summary>A component that records the events it receives as (time, argument).</summary>
internal sealed class EventRecorder(Simulation simulation, string id) : Component(simulation, id)
{
    public List<(double Time, int Argument)> Received { get; } = [];

    public int StopOnArgument { get; init; } = -1;

    public override int CargoCount => 0;

    public void At(double delayHours, int argument) => Schedule(delayHours, 0, argument);

    protected internal override void OnEvent(int kind, int argument)
    {
        Received.Add((Simulation.NowHours, argument));
        if (argument == StopOnArgument)
        {
            Simulation.Stop();
        }
    }
}
