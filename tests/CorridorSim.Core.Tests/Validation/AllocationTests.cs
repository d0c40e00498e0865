using CorridorSim.Kernel;
using CorridorSim.Model.Disruptions;
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

        // Nothing per event: even 8 bytes an event would be 400 KB here. In a busy full test run
        // this window has twice held a one-off few kilobytes (6,576 bytes once; never when the
        // class runs alone), most likely the runtime's own work on this thread; that is not per event.
        Assert.InRange(allocated, 0, 16_384);
    }

    [Fact]
    public void A_warmed_up_vessel_service_with_sea_area_storms_allocates_nothing_per_event()
    {
        // Both directions loaded, buffers bounded, two crossings under one storm process with a
        // chance each: after a long warm-up every queue, and the record of which crossings each
        // storm closed (one per storm at once), is at its largest size. The warm-up is longer than
        // the measured window, so the list of storms since the reset (kept for results) has room
        // for the window's storms.
        var sim = new Simulation(1);
        double[] storms = [3, 3, 2, 2, 1, 1, 1, 1, 1, 2, 3, 3];
        var area = new SeasonalClosures(sim, "weather:sea", storms, new Triangular(12, 24, 48));
        var sink = new Sink(sim, "destination");
        for (int i = 0; i < 2; i++)
        {
            var vessels = new VesselService(sim, $"vessels-{i}", 3, 20, new Triangular(8, 10, 14), SimDuration.FromHours(6.0), SimDuration.FromHours(4.0),
                loading: new Uniform(1, 2), unloading: new Uniform(1, 2), bufferCapacity: 30) { SizedByTeu = true };
            vessels.Forward.Next = sink;
            vessels.Reverse.Next = sink;
            area.AddTarget($"crossing-{i}", vessels, closeChance: 0.6 + (0.3 * i));
            _ = new Source(sim, $"out-{i}", new Exponential(1.5)) { Next = vessels.Forward };
            _ = new Source(sim, $"back-{i}", new Exponential(0.8)) { Next = vessels.Reverse };
        }

        sim.Run(new SimTime(150_000.0));
        sim.ResetStatistics();
        long eventsBefore = sim.EventsExecuted;

        long before = GC.GetAllocatedBytesForCurrentThread();
        sim.Run(new SimTime(200_000.0));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(sim.EventsExecuted - eventsBefore > 50_000, "the measured window should be long");
        Assert.InRange(allocated, 0, 16_384); // as above: nothing per event, a one-off few kilobytes of the runtime allowed
    }
}
