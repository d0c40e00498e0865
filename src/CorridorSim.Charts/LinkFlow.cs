using CorridorSim.Model.Network;
using CorridorSim.Results;

namespace CorridorSim.Charts;

/// <summary>
/// What one link of the network carried, both directions together, as the mean over the runs
/// given (replications of one scenario).
/// </summary>
/// <param name="LinkId">The link's id.</param>
/// <param name="TeuPerYear">TEU delivered along the link per measured year: the delivered TEU of every stream (of each of its routes, for a stream with several) whose route uses the link, over the run's years; 0 when none does.</param>
/// <param name="Utilisation">How busy the link's capacity was, a share (0–1): for a vessel service its <c>utilisation</c>, for a rail line with slots the busier direction's <c>slotUtilisation</c>; null when the results report neither (a line without a slot limit, a deep-sea leg).</param>
public sealed record LinkFlow(string LinkId, double TeuPerYear, double? Utilisation)
{
    /// <summary>
    /// The flow on every link of <paramref name="network"/>, in the network's order, from
    /// <paramref name="runs"/> (at least one). A run's TEU count once per link of the route that
    /// delivered them; utilisation is the mean over the runs that measured it.
    /// </summary>
    public static IReadOnlyList<LinkFlow> Measure(TransportNetwork network, IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            throw new ArgumentException("A flow map needs at least one run.", nameof(runs));
        }

        var teu = network.Links.ToDictionary(l => l.Id, _ => 0.0, StringComparer.Ordinal);
        foreach (var run in runs)
        {
            double years = run.Info.Years > 0 ? run.Info.Years : 1.0;
            foreach (var stream in run.Streams)
            {
                var routes = stream.Routes is { Count: > 0 } several
                    ? several.Select(r => (r.Links, Teu: (double)r.DeliveredTeu))
                    : [(stream.RouteLinks, Teu: (double)stream.DeliveredTeu)];
                foreach (var (links, delivered) in routes)
                {
                    foreach (string link in links.Distinct(StringComparer.Ordinal).Where(teu.ContainsKey))
                    {
                        teu[link] += delivered / years / runs.Count;
                    }
                }
            }
        }

        var components = runs.Select(r => r.Components.DistinctBy(c => c.Id, StringComparer.Ordinal).ToDictionary(c => c.Id, StringComparer.Ordinal)).ToList();
        return [.. network.Links.Select(l => new LinkFlow(l.Id, teu[l.Id], MeanUtilisation(l.Id, components)))];
    }

    /// <summary>The mean of the values reported (neither null nor NaN), clamped to 0–1; null when none is.</summary>
    internal static double? Mean(IEnumerable<double?> values)
    {
        var reported = values.Where(v => v is double x && !double.IsNaN(x)).Select(v => v!.Value).ToList();
        return reported.Count == 0 ? null : Math.Clamp(reported.Average(), 0.0, 1.0);
    }

    /// <summary>The value of <paramref name="measure"/> of the component <paramref name="id"/>, if the run reports it.</summary>
    internal static double? Value(IReadOnlyDictionary<string, ComponentResult> components, string id, string measure) =>
        components.TryGetValue(id, out var component) && component.Measures.FirstOrDefault(m => m.Name == measure) is { } found && !double.IsNaN(found.Value)
            ? found.Value
            : null;

    private static double? MeanUtilisation(string linkId, IEnumerable<IReadOnlyDictionary<string, ComponentResult>> runs) =>
        Mean(runs.Select(components =>
        {
            // A vessel service reports one figure for both directions; a rail line one per direction.
            var forward = Value(components, $"link:{linkId}:f", "slotUtilisation");
            var reverse = Value(components, $"link:{linkId}:r", "slotUtilisation");
            return Value(components, $"link:{linkId}", "utilisation") ?? (forward is null && reverse is null ? null : Math.Max(forward ?? 0.0, reverse ?? 0.0));
        }));
}
