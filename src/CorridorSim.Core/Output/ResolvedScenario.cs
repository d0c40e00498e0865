using System.Text.Json;
using System.Text.Json.Nodes;
using CorridorSim.Results;
using CorridorSim.Scenarios;

namespace CorridorSim.Output;

/// <summary>
/// scenario.resolved.json: the scenario as run, self-contained (merged over what it extends), with
/// the seed, run length and warm-up used and each stream's <c>via</c> replaced by the links its
/// route took (for a stream with several routes, each route's <c>via</c> by its links, the choice
/// kept), so running the file repeats the run exactly. The name, description, run settings,
/// streams and closures are written from the <see cref="Scenario"/> itself, so a scenario changed
/// in code (with <c>with</c>) is written as it ran; the network and its node and link overrides
/// come from the text it was loaded from.
/// </summary>
public static class ResolvedScenario
{
    /// <summary>The resolved scenario of <paramref name="scenario"/> run with <paramref name="seed"/>, whose streams took the routes in <paramref name="streams"/>.</summary>
    public static JsonObject Of(Scenario scenario, ulong seed, IReadOnlyList<StreamResult> streams)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(streams);
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        var source = JsonNode.Parse(scenario.SourceText ?? "{}", documentOptions: options)!.AsObject();
        var node = new JsonObject
        {
            ["name"] = scenario.Name,
            ["description"] = scenario.Description,
            ["seed"] = seed,
            ["years"] = scenario.Years,
            ["warmUpDays"] = scenario.WarmUpDays,
        };
        if (source["network"] is JsonNode network)
        {
            node["network"] = network.DeepClone();
        }

        node["streams"] = new JsonArray([.. scenario.Streams.Select((s, i) => (JsonNode?)WithoutNulls(Stream(s, i < streams.Count ? streams[i] : null)))]);

        // Node and link overrides change the network; stream overrides are already in the streams.
        if (source["overrides"] is JsonObject overrides)
        {
            var kept = new JsonObject();
            foreach (var (key, value) in overrides.Where(o => o.Key != "streams"))
            {
                kept[key] = value?.DeepClone();
            }

            if (kept.Count > 0)
            {
                node["overrides"] = kept;
            }
        }

        if (scenario.Closures.Count > 0)
        {
            node["closures"] = new JsonArray([.. scenario.Closures.Select(c => (JsonNode?)WithoutNulls(new JsonObject
            {
                ["target"] = c.Target,
                ["startDay"] = c.StartDay,
                ["endDay"] = c.EndDay,
                ["notes"] = c.Notes,
            }))]);
        }

        if (source["notes"] is JsonNode notes)
        {
            node["notes"] = notes.DeepClone();
        }

        return WithoutNulls(node);
    }

    /// <summary>Drops the object's own properties that are null (a stream without a name, a scenario without a description): absent means default. Nulls inside overrides, which remove a property, are kept.</summary>
    private static JsonObject WithoutNulls(JsonObject node)
    {
        foreach (string key in node.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            node.Remove(key);
        }

        return node;
    }

    /// <summary>
    /// The stream as run: its route's links as <c>via</c>, or with several routes each route's
    /// links and the choice among them; without a <paramref name="result"/> (a scenario not run
    /// yet), its <c>via</c>, routes and choice as the scenario gives them.
    /// </summary>
    private static JsonObject Stream(DemandStream s, StreamResult? result)
    {
        if (result is null && s.Choice is RouteChoice given && (s.Routes.Count > 0 || s.BestRoutes is not null))
        {
            var planned = Stream(s, via: null);
            planned["routes"] = s.BestRoutes is BestRoutes best
                ? WithoutNulls(new JsonObject { ["best"] = best.Count, ["corridor"] = best.Corridor })
                : new JsonArray([.. s.Routes.Select(r => (JsonNode?)WithoutNulls(new JsonObject { ["name"] = r.Name, ["via"] = Strings(r.Via) }))]);
            planned["choice"] = Choice(given);
            return planned;
        }

        var stream = Stream(s, result?.Routes is null ? result?.RouteLinks ?? s.Via : null);
        if (result?.Routes is IReadOnlyList<RouteResult> routes && s.Choice is RouteChoice choice)
        {
            stream["routes"] = new JsonArray([.. routes.Select((r, i) => (JsonNode?)WithoutNulls(new JsonObject
            {
                ["name"] = i < s.Routes.Count ? s.Routes[i].Name : null,
                ["via"] = Strings(r.Links),
            }))]);
            stream["choice"] = Choice(choice);
        }

        return stream;
    }

    private static JsonObject Choice(RouteChoice choice) => choice.Rule == RouteChoiceRule.Shares
        ? new JsonObject { ["rule"] = "shares", ["shares"] = new JsonArray([.. choice.Shares.Select(x => (JsonNode?)JsonValue.Create(x))]) }
        : new JsonObject { ["rule"] = "logit", ["theta"] = choice.Theta, ["updateDays"] = choice.UpdateDays, ["memoryDays"] = choice.MemoryDays, ["pathSize"] = choice.PathSize };

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    private static JsonObject Stream(DemandStream s, IReadOnlyList<string>? via) => new()
    {
        ["id"] = s.Id,
        ["name"] = s.Name,
        ["origin"] = s.Origin,
        ["destination"] = s.Destination,
        ["via"] = via is null ? null : Strings(via),
        ["teuPerYear"] = s.TeuPerYear,
        ["containersPerShipment"] = s.ContainersPerShipment,
        ["arrivals"] = s.Arrivals == ArrivalPattern.Scheduled ? "scheduled" : "poisson",
        ["priority"] = s.Priority,
        ["seasonality"] = new JsonArray([.. s.Seasonality.Select(f => (JsonNode?)JsonValue.Create(f))]),
        ["feuShare"] = s.FeuShare,
        ["maxBacklogTeu"] = s.MaxBacklogTeu,
        ["sources"] = new JsonArray([.. s.Sources.Select(id => (JsonNode?)JsonValue.Create(id))]),
        ["notes"] = s.Notes,
    };
}
