using System.Text.Json;
using System.Text.Json.Nodes;
using CorridorSim.Experiments;
using CorridorSim.Results;
using CorridorSim.Scenarios;
using static CorridorSim.Output.JsonFields;

namespace CorridorSim.Output;

/// <summary>capacity.csv and capacity.json: a capacity analysis, one row per demand level.</summary>
public static class CapacityFiles
{
    /// <summary>The file <see cref="Read"/> looks for.</summary>
    public const string JsonFile = "capacity.json";

    /// <summary>Writes capacity.csv and capacity.json into <paramref name="folder"/>, and scenario.resolved.json of <paramref name="scenario"/> (the one whose demand was scaled) when given.</summary>
    public static void Write(string folder, CapacityResult result, Scenario? scenario = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(folder);
        AtomicFile.WriteAllText(Path.Combine(folder, "capacity.csv"), Csv(result));
        AtomicFile.WriteAllText(Path.Combine(folder, JsonFile), Json(result).ToJsonString(RunResultJson.Options) + "\n");
        if (scenario is not null)
        {
            AtomicFile.WriteAllText(Path.Combine(folder, "scenario.resolved.json"), ResolvedScenario.Of(scenario, result.Seed, result.Streams).ToJsonString(RunResultJson.Options) + "\n");
        }
    }

    /// <summary>Reads back the analysis saved in <paramref name="folder"/>'s capacity.json, its figures as written (rounded) and its streams with their routes only.</summary>
    /// <exception cref="FileNotFoundException">There is no capacity.json.</exception>
    /// <exception cref="JsonException">It is not one this program wrote.</exception>
    public static CapacityResult Read(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var json = JsonFields.Read(Path.Combine(folder, JsonFile));
        double level = json["confidenceLevel"] is null ? 0.95 : Number(json, "confidenceLevel");
        KpiEstimate Estimate(JsonObject point, string measure, string unit)
        {
            var e = Object(point[measure], $"\"{measure}\"");
            return new KpiEstimate("total", measure, unit, WholeNumber(e, "n"), Number(e, "mean"), Number(e, "halfWidth"), double.NaN);
        }

        var points = Array(json, "points").Select(n => Object(n, "a point")).Select(p => new CapacityPoint(
            Number(p, "factor"), Number(p, "offeredTeuPerYear"), Estimate(p, "deliveredTeuPerYear", "TEU/year"), Estimate(p, "transitMeanDays", "days"), Estimate(p, "transitP95Days", "days"), Texts(p, "saturated"))).ToList();
        if (points.Count == 0)
        {
            throw new JsonException($"{JsonFile} has no points.");
        }

        var names = json["componentNames"] is null ? [] : Object(json["componentNames"], "\"componentNames\"");
        return new CapacityResult(Text(json, "scenario"), WholeNumber(json, "replications"), points)
        {
            Seed = json["seed"] is null ? 0 : Seed(json["seed"]),
            ConfidenceLevel = level,
            Warnings = Texts(json, "warnings"),
            DisplayNames = names.ToDictionary(p => p.Key, p => Text(names, p.Key), StringComparer.Ordinal),
            Streams = [.. Array(json, "streams").Select(n => Stream(Object(n, "a stream")))],
        };
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
            ["seed"] = result.Seed,
            ["confidenceLevel"] = result.ConfidenceLevel,
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
            ["componentNames"] = new JsonObject(result.DisplayNames.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value)))),
            ["streams"] = new JsonArray([.. result.Streams.Select(s => (JsonNode?)Stream(s))]),
        };
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    /// <summary>A stream's routes: what a report and the resolved scenario need.</summary>
    private static JsonObject Stream(StreamResult s)
    {
        var o = new JsonObject
        {
            ["id"] = s.Id,
            ["name"] = s.Name,
            ["origin"] = s.Origin,
            ["destination"] = s.Destination,
            ["corridor"] = s.Corridor,
            ["route"] = Strings(s.Route),
            ["routeLinks"] = Strings(s.RouteLinks),
        };
        if (s.Routes is { } routes)
        {
            o["routes"] = new JsonArray([.. routes.Select(r => (JsonNode?)new JsonObject { ["name"] = r.Name, ["corridor"] = r.Corridor, ["nodes"] = Strings(r.Nodes), ["links"] = Strings(r.Links) })]);
        }

        return o;
    }

    private static StreamResult Stream(JsonObject s) => new()
    {
        Id = Text(s, "id"),
        Name = Text(s, "name"),
        Origin = Text(s, "origin"),
        Destination = Text(s, "destination"),
        Corridor = Text(s, "corridor"),
        Route = Texts(s, "route"),
        RouteLinks = Texts(s, "routeLinks"),
        Routes = s["routes"] is null ? null : [.. Array(s, "routes").Select(n => Object(n, "a route")).Select((r, i) => new RouteResult
        {
            Number = i + 1,
            Name = Text(r, "name"),
            Corridor = Text(r, "corridor"),
            Nodes = Texts(r, "nodes"),
            Links = Texts(r, "links"),
            Transit = TransitSummary.None,
        })],
        Transit = TransitSummary.None,
        TimeBreakdownDays = TimeBreakdown.FromDays(_ => 0.0),
        DeliveredTeuByMonth = [],
        WeeklyTeu = [],
        TransitDaysByDepartureMonth = [],
        ContainersByTransitDay = [],
    };
}
