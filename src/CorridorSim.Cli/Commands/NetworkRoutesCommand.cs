using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CorridorSim.Routing;

namespace CorridorSim.Cli.Commands;

/// <summary><c>corridorsim network routes</c>: the k best routes between two nodes.</summary>
public static class NetworkRoutesCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Builds the command.</summary>
    public static Command Create(Option<string?> networkOption)
    {
        var from = new Option<string>("--from") { Description = "Origin node id, as listed by 'corridorsim network show' (any case).", Required = true, HelpName = "node" };
        var to = new Option<string>("--to") { Description = "Destination node id.", Required = true, HelpName = "node" };
        var k = Options.WholeNumber("-k", "How many routes to list, best first.", 5, 1);
        var by = Options.Choices("--by", "Rank by distance (km), expected time, or generalised cost (time × value of time + charges).", ["time", "distance", "cost"]);
        by.DefaultValueFactory = _ => ["distance"];
        by.AllowMultipleArgumentsPerToken = false;
        var json = new Option<bool>("--json") { Description = "Print the routes as JSON." };
        var command = new Command("routes", "List the k shortest simple routes between two nodes with their distance, expected time, cost and CO2 per TEU.")
        {
            from,
            to,
            k,
            by,
            json,
        };
        command.SetAction(parseResult =>
        {
            var network = NetworkInput.Load(parseResult, networkOption);
            if (network is null)
            {
                return CorridorSimCommand.UserError;
            }

            var metric = parseResult.GetValue(by)![^1] switch
            {
                "time" => RouteMetric.Time,
                "cost" => RouteMetric.Cost,
                _ => RouteMetric.Distance,
            };
            var result = new RouteFinder(network).Find(parseResult.GetValue(from)!, parseResult.GetValue(to)!, (int)Math.Min(parseResult.GetValue(k), 100), metric);
            if (!result.Succeeded)
            {
                // The finder names what was given (origin, destination); here they are the options.
                NetworkInput.ReportErrors(parseResult.InvocationConfiguration.Error, [.. result.Errors.Select(e => e.File == RouteFinder.Arguments
                    ? e with { File = "command line", JsonPath = e.JsonPath == RouteFinder.Origin ? "--from" : "--to", Fix = e.Fix?.Replace("node ids of the network", "node ids (see 'corridorsim network show')", StringComparison.Ordinal) }
                    : e)]);
                return CorridorSimCommand.UserError;
            }

            var perCorridor = new RouteFinder(network).BestPerCorridor(parseResult.GetValue(from)!, parseResult.GetValue(to)!, metric).ValueOrThrow();
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                output.WriteLine(ToJson(result.Value!, perCorridor, metric).ToJsonString(JsonOptions));
            }
            else
            {
                WriteTable(output, result.Value!, perCorridor, metric, network.Defaults.ValueOfTimeUsdPerTeuHour);
            }

            return CorridorSimCommand.Success;
        });
        return command;
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<Route> routes, IReadOnlyList<Route> perCorridor, RouteMetric metric, double valueOfTime)
    {
        var inv = CultureInfo.InvariantCulture;
        var first = routes[0];
        output.WriteLine(string.Create(inv, $"{routes.Count} shortest route{(routes.Count == 1 ? string.Empty : "s")} from {first.Nodes[0].Name} to {first.Nodes[^1].Name}, ranked by {metric.ToString().ToLowerInvariant()}"));
        WriteRows(output, routes, "#");
        output.WriteLine();
        output.WriteLine("Best route of each corridor");
        WriteRows(output, perCorridor, "c");
        output.WriteLine();
        output.WriteLine(string.Create(inv, $"days: planning estimate for one full block train alone on the corridor (moving, handling, dwell, and the waits for part-loaded vessels and timetables); the simulation gives the distribution. cost: hours × {valueOfTime:G4} USD per TEU-hour + paid charges. paid: freight and node charges. CO2: per TEU, well to wheel."));
        output.WriteLine();
        for (int i = 0; i < routes.Count; i++)
        {
            output.WriteLine(string.Create(inv, $"#{i + 1}: {string.Join(" → ", routes[i].Nodes.Select(n => n.Id))}"));
        }

        for (int i = 0; i < perCorridor.Count; i++)
        {
            output.WriteLine(string.Create(inv, $"c{i + 1}: {string.Join(" → ", perCorridor[i].Nodes.Select(n => n.Id))}"));
        }
    }

    private static void WriteRows(TextWriter output, IReadOnlyList<Route> routes, string prefix)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Format(inv, "{0,-4} {1,-9} {2,9} {3,7} {4,10} {5,10} {6,9}  {7}", "", "corridor", "km", "days", "cost $/TEU", "paid $/TEU", "kg CO2", "via"));
        for (int i = 0; i < routes.Count; i++)
        {
            var r = routes[i];
            output.WriteLine(string.Format(inv, "{0,-4} {1,-9} {2,9:N0} {3,7:F1} {4,10:N0} {5,10:N0} {6,9:N0}  {7}", prefix + (i + 1).ToString(inv), r.MainCorridor, r.DistanceKm, r.ExpectedDays, r.CostUsdPerTeu, r.MoneyUsdPerTeu, r.Co2KgPerTeu, r.Via));
        }
    }

    private static JsonObject ToJson(IReadOnlyList<Route> routes, IReadOnlyList<Route> perCorridor, RouteMetric metric) => new()
    {
        ["rankedBy"] = metric.ToString().ToLowerInvariant(),
        ["routes"] = new JsonArray([.. routes.Select(RouteJson)]),
        ["bestPerCorridor"] = new JsonArray([.. perCorridor.Select(RouteJson)]),
    };

    private static JsonNode RouteJson(Route r) => new JsonObject
    {
        ["corridor"] = r.MainCorridor,
        ["distanceKm"] = r.DistanceKm,
        ["expectedHours"] = r.ExpectedHours,
        ["expectedDays"] = r.ExpectedDays,
        ["costUsdPerTeu"] = r.CostUsdPerTeu,
        ["moneyUsdPerTeu"] = r.MoneyUsdPerTeu,
        ["co2KgPerTeu"] = r.Co2KgPerTeu,
        ["via"] = r.Via,
        ["nodes"] = new JsonArray([.. r.Nodes.Select(n => (JsonNode?)JsonValue.Create(n.Id))]),
        ["links"] = new JsonArray([.. r.Links.Select(l => (JsonNode?)JsonValue.Create(l.Id))]),
    };
}
