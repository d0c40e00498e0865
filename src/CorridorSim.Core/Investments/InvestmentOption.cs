namespace CorridorSim.Investments;

/// <summary>What is ranked: one candidate, or a combination of candidates made together at the sum of their costs.</summary>
/// <param name="Id">The candidate's id, or its members' ids joined with '+'.</param>
/// <param name="Name">The candidate's name, or its members' names joined with " + ".</param>
/// <param name="Members">The ids of the candidates it makes, one for a candidate alone.</param>
/// <param name="CostMillionUsd">The members' costs together, in millions of US dollars.</param>
public sealed record InvestmentOption(string Id, string Name, IReadOnlyList<string> Members, double CostMillionUsd)
{
    /// <summary>Source ids (data/SOURCES.md) of its members' costs and capacities, each once.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Whether the option makes more than one candidate.</summary>
    public bool IsCombination => Members.Count > 1;
}
