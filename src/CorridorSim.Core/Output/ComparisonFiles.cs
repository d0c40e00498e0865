using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CorridorSim.Experiments;
using CorridorSim.Results;
using static CorridorSim.Output.JsonFields;

namespace CorridorSim.Output;

/// <summary>compare.csv and compare.json: every KPI of every what-if against the base, paired over common random numbers.</summary>
public static class ComparisonFiles
{
    /// <summary>The file <see cref="Read"/> looks for.</summary>
    public const string JsonFile = "compare.json";

    /// <summary>Writes compare.csv and compare.json into <paramref name="folder"/>, naming in it the sub-folders (<paramref name="folders"/>, base first) that hold each scenario's results.</summary>
    public static void Write(string folder, ComparisonResult comparison, IReadOnlyList<string>? folders = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        Directory.CreateDirectory(folder);
        AtomicFile.WriteAllText(Path.Combine(folder, "compare.csv"), Csv(comparison));
        AtomicFile.WriteAllText(Path.Combine(folder, JsonFile), Json(comparison, folders).ToJsonString(RunResultJson.Options) + "\n");
    }

    /// <summary>
    /// Reads back the comparison saved in <paramref name="folder"/>: the differences from its
    /// compare.json as written (relative differences, significance and the median variance
    /// reduction included), each scenario's replications from its sub-folder.
    /// </summary>
    /// <exception cref="FileNotFoundException">compare.json or a scenario's results are missing; the message names the file.</exception>
    /// <exception cref="JsonException">A file is not one this program wrote.</exception>
    public static ComparisonResult Read(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var json = JsonFields.Read(Path.Combine(folder, JsonFile));
        double level = Number(json, "confidenceLevel");
        string[] names = [Text(json, "base"), .. Texts(json, "whatIfs")];
        var folders = ScenarioFolders(folder, json);
        if (folders.Count != names.Length)
        {
            throw new FileNotFoundException($"{JsonFile} names {names.Length} scenarios but the folder holds the results of {folders.Count}", Path.Combine(folder, JsonFile));
        }

        var experiments = names.Select((name, i) => Experiment(Path.Combine(folder, folders[i]), folders[i], name, level)).ToList();
        var differences = Array(json, "differences").Select(n => Difference(Object(n, "a difference"))).ToList();
        return new ComparisonResult(experiments, differences, level)
        {
            Warnings = Texts(json, "warnings"),
            MedianHeadlineVarianceReduction = Number(json, "medianHeadlineVarianceReduction"),
        };
    }

    /// <summary>
    /// <c>scenario,component,measure,unit,n,baseMean,whatIfMean,difference,halfWidth,relativeDifference,significant,unpairedHalfWidth,varianceReduction,onlyIn</c>:
    /// one row per what-if and KPI.
    /// </summary>
    public static string Csv(ComparisonResult comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        string[] header = ["scenario", "component", "measure", "unit", "n", "baseMean", "whatIfMean", "difference", "halfWidth", "relativeDifference", "significant", "unpairedHalfWidth", "varianceReduction", "onlyIn"];
        return CsvText.Write(header, csv =>
        {
            foreach (var d in comparison.Differences)
            {
                using var row = csv.NewRow();
                row[0].Set(d.Scenario);
                row[1].Set(d.Component);
                row[2].Set(d.Measure);
                row[3].Set(d.Unit);
                row[4].Format(d.Count);
                CsvText.Number(row[5], d.BaseMean);
                CsvText.Number(row[6], d.WhatIfMean);
                CsvText.Number(row[7], d.Difference);
                CsvText.Number(row[8], d.HalfWidth);
                CsvText.Number(row[9], d.RelativeDifference);
                row[10].Set(d.Significant ? "yes" : "no");
                CsvText.Number(row[11], d.UnpairedHalfWidth);
                if (double.IsPositiveInfinity(d.VarianceReduction))
                {
                    row[12].Set("inf");
                }
                else
                {
                    CsvText.Number(row[12], d.VarianceReduction);
                }

                row[13].Set(d.OnlyIn);
            }
        });
    }

    /// <summary>The comparison as JSON: the scenarios (and the sub-folders of their results, <paramref name="folders"/>, when given), replications, seeds and every difference.</summary>
    public static JsonObject Json(ComparisonResult comparison, IReadOnlyList<string>? folders = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var differences = new JsonArray();
        foreach (var d in comparison.Differences)
        {
            differences.Add(new JsonObject
            {
                ["scenario"] = d.Scenario,
                ["component"] = d.Component,
                ["measure"] = d.Measure,
                ["unit"] = d.Unit,
                ["n"] = d.Count,
                ["baseMean"] = Rounded(d.BaseMean),
                ["whatIfMean"] = Rounded(d.WhatIfMean),
                ["difference"] = Rounded(d.Difference),
                ["halfWidth"] = Rounded(d.HalfWidth),
                ["relativeDifference"] = Rounded(d.RelativeDifference),
                ["significant"] = d.Significant,
                ["unpairedHalfWidth"] = Rounded(d.UnpairedHalfWidth),
                ["varianceReduction"] = double.IsPositiveInfinity(d.VarianceReduction) ? "infinite" : Rounded(d.VarianceReduction),
                ["onlyIn"] = d.OnlyIn,
            });
        }

        var json = new JsonObject
        {
            ["base"] = comparison.Base.Scenario,
            ["whatIfs"] = new JsonArray([.. comparison.Experiments.Skip(1).Select(e => (JsonNode?)JsonValue.Create(e.Scenario))]),
            ["folders"] = folders is null ? null : new JsonArray([.. folders.Select(f => (JsonNode?)JsonValue.Create(f))]),
            ["replications"] = comparison.Replications,
            ["seeds"] = new JsonArray([.. comparison.Base.Runs.Select(r => (JsonNode?)JsonValue.Create(r.Info.Seed))]),
            ["confidenceLevel"] = comparison.ConfidenceLevel,
            ["medianHeadlineVarianceReduction"] = Rounded(comparison.MedianHeadlineVarianceReduction),
            ["warnings"] = new JsonArray([.. comparison.Warnings.Select(w => (JsonNode?)JsonValue.Create(w))]),
            ["differences"] = differences,
        };
        if (folders is null)
        {
            json.Remove("folders");
        }

        return json;
    }

    private static JsonValue? Rounded(double value) => JsonNumber.Rounded(value);

    /// <summary>The sub-folders of the comparison saved in <paramref name="folder"/> that hold each scenario's results, base first, as its compare.json names them.</summary>
    /// <exception cref="FileNotFoundException">There is no compare.json.</exception>
    /// <exception cref="JsonException">It is not one this program wrote.</exception>
    public static IReadOnlyList<string> ScenarioFolders(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return ScenarioFolders(folder, JsonFields.Read(Path.Combine(folder, JsonFile)));
    }

    private static IReadOnlyList<string> ScenarioFolders(string folder, JsonObject json) => json["folders"] is null ? Numbered(folder) : Texts(json, "folders");

    /// <summary>The numbered sub-folders (<c>1-base</c>, <c>2-what-if</c>, …) of a compare.json that does not name them, in order.</summary>
    private static List<string> Numbered(string folder) =>
        [.. Directory.EnumerateDirectories(folder)
            .Select(Path.GetFileName)
            .Select(name => (Name: name!, Dash: name!.IndexOf('-', StringComparison.Ordinal)))
            .Where(f => f.Dash > 0 && int.TryParse(f.Name.AsSpan(0, f.Dash), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .OrderBy(f => int.Parse(f.Name.AsSpan(0, f.Dash), NumberStyles.None, CultureInfo.InvariantCulture))
            .Select(f => f.Name)];

    /// <summary>The replications of scenario <paramref name="name"/> saved in <paramref name="path"/> (<paramref name="folder"/> in the comparison's).</summary>
    private static ExperimentResult Experiment(string path, string folder, string name, double level)
    {
        string summary = Path.Combine(path, "summary.json");
        if (!File.Exists(summary))
        {
            throw new FileNotFoundException($"no {folder}/summary.json: the results of \"{name}\" are missing", summary);
        }

        var runs = RunFolder.ReadRuns(path);
        if (runs.Count == 0)
        {
            throw new FileNotFoundException($"no {folder}/{RunFolder.RunsFolder}/{RunFolder.RunFileName(1)}: the replications of \"{name}\" are missing", Path.Combine(path, RunFolder.RunsFolder, RunFolder.RunFileName(1)));
        }

        return new ExperimentResult(name, runs[0].Info.Seed, level, runs, ExperimentResult.Estimate(runs, level))
        {
            Warnings = Texts(JsonFields.Read(summary), "warnings"),
        };
    }

    private static KpiDifference Difference(JsonObject d) =>
        new(Text(d, "scenario"), Text(d, "component"), Text(d, "measure"), Text(d, "unit"), WholeNumber(d, "n"), Number(d, "baseMean"), Number(d, "whatIfMean"), Number(d, "difference"), Number(d, "halfWidth"), Number(d, "unpairedHalfWidth"))
        {
            RelativeDifference = Number(d, "relativeDifference"),
            Significant = Flag(d, "significant"),
            VarianceReduction = d["varianceReduction"] is JsonValue v && v.TryGetValue(out string? text)
                ? text == "infinite" ? double.PositiveInfinity : throw new JsonException("\"varianceReduction\" is neither a number nor \"infinite\".")
                : Number(d, "varianceReduction"),
        };
}
