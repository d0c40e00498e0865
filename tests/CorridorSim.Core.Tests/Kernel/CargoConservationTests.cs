using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;

namespace CorridorSim.Tests.Kernel;

public sealed class CargoConservationTests
{
    [Fact]
    public void A_component_that_loses_cargo_fails_the_conservation_check()
    {
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(1.0)) { BatchLimit = 5 };
        source.Next = new BlackHole(sim, "hole");

        sim.RunUntilStopped();

        var error = Assert.Throws<CargoConservationException>(sim.CheckCargoConservation);
        Assert.Equal(5, error.InSystem);
        Assert.Equal(0, error.Held);
    }

    [Fact]
    public void Units_waiting_in_a_queue_count_as_in_system()
    {
        var sim = new Simulation(1);
        var source = new Source(sim, "src", new Deterministic(1.0));
        var station = new Station(sim, "slow", 1, new Deterministic(5.0)) { Next = new Sink(sim, "out") };
        source.Next = station;

        sim.Run(new SimTime(100.0));

        sim.CheckCargoConservation();
        Assert.Equal(sim.Cargo.InSystem, station.CargoCount);
        Assert.True(sim.Cargo.InSystem > 70);
    }

    /// <summary>A receiver that accepts cargo and then forgets it: a deliberately wrong component.</summary>
    private sealed class BlackHole(Simulation simulation, string id) : Component(simulation, id), ICargoReceiver
    {
        public override int CargoCount => 0;

        public bool TryAccept(int cargo) => true;

        public void NotifyWhenRoom(IRoomListener sender)
        {
        }

        protected internal override void OnEvent(int kind, int argument)
        {
        }
    }
}
