using CorridorSim.Model.Corridor;
using CorridorSim.Scenarios;

namespace CorridorSim.Tests.TestSupport;

/// <summary>Bytes a scenario's run allocates on the running thread, model building left out.</summary>
internal static class RunAllocations
{
    /// <summary>Allocated while running <paramref name="scenario"/> for <paramref name="years"/> years with <paramref name="seed"/>.</summary>
    public static long Of(Scenario scenario, double years, ulong seed = 9)
    {
        var model = new CorridorModel(scenario with { Years = years }, seed);
        long before = GC.GetAllocatedBytesForCurrentThread();
        model.Run();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
