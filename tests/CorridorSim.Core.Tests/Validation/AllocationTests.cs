using CorridorSim.Kernel;
using CorridorSim.Model.Links;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;

namespace CorridorSim.Tests.Validation;

public sealed class AllocationTests
{
    [Fact]
    public void A_warmed_up_run_allocates_nothing_per_event()
    {
        // Finite buffers bound every queue below its initial array size, so after warm-up no
        // array needs to grow and any allocation would be a per-event allocation.
        var sim = new Simulation(1);
        var source = new Source(sim, "origin", new Exponential(1.0));
        var terminal = new Station(sim, "terminal", 2, new Gamma(2.0, 3.0), bufferCapacity: 8);
        var rail = new Delay(sim, "rail", new Triangular(2.0, 3.0, 6.0));
        var ferry = new BatchCarrierService(sim, "ferry", 2, 10, SimDuration.FromHours(4.0), new Deterministic(3.0), new Deterministic(3.0), bufferCapacity: 8);
        var sink = new Sink(sim, "destination");
        source.Next = terminal;
        terminal.Next = rail;
        rail.Next = ferry;
        ferry.Next = sink;
        sim.Run(new SimTime(5_000.0));
        long eventsBefore = sim.EventsExecuted;

        long before = GC.GetAllocatedBytesForCurrentThread();
        sim.Run(new SimTime(25_000.0));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(sim.EventsExecuted - eventsBefore > 50_000, "the measured window should be long");
        Assert.Equal(0, allocated);
    }
}
