using CorridorSim.Model.Corridor;
using CorridorSim.Scenarios;

namespace CorridorSim.Tests.TestSupport;

/// <summary>Bytes a scenario's run allocates on the running thread, model building left out.</summary>
internal static class RunAllocations
{
    /// <summary>Allocated while running <paramref name="scenario"/> for <paramref name="years"/> years with <paramref name="seed"/>.</summary>
    public static long Of(Scenario scenario, double years, ulong seed = 9) => Measure(scenario, years, seed).Bytes;

    /// <summary>Allocated while running, and the containers the run generated.</summary>
    public static (long Bytes, long Containers) Measure(Scenario scenario, double years, ulong seed = 9)
    {
        var model = new CorridorModel(scenario with { Years = years }, seed);
        long before = GC.GetAllocatedBytesForCurrentThread();
        model.Run();
        return (GC.GetAllocatedBytesForCurrentThread() - before, model.Simulation.Cargo.Generated);
    }

    /// <summary>
    /// Asserts that running <paramref name="scenario"/> sixteen years allocates no more than one
    /// year does, but for structures bounded by the model (a fleet's slots, a ring of boxes in
    /// flight) that reach a higher peak in a longer run, which adds about as much with each
    /// doubling of the run: less than four bytes per extra container, the least that keeping
    /// anything per container (an id) would take.
    /// </summary>
    public static void AssertIndependentOfRunLength(Scenario scenario)
    {
        var one = Measure(scenario, 1);
        var sixteen = Measure(scenario, 16);
        long extraContainers = sixteen.Containers - one.Containers;
        Assert.True(extraContainers > 100_000, $"only {extraContainers:N0} more containers in sixteen years: too few to tell");
        Assert.True(sixteen.Bytes - one.Bytes < 4 * extraContainers, $"1 year allocated {one.Bytes:N0} B for {one.Containers:N0} containers, 16 years {sixteen.Bytes:N0} B for {sixteen.Containers:N0}");
    }
}
