using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Corridor;
using CorridorSim.Model.Links;
using CorridorSim.Model.Nodes;
using CorridorSim.Output;

namespace CorridorSim.Results;

/// <summary>
/// Writes a finished corridor run's output files (the contract in docs/outputs.md):
/// <c>summary.json</c>, <c>kpis.csv</c>, <c>timeseries.csv</c> and <c>scenario.resolved.json</c>,
/// each atomically. Nothing depends on the wall clock, so the same seed gives the same bytes.
/// </summary>
public static class RunSummaryWriter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Writes every output file of <paramref name="model"/> (after its run) into <paramref name="folder"/>.</summary>
    public static void WriteAll(CorridorModel model, string folder)
    {
        ArgumentNullException.ThrowIfNull(model);
        AtomicFile.WriteAllText(Path.Combine(folder, "summary.json"), Summary(model).ToJsonString(Json) + "\n");
        AtomicFile.WriteAllText(Path.Combine(folder, "kpis.csv"), Kpis(model));
        AtomicFile.WriteAllText(Path.Combine(folder, "timeseries.csv"), TimeSeries(model));
        AtomicFile.WriteAllText(Path.Combine(folder, "scenario.resolved.json"), Resolved(model).ToJsonString(Json) + "\n");
    }

    /// <summary>The run's headline figures, overall and per stream.</summary>
    public static JsonObject Summary(CorridorModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var scenario = model.Scenario;
        var streams = new JsonArray();
        long deliveredTeu = 0;

        // Every stream gets the same months, the partial last one included, even if it delivered nothing then.
        int months = scenario.Streams.Select((s, i) => model.Destinations[s.Destination].Stream(i).MonthlyTeu.Count).DefaultIfEmpty(0).Max();
        for (int s = 0; s < scenario.Streams.Count; s++)
        {
            var stream = scenario.Streams[s];
            var record = model.Destinations[stream.Destination].Stream(s);
            var route = model.Routes[s];
            deliveredTeu += record.Teu;
            var breakdown = new JsonObject();
            foreach (var category in Enum.GetValues<TimeCategory>())
            {
                breakdown[Camel(category.ToString())] = Round(record.MeanHoursIn(category) / 24.0);
            }

            double hours = record.TransitHours.Mean;
            double moving = record.MeanHoursIn(TimeCategory.Moving);
            streams.Add(new JsonObject
            {
                ["id"] = stream.Id,
                ["origin"] = stream.Origin,
                ["destination"] = stream.Destination,
                ["demandTeuPerYear"] = stream.TeuPerYear,
                ["generatedTeu"] = model.Sources[s].GeneratedTeu,
                ["deliveredTeu"] = record.Teu,
                ["deliveredContainers"] = record.TransitHours.Count,
                ["deliveredTeuByMonth"] = new JsonArray([.. Enumerable.Range(0, months).Select(m => (JsonNode?)JsonValue.Create(m < record.MonthlyTeu.Count ? record.MonthlyTeu[m] : 0.0))]),
                ["transitTimeDays"] = Transit(record.TransitHours),
                ["timeBreakdownDays"] = breakdown,
                ["routeKm"] = Round(route.DistanceKm),
                ["route"] = string.Join(" > ", route.Nodes.Select(n => n.Id)),
                ["costUsdPerTeu"] = Round(route.MoneyUsdPerTeu),
                ["generalisedCostUsdPerTeu"] = Round(route.MoneyUsdPerTeu + (scenario.Network.Defaults.ValueOfTimeUsdPerTeuHour * hours)),
                ["co2KgPerTeu"] = Round(route.Co2KgPerTeu),
                ["speedWithoutDelayKmh"] = Round(route.DistanceKm / moving),
                ["speedWithDelayKmh"] = Round(route.DistanceKm / hours),
            });
        }

        var ledger = model.Simulation.Cargo;
        return new JsonObject
        {
            ["scenario"] = scenario.Name,
            ["seed"] = model.Seed,
            ["years"] = scenario.Years,
            ["warmUpDays"] = scenario.WarmUpDays,
            ["deliveredTeu"] = deliveredTeu,
            ["deliveredTeuPerYear"] = Round(deliveredTeu / scenario.Years),
            ["transitTimeDays"] = Transit(AllTransits(model)),
            ["cargo"] = new JsonObject
            {
                ["generatedContainers"] = ledger.Generated,
                ["deliveredContainers"] = ledger.Delivered,
                ["rejectedContainers"] = ledger.Rejected,
                ["inSystemContainers"] = ledger.InSystem,
            },
            ["events"] = model.Simulation.EventsExecuted,
            ["months"] = new JsonArray([.. MonthLabels(scenario.WarmUpDays * 24.0, months).Select(m => (JsonNode?)JsonValue.Create(m))]),
            ["streams"] = streams,
            ["cpmm"] = CpmmIndicators.ToJson(model),
        };
    }

    /// <summary>Labels of the calendar months from the one containing <paramref name="startHours"/>: "Mar Y1", "Apr Y1", … (Y1 is the first simulated year).</summary>
    private static IEnumerable<string> MonthLabels(double startHours, int count)
    {
        int first = SimCalendar.MonthOf(startHours) + (12 * (int)Math.Floor(startHours / SimCalendar.HoursPerYear));
        for (int m = first; m < first + count; m++)
        {
            yield return $"{Inv.DateTimeFormat.GetAbbreviatedMonthName((m % 12) + 1)} Y{(m / 12) + 1}";
        }
    }

    private static Statistics.Tally AllTransits(CorridorModel model)
    {
        var all = new Statistics.Tally(withQuantiles: true);
        for (int s = 0; s < model.Scenario.Streams.Count; s++)
        {
            all.Merge(model.Destinations[model.Scenario.Streams[s].Destination].Stream(s).TransitHours);
        }

        return all;
    }

    private static JsonObject Transit(Statistics.Tally hours) => new()
    {
        ["mean"] = Round(hours.Mean / 24.0),
        ["p50"] = Round(hours.Count > 0 ? hours.Quantile(0.5) / 24.0 : double.NaN),
        ["p95"] = Round(hours.Count > 0 ? hours.Quantile(0.95) / 24.0 : double.NaN),
        ["max"] = Round(hours.Max / 24.0),
    };

    /// <summary>One row per component and measure: utilisation, queues, waits, departures, loads.</summary>
    public static string Kpis(CorridorModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var now = model.Simulation.Now;
        var csv = new StringBuilder("component,measure,value,unit\n");
        void Row(string component, string measure, double value, string unit) =>
            csv.Append(string.Create(Inv, $"{component},{measure},{Math.Round(value, 4)},{unit}\n"));
        foreach (var component in model.Simulation.Components)
        {
            switch (component)
            {
                case IQueueMeasures queue:
                    Row(queue.Id, "utilisation", queue.Utilisation(now), "share");
                    Row(queue.Id, "meanQueue", queue.MeanQueueLength(now), "containers");
                    Row(queue.Id, "maxQueue", queue.MaxQueueLength, "containers");
                    Row(queue.Id, "meanWait", queue.Waits.Mean, "hours");
                    Row(queue.Id, "served", queue.Departures, "containers");
                    break;
                case BatchCarrierService carriers:
                    Row(carriers.Id, "fleetUtilisation", carriers.FleetUtilisation(now), "share");
                    Row(carriers.Id, "meanQueue", carriers.MeanQueueLength(now), "containers");
                    Row(carriers.Id, "meanOriginWait", carriers.OriginWaits.Mean, "hours");
                    Row(carriers.Id, "departures", carriers.Departures, "departures");
                    Row(carriers.Id, "meanLoad", carriers.Loads.Mean, "containers");
                    Row(carriers.Id, "capacity", carriers.Capacity, "containers");
                    break;
                case Model.Disruptions.SeasonalClosures weather:
                    Row(weather.Id, "closures", weather.Closures.Count, "closures");
                    Row(weather.Id, "closedDays", weather.ClosedHours(now) / 24.0, "days");
                    break;
                case Delay delay:
                    Row(delay.Id, "meanInTransit", delay.MeanInTransit(now), "containers");
                    Row(delay.Id, "completed", delay.Completed, "containers");
                    break;
            }
        }

        // Planned closures: days each target was closed within the measured period (overlaps counted once).
        double periodDays = model.Scenario.Years * 365;
        foreach (var target in model.Scenario.Closures.GroupBy(c => c.Target, StringComparer.Ordinal))
        {
            var windows = target.Select(c => (Start: Math.Clamp(c.StartDay, 0, periodDays), End: Math.Clamp(c.EndDay, 0, periodDays))).OrderBy(w => w.Start).ToList();
            double closed = 0, reached = 0;
            foreach (var (start, end) in windows)
            {
                closed += Math.Max(0, end - Math.Max(start, reached));
                reached = Math.Max(reached, end);
            }

            Row($"closure:{target.Key}", "closedDays", closed, "days");
        }

        foreach (var node in CpmmIndicators.BorderNodes(model))
        {
            foreach (bool priority in (bool[])[false, true])
            {
                var (n, hours) = model.Passages.Crossing(model.NodeIndexOf(node.Id), priority);
                if (n > 0)
                {
                    Row($"crossing:{node.Id}", priority ? "priorityMeanHours" : "ordinaryMeanHours", hours, "hours");
                }
            }
        }

        foreach (var section in CpmmIndicators.Sections(model))
        {
            string id = $"section:{section.Link.Id}:{(section.Link.From == section.From.Id ? "f" : "r")}";
            Row(id, "meanHours", section.MeanHours, "hours");
            Row(id, "speedWithoutDelay", section.SpeedWithoutDelayKmh, "km/h");
            Row(id, "speedWithDelay", section.SpeedWithDelayKmh, "km/h");
        }

        return csv.ToString();
    }

    /// <summary>TEU delivered per week and stream: week,stream,deliveredTeu.</summary>
    public static string TimeSeries(CorridorModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var csv = new StringBuilder("week,stream,deliveredTeu\n");
        var streams = model.Scenario.Streams;
        int weeks = (int)Math.Ceiling(model.Scenario.Years * SimCalendar.HoursPerYear / SimCalendar.HoursPerWeek);
        for (int w = 0; w < weeks; w++)
        {
            for (int s = 0; s < streams.Count; s++)
            {
                var series = model.Destinations[streams[s].Destination].Stream(s).WeeklyTeu;
                csv.Append(string.Create(Inv, $"{w + 1},{streams[s].Id},{(w < series.Count ? series[w] : 0.0)}\n"));
            }
        }

        return csv.ToString();
    }

    private static JsonObject Resolved(CorridorModel model)
    {
        var scenario = model.Scenario;
        var text = scenario.SourceText ?? "{}";
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        var node = JsonNode.Parse(text, documentOptions: options)!.AsObject();
        node.Remove("$schema");
        node["seed"] = model.Seed;
        node["years"] = scenario.Years;
        node["warmUpDays"] = scenario.WarmUpDays;

        // Each stream's route written as the links it used, so rerunning this file takes exactly these routes.
        if (node["streams"] is JsonArray streams)
        {
            for (int i = 0; i < streams.Count && i < model.Routes.Count; i++)
            {
                if (streams[i] is JsonObject stream)
                {
                    stream["via"] = new JsonArray([.. model.Routes[i].Links.Select(l => (JsonNode?)JsonValue.Create(l.Id))]);
                }
            }
        }

        return node;
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static JsonValue? Round(double value) => double.IsFinite(value) ? JsonValue.Create(Math.Round(value, 4)) : null;
}
