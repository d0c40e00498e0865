using System.Text.Json.Nodes;
using CorridorSim.Experiments;
using CorridorSim.Results;

namespace CorridorSim.Output;

/// <summary>capacity.csv and capacity.json: a capacity analysis, one row per demand level.</summary>
public static class CapacityFiles
{
    /// <summary>Writes capacity.csv and capacity.json into <paramref name="folder"/>.</summary>
    public static void Write(string folder, CapacityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(folder);
        AtomicFile.WriteAllText(Path.Combine(folder, "capacity.csv"), Csv(result));
        AtomicFile.WriteAllText(Path.Combine(folder, "capacity.json"), Json(result).ToJsonString(RunResultJson.Options) + "\n");
    }

    /// <summary>
    /// <c>factor,offeredTeuPerYear,n,deliveredTeuPerYear,deliveredHalfWidth,transitMeanDays,transitMeanHalfWidth,transitP95Days,transitP95HalfWidth,saturated</c>,
    /// the saturated components separated by spaces.
    /// </summary>
    public static string Csv(CapacityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string[] header = ["factor", "offeredTeuPerYear", "n", "deliveredTeuPerYear", "deliveredHalfWidth", "transitMeanDays", "transitMeanHalfWidth", "transitP95Days", "transitP95HalfWidth", "saturated"];
        return CsvText.Write(header, csv =>
        {
            foreach (var p in result.Points)
            {
                using var row = csv.NewRow();
                CsvText.Number(row[0], p.Factor);
                CsvText.Number(row[1], p.OfferedTeuPerYear);
                row[2].Format(p.Delivered.Count);
                CsvText.Number(row[3], p.Delivered.Mean);
                CsvText.Number(row[4], p.Delivered.HalfWidth);
                CsvText.Number(row[5], p.TransitMeanDays.Mean);
                CsvText.Number(row[6], p.TransitMeanDays.HalfWidth);
                CsvText.Number(row[7], p.TransitP95Days.Mean);
                CsvText.Number(row[8], p.TransitP95Days.HalfWidth);
                row[9].Set(string.Join(' ', p.Saturated));
            }
        });
    }

    /// <summary>The analysis as JSON: the points, the first bottleneck and the most delivered.</summary>
    public static JsonObject Json(CapacityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        static JsonObject Estimate(KpiEstimate e) => new() { ["mean"] = JsonNumber.Rounded(e.Mean), ["halfWidth"] = JsonNumber.Rounded(e.HalfWidth), ["n"] = e.Count };
        return new JsonObject
        {
            ["scenario"] = result.Scenario,
            ["replications"] = result.Replications,
            ["mostDeliveredTeuPerYear"] = JsonNumber.Rounded(result.MostDeliveredTeuPerYear),
            ["firstSaturatedFactor"] = result.FirstSaturated is { } first ? JsonNumber.Rounded(first.Factor) : null,
            ["firstBottleneck"] = new JsonArray([.. result.FirstBottleneck.Select(c => (JsonNode?)JsonValue.Create(c))]),
            ["warnings"] = new JsonArray([.. result.Warnings.Select(w => (JsonNode?)JsonValue.Create(w))]),
            ["points"] = new JsonArray([.. result.Points.Select(p => (JsonNode?)new JsonObject
            {
                ["factor"] = JsonNumber.Rounded(p.Factor),
                ["offeredTeuPerYear"] = JsonNumber.Rounded(p.OfferedTeuPerYear),
                ["deliveredTeuPerYear"] = Estimate(p.Delivered),
                ["transitMeanDays"] = Estimate(p.TransitMeanDays),
                ["transitP95Days"] = Estimate(p.TransitP95Days),
                ["saturated"] = new JsonArray([.. p.Saturated.Select(c => (JsonNode?)JsonValue.Create(c))]),
            })]),
        };
    }
}
