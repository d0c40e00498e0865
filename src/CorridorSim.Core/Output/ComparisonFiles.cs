using System.Text.Json.Nodes;
using CorridorSim.Experiments;
using CorridorSim.Results;

namespace CorridorSim.Output;

/// <summary>compare.csv and compare.json: every KPI of every what-if against the base, paired over common random numbers.</summary>
public static class ComparisonFiles
{
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

    private static JsonValue? Number(double value) => JsonNumber.Rounded(value);
}
