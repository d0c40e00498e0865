using System.Text.Json.Nodes;
using CorridorSim.Input;
using CorridorSim.Output;
using CorridorSim.Scenarios;

namespace CorridorSim.Investments;

/// <summary>
/// A set of investments to rank (schema: docs/schema/invest.schema.json): the base scenario —
/// the corridor if nothing is built — the candidates, each an overlay of the base with its
/// cost, and the combinations of candidates to rank beside them.
/// </summary>
/// <param name="Name">Display name of the set.</param>
/// <param name="Base">The corridor without any of the investments.</param>
/// <param name="Candidates">The investments, each ranked alone.</param>
/// <param name="Combinations">Sets of candidate ids to rank as one option each, made together at the sum of their costs.</param>
/// <param name="Replications">Replications of the base and of every option, paired by seed (common random numbers); at least 2.</param>
public sealed record InvestmentSpec(string Name, Scenario Base, IReadOnlyList<InvestmentCandidate> Candidates, IReadOnlyList<IReadOnlyList<string>> Combinations, int Replications)
{
    /// <summary>The KPI the transit criteria are made of, as <c>component/measure</c>, in days.</summary>
    public const string DefaultTransitKpi = "total/transitMeanDays";

    /// <summary>The KPI the throughput criteria are made of, as <c>component/measure</c>, in TEU a year.</summary>
    public const string DefaultThroughputKpi = "total/deliveredTeuPerYear";

    /// <summary>What the set is for.</summary>
    public string? Description { get; init; }

    /// <summary>Joint confidence level of the selection of the best, and the level of every interval.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>The transit KPI (<c>component/measure</c>, in days): <see cref="DefaultTransitKpi"/>, or e.g. one stream's <c>stream:&lt;id&gt;/transitMeanDays</c>.</summary>
    public string TransitKpi { get; init; } = DefaultTransitKpi;

    /// <summary>The throughput KPI (<c>component/measure</c>, in TEU a year): <see cref="DefaultThroughputKpi"/>, or e.g. one destination's.</summary>
    public string ThroughputKpi { get; init; } = DefaultThroughputKpi;

    /// <summary>
    /// The indifference zone δ of each criterion that should end in a selection: the smallest
    /// difference that matters, in the criterion's unit. With any, the replications are a first
    /// stage, and as many more are run as the two-stage procedure of Nelson and Matejcik needs
    /// for each such criterion to select the best with the stated confidence whenever it is at
    /// least δ better than the rest (at most <see cref="MaxReplications"/>).
    /// </summary>
    public IReadOnlyDictionary<InvestmentCriterion, double> Indifference { get; init; } = new Dictionary<InvestmentCriterion, double>();

    /// <summary>Most replications the second stage may run.</summary>
    public int MaxReplications { get; init; } = 100;

    /// <summary>Every option ranked: each candidate alone in the order given, then each combination.</summary>
    public IReadOnlyList<InvestmentOption> Options()
    {
        var byId = Candidates.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var alone = Candidates.Select(c => new InvestmentOption(c.Id, c.Name, [c.Id], c.CostMillionUsd) { Sources = [.. c.Sources.Distinct(StringComparer.Ordinal)] });
        var together = Combinations.Select(ids =>
        {
            var members = ids.Select(id => byId.TryGetValue(id, out var c) ? c : throw new ArgumentException($"The combination names no candidate '{id}'.", nameof(Combinations))).ToList();
            return new InvestmentOption(string.Join('+', ids), string.Join(" + ", members.Select(m => m.Name)), [.. ids], members.Sum(m => m.CostMillionUsd))
            {
                Sources = [.. members.SelectMany(m => m.Sources).Distinct(StringComparer.Ordinal)],
            };
        });
        return [.. alone, .. together];
    }

    /// <summary>
    /// The scenario of <paramref name="option"/>: the base, resolved, with every member's overrides
    /// merged over the base's as a scenario that extends another merges them (an element's patch
    /// over the inherited patch of the same element; a later member's value of the same property
    /// wins), loaded and validated as a scenario file is. Its errors name the option's id as the file.
    /// </summary>
    public LoadResult<Scenario> ScenarioOf(InvestmentOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        var document = ResolvedScenario.Of(Base, Base.Seed, []);
        document["name"] = option.Name;
        document["description"] = $"{Base.Name} with {option.Name}.";
        var overrides = document["overrides"] as JsonObject ?? new JsonObject();
        document["overrides"] = overrides;
        foreach (string id in option.Members)
        {
            MergePatches(overrides, Candidates.First(c => c.Id == id).Overrides);
        }

        return ScenarioLoader.LoadFromText(option.Id, document.ToJsonString());
    }

    /// <summary>Merges the merge patch <paramref name="patch"/> into the patch <paramref name="target"/>, keeping its nulls (which remove a property of the element patched).</summary>
    private static void MergePatches(JsonObject target, JsonObject patch)
    {
        foreach (var (name, value) in patch)
        {
            if (value is JsonObject patchObject && target[name] is JsonObject targetObject && !NetworkOverrides.ChangesDistribution(targetObject, patchObject))
            {
                MergePatches(targetObject, patchObject);
            }
            else
            {
                target[name] = value?.DeepClone();
            }
        }
    }
}
