using System.Text.Json.Nodes;
using CorridorSim.Input;
using CorridorSim.Output;
using CorridorSim.Scenarios;

namespace CorridorSim.Sweeps;

/// <summary>
/// A sweep's scenarios: the base scenario resolved (self-contained, as a run writes
/// scenario.resolved.json), each factor's pointer checked against it, and the scenario of each
/// design point — the base with every factor's value set where its pointer points — loaded and
/// validated as any scenario file is.
/// </summary>
public static class SweepScenario
{
    private static readonly string[] OverrideKinds = ["nodes", "links", "seaAreas", "rollingStock"];

    /// <summary>The resolved form of <paramref name="scenario"/>, into which the factors' pointers point.</summary>
    public static JsonObject Resolve(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return ResolvedScenario.Of(scenario, scenario.Seed, []);
    }

    /// <summary>
    /// What is wrong with each factor's pointer in <paramref name="resolved"/>, the resolved form of
    /// <paramref name="scenario"/>, as (factor index, message) pairs; none when every pointer
    /// leads to a value. An override of a node, link, sea area or rolling-stock pool the network
    /// has may be one the scenario does not make yet.
    /// </summary>
    public static IReadOnlyList<(int Factor, string Message)> Check(Scenario scenario, JsonObject resolved, IReadOnlyList<SweepFactor> factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        var problems = new List<(int, string)>();
        for (int f = 0; f < factors.Count; f++)
        {
            var copy = resolved.DeepClone();
            if (Set(scenario, copy, factors[f].Target, factors[f].Domain.At(0.0)) is string problem)
            {
                problems.Add((f, problem));
            }
        }

        return problems;
    }

    /// <summary>
    /// The scenario at <paramref name="point"/>: <paramref name="resolved"/> (the base's resolved
    /// form, not changed) with each factor's value set, loaded as a scenario named
    /// <paramref name="name"/>; its errors are those a scenario file with these values would have.
    /// </summary>
    /// <exception cref="ArgumentException">A factor's pointer leads nowhere (see <see cref="Check"/>).</exception>
    public static LoadResult<Scenario> At(Scenario scenario, JsonObject resolved, IReadOnlyList<SweepFactor> factors, SweepPoint point, string name)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(point);
        var document = resolved.DeepClone().AsObject();
        for (int f = 0; f < factors.Count; f++)
        {
            if (Set(scenario, document, factors[f].Target, point.Values[f]) is string problem)
            {
                throw new ArgumentException($"Factor '{factors[f].Name}': {problem}", nameof(factors));
            }
        }

        return ScenarioLoader.LoadFromText(name, document.ToJsonString());
    }

    private static string? Set(Scenario scenario, JsonNode document, string target, JsonNode? value)
    {
        var tokens = ScenarioPointer.Tokens(target);
        bool overrideOfElement = tokens.Count >= 4 && tokens[0] == "overrides" && OverrideKinds.Contains(tokens[1]);
        if (overrideOfElement && ElementMissing(scenario, tokens[1], tokens[2]) is string missing)
        {
            return missing;
        }

        return ScenarioPointer.TrySet(document, target, value, createObjects: overrideOfElement);
    }

    private static string? ElementMissing(Scenario scenario, string kind, string id)
    {
        var network = scenario.Network;
        IEnumerable<string> ids = kind switch
        {
            "nodes" => network.Nodes.Select(n => n.Id),
            "links" => network.Links.Select(l => l.Id),
            "seaAreas" => network.SeaAreas.Select(a => a.Id),
            _ => network.RollingStock.Select(r => r.Id),
        };
        var all = ids.ToList();
        return all.Contains(id, StringComparer.Ordinal) ? null : $"the network has no {kind} entry '{id}' to override: {DidYouMean.Hint(id, all, kind)}";
    }
}
