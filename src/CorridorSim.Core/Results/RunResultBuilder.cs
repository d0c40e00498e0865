using System.Globalization;
using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Corridor;
using CorridorSim.Model.Disruptions;
using CorridorSim.Model.Links;
using CorridorSim.Model.Nodes;
using CorridorSim.Statistics;

namespace CorridorSim.Results;

/// <summary>Reads a finished <see cref="CorridorModel"/> once into its <see cref="RunResult"/>.</summary>
internal static class RunResultBuilder
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static RunResult Build(CorridorModel model, IReadOnlyList<ComponentSeries> series)
    {
        var scenario = model.Scenario;
        var now = model.Simulation.Now;
        var records = scenario.Streams.Select((s, i) => model.Destinations[s.Destination].Stream(i)).ToList();

        // Every stream gets the same months, the partial last one included, even if it delivered nothing then.
        int months = records.Select(r => r.MonthlyTeu.Count).DefaultIfEmpty(0).Max();
        int weeks = (int)Math.Ceiling(scenario.Years * SimCalendar.HoursPerYear / SimCalendar.HoursPerWeek);
        var streams = new List<StreamResult>();
        for (int s = 0; s < scenario.Streams.Count; s++)
        {
            var stream = scenario.Streams[s];
            var record = records[s];
            var route = model.Routes[s];
            double hours = record.TransitHours.Mean;
            double moving = record.MeanHoursIn(TimeCategory.Moving);
            var byDay = record.ContainersByTransitDay;
            int last = byDay.Count - 1;
            while (last >= 0 && byDay[last] == 0)
            {
                last--;
            }

            streams.Add(new StreamResult
            {
                Id = stream.Id,
                Name = stream.DisplayName,
                Origin = stream.Origin,
                Destination = stream.Destination,
                Corridor = route.MainCorridor,
                Priority = stream.Priority,
                DemandTeuPerYear = stream.TeuPerYear,
                GeneratedTeu = model.Sources[s].GeneratedTeu,
                DeliveredTeu = record.Teu,
                DeliveredContainers = record.TransitHours.Count,
                Transit = Transit(record.TransitHours),
                TimeBreakdownDays = TimeBreakdown.FromDays(c => record.MeanHoursIn(c) / 24.0),
                DeliveredTeuByMonth = [.. Enumerable.Range(0, months).Select(m => m < record.MonthlyTeu.Count ? record.MonthlyTeu[m] : 0.0)],
                WeeklyTeu = [.. Enumerable.Range(0, weeks).Select(w => w < record.WeeklyTeu.Count ? record.WeeklyTeu[w] : 0.0)],
                TransitDaysByDepartureMonth = [.. Enumerable.Range(0, 12).Select(m => record.MeanTransitHoursDepartedIn(m) / 24.0)],
                ContainersByTransitDay = [.. byDay.Take(last + 1)],
                RouteKm = route.DistanceKm,
                Route = [.. route.Nodes.Select(n => n.Id)],
                RouteLinks = [.. route.Links.Select(l => l.Id)],
                CostUsdPerTeu = route.MoneyUsdPerTeu,
                GeneralisedCostUsdPerTeu = route.MoneyUsdPerTeu + (scenario.Network.Defaults.ValueOfTimeUsdPerTeuHour * hours),
                Co2KgPerTeu = route.Co2KgPerTeu,
                SpeedWithoutDelayKmh = route.DistanceKm / moving,
                SpeedWithDelayKmh = route.DistanceKm / hours,
            });
        }

        GroupResult Group(string key, IEnumerable<int> members)
        {
            var list = members.ToList();
            var all = new Tally(withQuantiles: true);
            foreach (int s in list)
            {
                all.Merge(records[s].TransitHours);
            }

            return new GroupResult(key, [.. list.Select(s => scenario.Streams[s].Id)], list.Sum(s => records[s].Teu), all.Count, Transit(all));
        }

        var indexes = Enumerable.Range(0, streams.Count).ToList();
        var ledger = model.Simulation.Cargo;
        var warnings = new List<string>();
        if (ledger.Rejected > 0)
        {
            warnings.Add(string.Create(Inv, $"{ledger.Rejected:N0} containers were refused at their origin because its yard was full."));
        }

        var components = Components(model, now, scenario.Years * SimCalendar.HoursPerYear);
        // How busy a component was: its servers or daily capacity, or for a train or vessel service
        // the most used of its fleet, its line slots and its rolling-stock pool.
        var busy = components.ToDictionary(c => c.Id, c => c.Measures.Where(m => m.Name is "utilisation" or "fleetUtilisation" or "slotUtilisation" or "rollingStockUtilisation").Select(m => m.Value).DefaultIfEmpty(double.NaN).Max(), StringComparer.Ordinal);
        warnings.AddRange(OverloadCheck.Warnings(series, id => busy.GetValueOrDefault(id, double.NaN)));

        return new RunResult
        {
            Info = new RunInfo(scenario.Name, model.Seed, scenario.Years, scenario.WarmUpDays, model.Simulation.EventsExecuted)
            {
                Closures = [.. scenario.Closures.Select(c => new ClosureInfo(c.Target, c.StartDay, c.EndDay))],
            },
            Months = [.. MonthLabels(scenario.WarmUpDays * 24.0, months)],
            Streams = streams,
            Destinations = [.. indexes.GroupBy(s => streams[s].Destination, StringComparer.Ordinal).Select(g => Group(g.Key, g))],
            Corridors = [.. indexes.GroupBy(s => streams[s].Corridor, StringComparer.Ordinal).Select(g => Group(g.Key, g))],
            Total = Group("all", indexes),
            Components = WithSaturation(components, series, busy),
            ComponentSeries = series,
            Cpmm = CpmmIndicators.Build(model),
            Cargo = new CargoBalance(ledger.Generated, ledger.Delivered, ledger.Rejected, ledger.InSystem),
            Warnings = warnings,
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

    private static TransitSummary Transit(Tally hours) => hours.Count == 0
        ? TransitSummary.None
        : new TransitSummary(hours.Mean / 24.0, hours.Quantile(0.5) / 24.0, hours.Quantile(0.95) / 24.0, hours.Max / 24.0);

    /// <summary>Adds <c>saturated</c> (1 or 0) and <c>endBacklog</c> to each component sampled weekly.</summary>
    private static List<ComponentResult> WithSaturation(List<ComponentResult> components, IReadOnlyList<ComponentSeries> series, Dictionary<string, double> busy)
    {
        var byId = series.ToDictionary(s => s.Id, StringComparer.Ordinal);
        return [.. components.Select(c => byId.TryGetValue(c.Id, out var s)
            ? c with { Measures = [.. c.Measures, new("saturated", OverloadCheck.SaturatedSince(s, busy[c.Id]) is null ? 0 : 1, "flag"), new("endBacklog", s.Backlog.Count > 0 ? s.Backlog[^1] : 0, "containers")] }
            : c)];
    }

    private static List<ComponentResult> Components(CorridorModel model, SimTime now, double measuredHours)
    {
        var result = new List<ComponentResult>();
        foreach (var component in model.Simulation.Components)
        {
            switch (component)
            {
                case IQueueMeasures queue:
                    result.Add(new ComponentResult(queue.Id,
                    [
                        new("utilisation", queue.Utilisation(now), "share"),
                        new("meanQueue", queue.MeanQueueLength(now), "containers"),
                        new("maxQueue", queue.MaxQueueLength, "containers"),
                        new("meanWait", queue.Waits.Mean, "hours"),
                        new("served", queue.Departures, "containers"),
                    ]));
                    break;
                case BatchCarrierService carriers:
                    result.Add(new ComponentResult(carriers.Id,
                    [
                        new("fleetUtilisation", carriers.FleetUtilisation(now), "share"),
                        new("meanQueue", carriers.MeanQueueLength(now), "containers"),
                        new("meanOriginWait", carriers.OriginWaits.Mean, "hours"),
                        new("departures", carriers.Departures, "departures"),
                        new("meanLoad", carriers.Loads.Mean, "containers"),
                        new("capacity", carriers.Capacity, carriers.SizedByTeu ? "TEU" : "containers"),
                        .. carriers.MinimumHeadway.Hours > 0 ? [new Measure("slotUtilisation", carriers.Departures * carriers.MinimumHeadway.Hours / measuredHours, "share")] : Array.Empty<Measure>(),
                        .. carriers.RollingStock is RollingStockPool stock ? [new Measure("rollingStockUtilisation", Math.Max(stock.TrainSetUtilisation(now), stock.PlatformUtilisation(now)), "share")] : Array.Empty<Measure>(),
                    ]));
                    break;
                case RollingStockPool pool:
                    result.Add(new ComponentResult(pool.Id,
                    [
                        new("trainSetUtilisation", pool.TrainSetUtilisation(now), "share"),
                        new("platformUtilisation", pool.PlatformUtilisation(now), "share"),
                        new("waitHours", pool.WaitHours, "train-hours"),
                        new("trainsWaited", pool.Waited, "departures"),
                        new("departures", pool.Supplied, "departures"),
                        new("trainSets", pool.TrainSets, "train sets"),
                        new("platforms", pool.Platforms, "platforms"),
                    ]));
                    break;
                case SeasonalClosures weather:
                    result.Add(new ComponentResult(weather.Id,
                    [
                        new("closures", weather.Closures.Count, "closures"),
                        new("closedDays", weather.ClosedHours(now) / 24.0, "days"),
                    ]));
                    break;
                case Delay delay:
                    result.Add(new ComponentResult(delay.Id,
                    [
                        new("meanInTransit", delay.MeanInTransit(now), "containers"),
                        new("completed", delay.Completed, "containers"),
                    ]));
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

            result.Add(new ComponentResult($"closure:{target.Key}", [new("closedDays", closed, "days")]));
        }

        return result;
    }
}
