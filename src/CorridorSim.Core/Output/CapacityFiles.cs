using System.Globalization;
using System.Text;
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
        var csv = new StringBuilder("factor,offeredTeuPerYear,n,deliveredTeuPerYear,deliveredHalfWidth,transitMeanDays,transitMeanHalfWidth,transitP95Days,transitP95HalfWidth,saturated\n");
        foreach (var p in result.Points)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{ResultCsv.Number(p.Factor)},{ResultCsv.Number(p.OfferedTeuPerYear)},{p.Delivered.Count},{ResultCsv.Number(p.Delivered.Mean)},{ResultCsv.Number(p.Delivered.HalfWidth)},{ResultCsv.Number(p.TransitMeanDays.Mean)},{ResultCsv.Number(p.TransitMeanDays.HalfWidth)},{ResultCsv.Number(p.TransitP95Days.Mean)},{ResultCsv.Number(p.TransitP95Days.HalfWidth)},{CsvField.Escape(string.Join(' ', p.Saturated))}\n");
        }

        return csv.ToString();
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
