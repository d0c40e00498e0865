using System.Text.Json;
using System.Text.Json.Nodes;
using CorridorSim.Input;

namespace CorridorSim.Investments;

/// <summary>An investment set's combinations read and checked, and every option's scenario loaded once, its problems told at the option's place in the file.</summary>
internal static class InvestmentOptionCheck
{
    /// <summary>
    /// The combinations: <c>"pairs"</c> for every pair of candidates, or a list of lists of
    /// candidate ids; each with its place in the file (−1 for pairs). Two members that set the
    /// same property of the same element differently are an error.
    /// </summary>
    /// <param name="root">The set's top-level object.</param>
    /// <param name="candidates">The candidates that read without a mistake.</param>
    /// <param name="named">Every id a candidate gives, with a mistake or not: a combination of one with a mistake is left out without an error of its own.</param>
    public static List<(IReadOnlyList<string> Ids, int At)>? Combinations(JsonObjectReader root, List<(InvestmentCandidate Candidate, int At)>? candidates, IReadOnlySet<string> named)
    {
        var file = root.File;
        if (root.Value("combinations") is not JsonElement value)
        {
            return [];
        }

        var byId = candidates?.ToDictionary(c => c.Candidate.Id, c => c.Candidate, StringComparer.Ordinal) ?? [];
        if (value.ValueKind == JsonValueKind.String && value.GetString() == "pairs")
        {
            var ids = candidates?.Select(c => c.Candidate.Id).ToList() ?? [];
            var pairs = new List<(IReadOnlyList<string>, int)>();
            for (int a = 0; a < ids.Count; a++)
            {
                for (int b = a + 1; b < ids.Count; b++)
                {
                    if (Conflict(byId[ids[a]], byId[ids[b]]) is null)
                    {
                        pairs.Add(([ids[a], ids[b]], -1));
                    }
                }
            }

            return pairs;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            file.Error("$.combinations", $"expected \"pairs\" or a list of lists of candidate ids but found {JsonObjectReader.Describe(value)}.", "write \"combinations\": \"pairs\" for every pair, or e.g. [[\"<id>\", \"<id>\"]].");
            return null;
        }

        var result = new List<(IReadOnlyList<string>, int)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int i = -1;
        foreach (var item in value.EnumerateArray())
        {
            string path = $"$.combinations[{++i}]";
            var ids = item.ValueKind == JsonValueKind.Array && item.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
                ? item.EnumerateArray().Select(e => e.GetString()!).ToList()
                : null;
            if (ids is null || ids.Count < 2 || ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
            {
                file.Error(path, "a combination is a list of two or more different candidate ids.", "write e.g. [\"<id>\", \"<id>\"] with ids from \"candidates\".");
                continue;
            }

            var unknown = ids.Where(id => !byId.ContainsKey(id)).ToList();
            foreach (string id in unknown.Where(id => !named.Contains(id)))
            {
                file.Error(path, $"no candidate has the id \"{id}\".", DidYouMean.Hint(id, [.. named], "candidate ids"));
            }

            if (unknown.Count > 0)
            {
                continue;
            }

            string key = string.Join('+', ids.Order(StringComparer.Ordinal));
            if (!seen.Add(key))
            {
                file.Error(path, $"the combination {string.Join(" + ", ids)} is listed twice.", "list each combination once.");
                continue;
            }

            string? conflict = null;
            for (int a = 0; a < ids.Count && conflict is null; a++)
            {
                for (int b = a + 1; b < ids.Count && conflict is null; b++)
                {
                    conflict = Conflict(byId[ids[a]], byId[ids[b]]);
                }
            }

            if (conflict is not null)
            {
                file.Error(path, conflict, "combine candidates that change different things, or make the combination a candidate of its own with the value it should have.");
                continue;
            }

            result.Add((ids, i));
        }

        return result;
    }

    /// <summary>
    /// Loads every option's scenario, reporting its errors at the candidate (or combination) in
    /// <paramref name="file"/>; returns the warnings (values probably in the wrong unit) the
    /// candidates add to the base's.
    /// </summary>
    public static IReadOnlyList<InputError> Scenarios(InvestmentSpec spec, InputFile file, IReadOnlyList<int> candidatesAt, IReadOnlyList<int> combinationsAt, List<InputError> errors)
    {
        var baseWarnings = spec.Base.InputWarnings.Select(w => (w.JsonPath, w.Message)).ToHashSet();
        var warnings = new List<InputError>();
        var options = spec.Options();
        var failed = new HashSet<string>(StringComparer.Ordinal);
        for (int o = 0; o < options.Count; o++)
        {
            string at = o < candidatesAt.Count ? $"$.candidates[{candidatesAt[o]}]" : combinationsAt[o - candidatesAt.Count] is int c and >= 0 ? $"$.combinations[{c}]" : "$.combinations";
            if (options[o].Members.Any(failed.Contains))
            {
                // The member's own error says it; the combination would only repeat it.
                continue;
            }

            var loaded = spec.ScenarioOf(options[o]);
            if (!loaded.Succeeded && !options[o].IsCombination)
            {
                failed.Add(options[o].Id);
            }

            errors.AddRange(loaded.Errors.Select(e => Relocate(e, file, at)));
            if (loaded.Value is { } scenario)
            {
                warnings.AddRange(scenario.InputWarnings.Where(w => !baseWarnings.Contains((w.JsonPath, w.Message))).Select(w => Relocate(w, file, at)));
            }
        }

        return warnings;
    }

    /// <summary>A problem of an option's scenario, told at the option: its overrides are the candidate's.</summary>
    private static InputError Relocate(InputError error, InputFile file, string at)
    {
        string path = error.JsonPath.StartsWith("$.overrides", StringComparison.Ordinal) && at.StartsWith("$.candidates", StringComparison.Ordinal)
            ? at + error.JsonPath[1..]
            : at;
        return error with { File = file.DisplayName, JsonPath = path, Line = file.LineOf(path) ?? file.LineOf(at) };
    }

    /// <summary>What two candidates both set differently, or null.</summary>
    private static string? Conflict(InvestmentCandidate a, InvestmentCandidate b)
    {
        foreach (var (kind, elements) in a.Overrides)
        {
            foreach (var (element, properties) in elements?.AsObject() ?? [])
            {
                foreach (var (property, value) in properties?.AsObject() ?? [])
                {
                    if (b.Overrides[kind]?[element]?[property] is JsonNode other && !JsonNode.DeepEquals(value, other))
                    {
                        return $"\"{a.Id}\" and \"{b.Id}\" both set {kind} \"{element}\" {property}, to {value?.ToJsonString()} and {other.ToJsonString()}.";
                    }
                }
            }
        }

        return null;
    }
}
