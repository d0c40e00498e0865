namespace CorridorSim.Routing;

/// <summary>
/// Path sizes of a set of alternative routes, for path-size logit (Ben-Akiva and Bierlaire 1999):
/// PS_r = Σ_{a ∈ r} (km_a / km_r) / N_a, where N_a is the number of routes of the set that use
/// link a. A route that shares no link with the others has size 1; two routes that differ only
/// in a short leg have sizes near ½, so together they weigh about as much as one distinct route.
/// </summary>
public static class PathSize
{
    /// <summary>The path size of each of <paramref name="routes"/>, in order; 1 for a route of no length.</summary>
    public static IReadOnlyList<double> Of(IReadOnlyList<Route> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var users = routes.SelectMany(r => r.Links.Select(l => l.Id).Distinct(StringComparer.Ordinal))
            .GroupBy(id => id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return [.. routes.Select(r => r.DistanceKm > 0 ? r.Links.Sum(l => l.DistanceKm / r.DistanceKm / users[l.Id]) : 1.0)];
    }
}
