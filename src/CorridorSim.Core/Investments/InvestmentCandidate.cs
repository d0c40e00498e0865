using System.Text.Json.Nodes;

namespace CorridorSim.Investments;

/// <summary>
/// One investment a planner weighs: what it changes in the corridor, as overrides of nodes, links,
/// sea areas or rolling-stock pools in the form a scenario file gives them, and what it costs.
/// </summary>
/// <param name="Id">Short id, unique in its set; a combination's id joins its members' with '+'.</param>
/// <param name="Name">Display name.</param>
/// <param name="CostMillionUsd">Capital cost in millions of US dollars, greater than 0.</param>
/// <param name="Overrides">The changes: <c>{ "nodes": { id: { property: value } }, "links": …, "seaAreas": …, "rollingStock": … }</c>.</param>
public sealed record InvestmentCandidate(string Id, string Name, double CostMillionUsd, JsonObject Overrides)
{
    /// <summary>What the investment is, for the report.</summary>
    public string? Description { get; init; }

    /// <summary>Source ids (data/SOURCES.md) of its cost and its capacities.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
}
