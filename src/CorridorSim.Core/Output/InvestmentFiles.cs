using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CorridorSim.Investments;
using CorridorSim.Results;
using static CorridorSim.Output.JsonFields;

namespace CorridorSim.Output;

/// <summary>
/// invest.csv (the rankings, one row per criterion and option), invest-runs.csv (every paired
/// replication's two KPIs) and invest.json (both, with the options and their overrides): an
/// investment ranking as data. The replications are written in full precision, so that the
/// rankings read back are the ones computed.
/// </summary>
public static class InvestmentFiles
{
    /// <summary>The file <see cref="Read"/> looks for.</summary>
    public const string JsonFile = "invest.json";

    /// <summary>The option column's value for the base's replications in invest-runs.csv.</summary>
    public const string BaseOption = "base";

    /// <summary>Writes invest.csv, invest-runs.csv, invest.json and the base's scenario.resolved.json into <paramref name="folder"/>.</summary>
    public static void Write(string folder, InvestmentResult result, InvestmentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(spec);
        Directory.CreateDirectory(folder);
        AtomicFile.WriteAllText(Path.Combine(folder, "invest.csv"), Csv(result));
        AtomicFile.WriteAllText(Path.Combine(folder, "invest-runs.csv"), RunsCsv(result));
        AtomicFile.WriteAllText(Path.Combine(folder, JsonFile), Json(result, spec).ToJsonString(RunResultJson.Options) + "\n");
        AtomicFile.WriteAllText(Path.Combine(folder, "scenario.resolved.json"), ResolvedScenario.Of(spec.Base, result.Seed, []).ToJsonString(RunResultJson.Options) + "\n");
    }

    /// <summary>Reads back the ranking saved in <paramref name="folder"/>'s invest.json, its rankings recomputed from the replications.</summary>
    /// <exception cref="FileNotFoundException">There is no invest.json.</exception>
    /// <exception cref="JsonException">It is not one this program wrote.</exception>
    public static InvestmentResult Read(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var json = JsonFields.Read(Path.Combine(folder, JsonFile));
        var options = Array(json, "options").Select(n => Object(n, "an option")).Select(o =>
            new InvestmentOption(Text(o, "id"), Text(o, "name"), Texts(o, "members"), Number(o, "costMillionUsd")) { Sources = Texts(o, "sources") }).ToList();
        var samples = Array(json, "runs").Select(n => Object(n, "a run")).Select(s =>
            new InvestmentSample(OptionalText(s, "option"), WholeNumber(s, "replication"), Seed(s["seed"]), Measured(s, "transitDays"), Measured(s, "throughputTeuPerYear"))).ToList();
        double level = Number(json, "confidenceLevel");
        var zones = json["indifference"] is JsonObject given
            ? given.ToDictionary(p => InvestmentCriteria.Parse(p.Key) ?? throw new JsonException($"\"{p.Key}\" is not a criterion."), p => Number(given, p.Key))
            : [];
        return new InvestmentResult(Text(json, "name"), Text(json, "base"), Seed(json["seed"]), options, samples, InvestmentRankings.Of(options, samples, level, zones))
        {
            FirstStageReplications = json["firstStageReplications"] is null ? samples.Count(s => s.Option is null) : WholeNumber(json, "firstStageReplications"),
            Indifference = zones,
            Description = OptionalText(json, "description"),
            TransitKpi = Text(json, "transitKpi"),
            ThroughputKpi = Text(json, "throughputKpi"),
            Warnings = Texts(json, "warnings"),
            Saturated = Object(json["saturated"], "\"saturated\"").ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. Array(Object(json["saturated"], "\"saturated\""), p.Key).Select(n => n!.GetValue<string>())], StringComparer.Ordinal),
        };
    }

    /// <summary><c>criterion,unit,rank,option,name,costMillionUsd,mean,lower,upper,bestLower,bestUpper,verdict</c>: verdict best, contender or out.</summary>
    public static string Csv(InvestmentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string[] header = ["criterion", "unit", "rank", "option", "name", "costMillionUsd", "mean", "lower", "upper", "bestLower", "bestUpper", "verdict"];
        return CsvText.Write(header, csv =>
        {
            foreach (var ranking in result.Rankings)
            {
                foreach (var r in ranking.Ranks)
                {
                    var option = result.Option(r.Option);
                    using var row = csv.NewRow();
                    row[0].Set(InvestmentCriteria.Name(ranking.Criterion));
                    row[1].Set(InvestmentCriteria.Unit(ranking.Criterion));
                    row[2].Format(r.Rank);
                    row[3].Set(r.Option);
                    row[4].Set(option.Name);
                    CsvText.Number(row[5], option.CostMillionUsd);
                    CsvText.Number(row[6], r.Mean);
                    CsvText.Number(row[7], r.Lower);
                    CsvText.Number(row[8], r.Upper);
                    CsvText.Number(row[9], r.BestLower);
                    CsvText.Number(row[10], r.BestUpper);
                    row[11].Set(Verdict(r));
                }
            }
        });
    }

    /// <summary><c>option,replication,seed,transitDays,throughputTeuPerYear</c>, the base's rows first with option <see cref="BaseOption"/>.</summary>
    public static string RunsCsv(InvestmentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return CsvText.Write(["option", "replication", "seed", "transitDays", "throughputTeuPerYear"], csv =>
        {
            foreach (var s in result.Samples)
            {
                using var row = csv.NewRow();
                row[0].Set(s.Option ?? BaseOption);
                row[1].Format(s.Replication);
                row[2].Set(s.Seed.ToString(CultureInfo.InvariantCulture));
                row[3].Set(Full(s.TransitDays));
                row[4].Set(Full(s.ThroughputTeuPerYear));
            }
        });
    }

    /// <summary>best, contender or out: what the MCB interval lets one say of the option.</summary>
    public static string Verdict(InvestmentRank rank)
    {
        ArgumentNullException.ThrowIfNull(rank);
        return rank.Best ? "best" : rank.Contender ? "contender" : "out";
    }

    /// <summary>The ranking as JSON: the set, its options with their overrides, the rankings and every run (replication) of the base and of each option.</summary>
    public static JsonObject Json(InvestmentResult result, InvestmentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(spec);
        var candidates = spec.Candidates.ToDictionary(c => c.Id, StringComparer.Ordinal);
        return new JsonObject
        {
            ["name"] = result.Name,
            ["description"] = result.Description,
            ["base"] = result.BaseScenario,
            ["seed"] = result.Seed,
            ["replications"] = result.Replications,
            ["firstStageReplications"] = result.FirstStageReplications,
            ["indifference"] = new JsonObject(result.Indifference.OrderBy(z => z.Key).Select(z => KeyValuePair.Create(InvestmentCriteria.Name(z.Key), (JsonNode?)JsonValue.Create(z.Value)))),
            ["confidenceLevel"] = result.ConfidenceLevel,
            ["transitKpi"] = result.TransitKpi,
            ["throughputKpi"] = result.ThroughputKpi,
            ["selection"] = result.Indifference.Count == 0
                ? "Hsu's multiple comparisons with the best, Bonferroni over each option's comparisons, on replications paired by seed (common random numbers)"
                : "Hsu's multiple comparisons with the best, Bonferroni over each option's comparisons, on replications paired by seed (common random numbers); for the criteria with an indifference zone, Nelson and Matejcik's two-stage selection (Bonferroni), the option of the largest mean selected",
            ["warnings"] = new JsonArray([.. result.Warnings.Select(w => (JsonNode?)JsonValue.Create(w))]),
            ["saturated"] = new JsonObject(result.Saturated.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)new JsonArray([.. p.Value.Select(c => (JsonNode?)JsonValue.Create(c))])))),
            ["options"] = new JsonArray([.. result.Options.Select(o => (JsonNode?)new JsonObject
            {
                ["id"] = o.Id,
                ["name"] = o.Name,
                ["members"] = new JsonArray([.. o.Members.Select(m => (JsonNode?)JsonValue.Create(m))]),
                ["costMillionUsd"] = o.CostMillionUsd,
                ["overrides"] = new JsonArray([.. o.Members.Select(m => (JsonNode?)candidates[m].Overrides.DeepClone())]),
                ["sources"] = new JsonArray([.. o.Sources.Select(s => (JsonNode?)JsonValue.Create(s))]),
            })]),
            ["rankings"] = new JsonArray([.. result.Rankings.Select(r => (JsonNode?)new JsonObject
            {
                ["criterion"] = InvestmentCriteria.Name(r.Criterion),
                ["unit"] = InvestmentCriteria.Unit(r.Criterion),
                ["best"] = r.Best,
                ["contenders"] = new JsonArray([.. r.Contenders.Select(c => (JsonNode?)JsonValue.Create(c))]),
                ["ranks"] = new JsonArray([.. r.Ranks.Select(x => (JsonNode?)new JsonObject
                {
                    ["option"] = x.Option,
                    ["rank"] = x.Rank,
                    ["mean"] = JsonNumber.Rounded(x.Mean),
                    ["lower"] = JsonNumber.Rounded(x.Lower),
                    ["upper"] = JsonNumber.Rounded(x.Upper),
                    ["bestLower"] = JsonNumber.Rounded(x.BestLower),
                    ["bestUpper"] = JsonNumber.Rounded(x.BestUpper),
                    ["verdict"] = Verdict(x),
                })]),
            })]),
            ["runs"] = new JsonArray([.. result.Samples.Select(s => (JsonNode?)new JsonObject
            {
                ["option"] = s.Option,
                ["replication"] = s.Replication,
                ["seed"] = s.Seed,
                ["transitDays"] = double.IsFinite(s.TransitDays) ? s.TransitDays : null,
                ["throughputTeuPerYear"] = double.IsFinite(s.ThroughputTeuPerYear) ? s.ThroughputTeuPerYear : null,
            })]),
        };
    }

    private static double Measured(JsonObject o, string key) => o[key] is null ? double.NaN : Number(o, key);

    private static string Full(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
}
