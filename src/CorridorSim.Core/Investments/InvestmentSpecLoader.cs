using System.Text.Json;
using System.Text.Json.Nodes;
using CorridorSim.Input;

namespace CorridorSim.Investments;

/// <summary>
/// Reads an investment set (schema: docs/schema/invest.schema.json): every mistake — in the file,
/// in its base scenario, in a candidate's overrides, in a combination — reported at once, each
/// with its file, JSON path, line and a fix, as the scenario loader does.
/// </summary>
public static class InvestmentSpecLoader
{
    private static readonly string[] OverrideKinds = ["nodes", "links", "seaAreas", "rollingStock"];

    private static readonly string[] Transits = ["transitMeanDays", "transitP50Days", "transitP95Days"];

    private static readonly string[] Components = ["total", "stream:", "destination:", "corridor:"];

    /// <summary>Loads the set at <paramref name="path"/>; its <c>base</c> is relative to the file's folder, the built-in baseline when absent.</summary>
    public static LoadResult<InvestmentSpec> LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var errors = new List<InputError>();
        var file = InputFile.Read(path, path, errors);
        if (file.Document is null || JsonObjectReader.ForObject(file.Document.RootElement, "$", file) is not JsonObjectReader root)
        {
            return new LoadResult<InvestmentSpec>(null, errors);
        }

        string? name = root.String("name", required: true);
        string? description = root.String("description");
        string? basePath = root.String("base");
        double? years = root.Number("years", min: 0, max: 1000, exclusiveMin: true, unit: "years");
        int? replications = root.Integer("replications", min: 2);
        double confidence = root.Number("confidence", min: 0.5, max: 0.999) ?? 0.95;
        string transit = Kpi(root, "transitKpi", InvestmentSpec.DefaultTransitKpi, Transits);
        string throughput = Kpi(root, "throughputKpi", InvestmentSpec.DefaultThroughputKpi, ["deliveredTeuPerYear"]);
        var indifference = Indifference(root);
        int? maxReplications = root.Integer("maxReplications", min: 2);
        var named = new HashSet<string>(StringComparer.Ordinal);
        var candidates = Candidates(root, file, named);
        var combinations = InvestmentOptionCheck.Combinations(root, candidates, named);
        root.ReportUnknownProperties();

        var scenario = SpecBase.Load(path, basePath, years, file, errors);
        if (scenario is null || name is null || candidates is null || combinations is null)
        {
            return new LoadResult<InvestmentSpec>(null, errors);
        }

        // The candidates and combinations that read without a mistake are checked against the
        // network even when others have mistakes, so that every problem is reported at once.

        var spec = new InvestmentSpec(name, scenario, [.. candidates.Select(c => c.Candidate)], [.. combinations.Select(c => c.Ids)], replications ?? 10)
        {
            Description = description,
            ConfidenceLevel = confidence,
            TransitKpi = transit,
            ThroughputKpi = throughput,
            Indifference = indifference,
            MaxReplications = maxReplications ?? 100,
        };
        if (spec.MaxReplications < spec.Replications)
        {
            file.Error("$.maxReplications", $"{spec.MaxReplications} is fewer than the {spec.Replications} replications of the first stage.", "give at least as many as \"replications\", or leave it out (100).");
        }

        CheckStreams(spec, file);
        var warnings = InvestmentOptionCheck.Scenarios(spec, file, candidates.ConvertAll(c => c.At), combinations.ConvertAll(c => c.At), errors);
        // In file order: the set's own problems top down, then those of the files it names.
        return errors.Count > 0
            ? new LoadResult<InvestmentSpec>(null, [.. errors.OrderBy(e => e.File == file.DisplayName ? 0 : 1).ThenBy(e => e.Line ?? 0)])
            : new LoadResult<InvestmentSpec>(spec, errors) { Warnings = warnings };
    }

    /// <summary>The indifference zone of each criterion named: <c>{ "throughputGainTeuPerYear": 500 }</c>.</summary>
    private static Dictionary<InvestmentCriterion, double> Indifference(JsonObjectReader root)
    {
        var zones = new Dictionary<InvestmentCriterion, double>();
        if (root.Object("indifference") is not JsonObjectReader given)
        {
            return zones;
        }

        var names = InvestmentCriteria.All.Select(InvestmentCriteria.Name).ToList();
        foreach (var property in given.Properties())
        {
            if (InvestmentCriteria.Parse(property.Name) is not InvestmentCriterion criterion)
            {
                given.File.Error(given.PathOf(property.Name), $"\"{property.Name}\" is not a criterion.", DidYouMean.Hint(property.Name, names, "criteria"));
                continue;
            }

            if (given.Number(property.Name, min: 0, exclusiveMin: true, unit: InvestmentCriteria.Unit(criterion)) is double delta)
            {
                zones[criterion] = delta;
            }
        }

        return zones;
    }

    private static string Kpi(JsonObjectReader root, string property, string fallback, string[] measures)
    {
        string? kpi = root.String(property);
        if (kpi is null)
        {
            return fallback;
        }

        int slash = kpi.LastIndexOf('/');
        string component = slash < 0 ? kpi : kpi[..slash];
        string measure = slash < 0 ? string.Empty : kpi[(slash + 1)..];
        if (!measures.Contains(measure, StringComparer.Ordinal) || !Components.Any(c => c.EndsWith(':') ? component.StartsWith(c, StringComparison.Ordinal) && component.Length > c.Length : component == c))
        {
            root.File.Error(root.PathOf(property), $"\"{kpi}\" is not a KPI this ranking can use.", $"write component/measure with component total, stream:<id>, destination:<node id> or corridor:<name> and measure {string.Join(" or ", measures)}, e.g. \"{fallback}\".");
            return fallback;
        }

        return kpi;
    }

    /// <summary>A KPI of a stream the base has no stream of: named with the nearest id.</summary>
    private static void CheckStreams(InvestmentSpec spec, InputFile file)
    {
        var ids = spec.Base.Streams.Select(s => s.Id).ToList();
        foreach (var (property, kpi) in new[] { ("transitKpi", spec.TransitKpi), ("throughputKpi", spec.ThroughputKpi) })
        {
            string component = kpi[..kpi.LastIndexOf('/')];
            if (component.StartsWith("stream:", StringComparison.Ordinal) && !ids.Contains(component["stream:".Length..], StringComparer.Ordinal))
            {
                file.Error($"$.{property}", $"the base scenario has no stream \"{component["stream:".Length..]}\".", DidYouMean.Hint(component["stream:".Length..], ids, "streams"));
            }
        }
    }

    private static List<(InvestmentCandidate Candidate, int At)>? Candidates(JsonObjectReader root, InputFile file, HashSet<string> named)
    {
        if (root.Array("candidates", required: true) is not JsonElement array)
        {
            return null;
        }

        if (array.GetArrayLength() == 0)
        {
            file.Error("$.candidates", "an investment set needs at least one candidate.", "add a candidate, e.g. { \"id\": \"more-feeders\", \"name\": \"More feeders\", \"costMillionUsd\": 168, \"overrides\": { \"links\": { \"<link id>\": { \"fleet\": 12 } } } }.");
            return null;
        }

        var candidates = new List<(InvestmentCandidate, int)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int i = -1;
        foreach (var element in array.EnumerateArray())
        {
            string path = $"$.candidates[{++i}]";
            if (JsonObjectReader.ForObject(element, path, file) is not JsonObjectReader c)
            {
                continue;
            }

            string? id = c.String("id", required: true);
            string? name = c.String("name", required: true);
            string? description = c.String("description");
            double? cost = c.Number("costMillionUsd", required: true, min: 0, exclusiveMin: true, unit: "million US dollars");
            var sources = c.StringList("sources") ?? [];
            var overrides = Overrides(c);
            c.ReportUnknownProperties();
            if (id is not null)
            {
                // Known even when the candidate has another mistake, so that a combination naming it is not refused too.
                named.Add(id);
            }

            if (id is not null && (id.Contains('+', StringComparison.Ordinal) || id.Length == 0 || id == Output.InvestmentFiles.BaseOption))
            {
                string why = id == Output.InvestmentFiles.BaseOption ? $"\"{id}\" names the base in the results" : "a combination's id joins its members' with '+'";
                file.Error($"{path}.id", $"\"{id}\" cannot be a candidate's id: {why}.", "use letters, digits and '-', e.g. \"more-feeders\".");
                id = null;
            }
            else if (id is not null && !seen.Add(id))
            {
                file.Error($"{path}.id", $"two candidates have the id \"{id}\".", "give each candidate an id of its own: it names the candidate in the results and in combinations.");
                id = null;
            }

            if (id is not null && name is not null && cost is double usd && overrides is not null)
            {
                candidates.Add((new InvestmentCandidate(id, name, usd, overrides) { Description = description, Sources = sources }, i));
            }
        }

        return candidates;
    }

    private static JsonObject? Overrides(JsonObjectReader candidate)
    {
        if (candidate.Object("overrides", required: true) is not JsonObjectReader overrides)
        {
            return null;
        }

        bool valid = true;
        foreach (string kind in OverrideKinds)
        {
            if (overrides.Object(kind) is JsonObjectReader elements)
            {
                foreach (var element in elements.Properties())
                {
                    valid &= JsonObjectReader.ForObject(element.Value, elements.PathOf(element.Name), overrides.File) is not null;
                }
            }
        }

        overrides.ReportUnknownProperties();
        if (!valid || !overrides.Properties().Any())
        {
            if (valid)
            {
                overrides.File.Error(overrides.Path, "the candidate changes nothing.", "give what it changes, e.g. \"overrides\": { \"nodes\": { \"<node id>\": { \"capacityTeuPerDay\": 700 } } }.");
            }

            return null;
        }

        return JsonNode.Parse(candidate.Value("overrides")!.Value.GetRawText())!.AsObject();
    }
}
