using System.Text.Json;
using System.Text.Json.Nodes;
using CorridorSim.Results;
using CorridorSim.Scenarios;

namespace CorridorSim.Output;

/// <summary>
/// scenario.resolved.json: the scenario as run, self-contained (merged over what it extends), with
/// the seed, run length and warm-up used and each stream's <c>via</c> replaced by the links its
/// route took, so running the file repeats the run exactly.
/// </summary>
public static class ResolvedScenario
{
    /// <summary>The resolved scenario of <paramref name="scenario"/> run with <paramref name="seed"/>, whose streams took the routes in <paramref name="streams"/>.</summary>
    public static JsonObject Of(Scenario scenario, ulong seed, IReadOnlyList<StreamResult> streams)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(streams);
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        var node = JsonNode.Parse(scenario.SourceText ?? "{}", documentOptions: options)!.AsObject();
        node.Remove("$schema");
        node["seed"] = seed;
        node["years"] = scenario.Years;
        node["warmUpDays"] = scenario.WarmUpDays;
        if (node["streams"] is JsonArray written)
        {
            for (int i = 0; i < written.Count && i < streams.Count; i++)
            {
                if (written[i] is JsonObject stream)
                {
                    stream["via"] = new JsonArray([.. streams[i].RouteLinks.Select(l => (JsonNode?)JsonValue.Create(l))]);
                }
            }
        }

        return node;
    }
}
