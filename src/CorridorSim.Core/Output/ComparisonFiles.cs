using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CorridorSim.Experiments;
using CorridorSim.Results;

namespace CorridorSim.Output;

/// <summary>compare.csv and compare.json: every KPI of every what-if against the base, paired over common random numbers.</summary>
public static class ComparisonFiles
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Writes compare.csv and compare.json into <paramref name="folder"/>.</summary>
    public static void Write(string folder, ComparisonResult comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        Directory.CreateDirectory(folder);
        AtomicFile.WriteAllText(Path.Combine(folder, "compare.csv"), Csv(comparison));
        AtomicFile.WriteAllText(Path.Combine(folder, "compare.json"), Json(comparison).ToJsonString(RunResultJson.Options) + "\n");
    }

    /// <summary>
    /// <c>scenario,component,measure,unit,n,baseMean,whatIfMean,difference,halfWidth,relativeDifference,significant,unpairedHalfWidth,varianceReduction,onlyIn</c>:
    /// one row per what-if and KPI.
    /// </summary>
    public static string Csv(ComparisonResult comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var csv = new StringBuilder("scenario,component,measure,unit,n,baseMean,whatIfMean,difference,halfWidth,relativeDifference,significant,unpairedHalfWidth,varianceReduction,onlyIn\n");
        foreach (var d in comparison.Differences)
        {
            csv.Append(Inv, $"{CsvField.Escape(d.Scenario)},{CsvField.Escape(d.Component)},{CsvField.Escape(d.Measure)},{CsvField.Escape(d.Unit)},{d.Count},{ResultCsv.Number(d.BaseMean)},{ResultCsv.Number(d.WhatIfMean)},{ResultCsv.Number(d.Difference)},{ResultCsv.Number(d.HalfWidth)},{ResultCsv.Number(d.RelativeDifference)},{(d.Significant ? "yes" : "no")},{ResultCsv.Number(d.UnpairedHalfWidth)},{Ratio(d.VarianceReduction)},{CsvField.Escape(d.OnlyIn)}\n");
        }

        return csv.ToString();
    }

    /// <summary>The comparison as JSON: the scenarios, replications, seeds and every difference.</summary>
    public static JsonObject Json(ComparisonResult comparison)
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
                ["baseMean"] = Number(d.BaseMean),
                ["whatIfMean"] = Number(d.WhatIfMean),
                ["difference"] = Number(d.Difference),
                ["halfWidth"] = Number(d.HalfWidth),
                ["relativeDifference"] = Number(d.RelativeDifference),
                ["significant"] = d.Significant,
                ["unpairedHalfWidth"] = Number(d.UnpairedHalfWidth),
                ["varianceReduction"] = double.IsPositiveInfinity(d.VarianceReduction) ? "infinite" : Number(d.VarianceReduction),
                ["onlyIn"] = d.OnlyIn,
            });
        }

        return new JsonObject
        {
            ["base"] = comparison.Base.Scenario,
            ["whatIfs"] = new JsonArray([.. comparison.Experiments.Skip(1).Select(e => (JsonNode?)JsonValue.Create(e.Scenario))]),
            ["replications"] = comparison.Replications,
            ["seeds"] = new JsonArray([.. comparison.Base.Runs.Select(r => (JsonNode?)JsonValue.Create(r.Info.Seed))]),
            ["confidenceLevel"] = comparison.ConfidenceLevel,
            ["medianHeadlineVarianceReduction"] = Number(comparison.MedianHeadlineVarianceReduction),
            ["warnings"] = new JsonArray([.. comparison.Warnings.Select(w => (JsonNode?)JsonValue.Create(w))]),
            ["differences"] = differences,
        };
    }

    private static string Ratio(double ratio) => double.IsPositiveInfinity(ratio) ? "inf" : ResultCsv.Number(ratio);

    private static JsonValue? Number(double value) => JsonNumber.Rounded(value);
}
