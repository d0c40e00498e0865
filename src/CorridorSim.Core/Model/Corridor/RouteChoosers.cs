using CorridorSim.Kernel;
using CorridorSim.Model.Nodes;
using CorridorSim.Routing;
using CorridorSim.Scenarios;

namespace CorridorSim.Model.Corridor;

/// <summary>Builds the route chooser of a stream with several routes, by its choice rule.</summary>
internal static class RouteChoosers
{
    /// <summary>The chooser that shares <paramref name="stream"/>'s shipments among its <paramref name="lanes"/>, whose routes are <paramref name="routes"/>[lane].</summary>
    public static RouteChooser For(Simulation simulation, DemandStream stream, IReadOnlyList<int> lanes, IReadOnlyList<Route> routes, double valueOfTimeUsdPerTeuHour)
    {
        var choice = stream.Choice ?? throw new InvalidOperationException($"Stream '{stream.Id}' has {lanes.Count} routes but no choice among them; the scenario loader should have refused it.");
        string id = $"route-choice:{stream.Id}";
        if (choice.Rule == RouteChoiceRule.Shares)
        {
            return new RouteChooser(simulation, id, lanes, choice.Shares);
        }

        var own = lanes.Select(l => routes[l]).ToList();
        var sizes = choice.PathSize ? PathSize.Of(own) : [.. own.Select(_ => 1.0)];
        var options = own.Select((r, i) => new RouteOption(r.ExpectedHours, r.MoneyUsdPerTeu, sizes[i])).ToList();
        return new RouteChooser(simulation, id, lanes, options, choice.Theta, valueOfTimeUsdPerTeuHour, SimDuration.FromDays(choice.UpdateDays), SimDuration.FromDays(choice.MemoryDays));
    }
}
