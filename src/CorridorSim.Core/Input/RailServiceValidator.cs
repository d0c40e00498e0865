using CorridorSim.Model.Network;

namespace CorridorSim.Input;

/// <summary>
/// Checks what the trains of rail links need to run: a longest wait or a timetable wherever a
/// train capacity is given, trains wherever line slots or rolling stock are given, and pools that
/// exist, serve the link's gauge area and can make up a full train.
/// </summary>
internal static class RailServiceValidator
{
    /// <param name="nodes">Nodes by id.</param>
    /// <param name="links">All links.</param>
    /// <param name="pools">All rolling-stock pools.</param>
    /// <param name="faulty">Elements that already have a problem (not checked again).</param>
    /// <param name="report">Reports a problem: file, JSON path, message, fix.</param>
    public static void Validate(Dictionary<string, NetworkNode> nodes, List<NetworkLink> links, List<RollingStockSpec> pools, HashSet<object> faulty, Action<string?, string, string, string> report)
    {
        var poolIds = new Dictionary<string, RollingStockSpec>(StringComparer.Ordinal);
        foreach (var pool in pools)
        {
            if (!poolIds.TryAdd(pool.Id, pool))
            {
                report(pool.File, $"{pool.JsonPath}.id", $"rolling-stock pool id \"{pool.Id}\" is used twice (first in {poolIds[pool.Id].File}).", "give each pool its own id.");
            }
        }

        foreach (var link in links.Where(l => !faulty.Contains(l)))
        {
            string path = link.JsonPath!;
            bool rail = link.Mode == TransportMode.Rail;
            bool trains = rail && link.TrainCapacityTeu is not null && (link.MaxWaitHours is not null || link.Timetable is not null);
            if (rail && link.TrainCapacityTeu is not null && !trains)
            {
                report(link.File, $"{path}.trainCapacityTeu", $"rail link \"{link.Id}\" has a train capacity but neither a longest wait nor a timetable, so its trains could not leave part-loaded.", "give \"maxWaitHours\" (how long a part-loaded train waits to fill) or a \"timetable\", or remove \"trainCapacityTeu\" to run the link as plain travel time without trains.");
            }
            else if (rail && link.TrainsPerDay is not null && !trains)
            {
                report(link.File, $"{path}.trainsPerDay", $"rail link \"{link.Id}\" limits trains per day but runs no trains to limit.", "add \"trainCapacityTeu\" with \"maxWaitHours\" or a \"timetable\", or remove \"trainsPerDay\".");
            }

            if (link.RollingStock is not string id)
            {
                continue;
            }

            if (!poolIds.TryGetValue(id, out var used))
            {
                report(link.File, $"{path}.rollingStock", $"unknown rolling-stock pool \"{id}\".", DidYouMean.Hint(id, poolIds.Keys.ToList(), "rolling-stock pool ids"));
            }
            else if (!trains)
            {
                report(link.File, $"{path}.rollingStock", $"link \"{link.Id}\" names rolling stock but runs no trains to use it.", rail ? "add \"trainCapacityTeu\" with \"maxWaitHours\" or a \"timetable\", or remove \"rollingStock\"." : "remove \"rollingStock\": pools of wagons and locomotives serve rail links.");
            }
            else
            {
                CheckPoolFits(nodes, link, used, report);
            }
        }
    }

    private static void CheckPoolFits(Dictionary<string, NetworkNode> nodes, NetworkLink link, RollingStockSpec pool, Action<string?, string, string, string> report)
    {
        string path = $"{link.JsonPath}.rollingStock";

        // A gauge change serves both gauges and a border crossing both countries; every other end
        // must lie in the pool's gauge area.
        var outside = new[] { link.From, link.To }.Where(nodes.ContainsKey).Select(id => nodes[id])
            .Where(n => n.Kind is not (NodeKind.GaugeChange or NodeKind.Border) && !pool.Countries.Contains(n.Country, StringComparer.Ordinal)).ToList();
        if (outside.Count > 0)
        {
            report(link.File, path, $"link \"{link.Id}\" reaches {string.Join(" and ", outside.Select(n => $"\"{n.Id}\" ({n.Country})"))}, outside the {pool.GaugeMm} mm area of pool \"{pool.Id}\" ({string.Join(", ", pool.Countries)}).", "use a pool of that gauge area, or add the country to the pool's \"countries\" if its wagons and locomotives run there.");
        }

        if (link.TrainCapacityTeu is int teu && teu > pool.TeuCapacity)
        {
            report(link.File, path, $"a full train of {teu} TEU on \"{link.Id}\" needs {(teu + pool.TeuPerPlatform - 1) / pool.TeuPerPlatform} platforms, but pool \"{pool.Id}\" has {pool.Platforms}; it could never leave.", "give the pool more platforms, or the link a smaller \"trainCapacityTeu\".");
        }
    }
}
