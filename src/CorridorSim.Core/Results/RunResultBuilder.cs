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
    /// <summary>How a warning about the input (a value probably in the wrong unit) begins.</summary>
    public const string InputWarning = "input: ";

    /// <summary>How the warning of a run stopped early begins.</summary>
    public const string PartialWarning = "partial: ";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static RunResult Build(CorridorModel model, IReadOnlyList<ComponentSeries> series) =>
        Build(model, series, model.Scenario.Years, null);

    /// <summary>
    /// The result of a run that measured <paramref name="years"/> after its warm-up: fewer than the
    /// scenario's when it was stopped early, for the reason <paramref name="stopped"/> (null when it
    /// ran to the end); rates and series then cover the years measured, and a warning says so.
    /// </summary>
    public static RunResult Build(CorridorModel model, IReadOnlyList<ComponentSeries> series, double years, string? stopped)
    {
        var scenario = model.Scenario;
        var now = model.Simulation.Now;
        var records = scenario.Streams.Select((s, i) => Record(model, i)).ToList();

        // Every stream gets the same months: those the measured period touches, the partial last one
        // included, whether or not anything was delivered in them.
        double start = scenario.WarmUpDays * 24.0;
        int months = Math.Max(
            MonthIndex(start + (years * SimCalendar.HoursPerYear) - 1e-6) - MonthIndex(start) + 1,
            records.Select(r => r.MonthlyTeu.Count).DefaultIfEmpty(0).Max());
        int weeks = (int)Math.Ceiling(years * SimCalendar.HoursPerYear / SimCalendar.HoursPerWeek);
        var streams = new List<StreamResult>();
        for (int s = 0; s < scenario.Streams.Count; s++)
        {
            var stream = scenario.Streams[s];
            var record = records[s];
            var route = model.Routes[s];
            var source = model.Sources[s];
            var routes = model.Choosers[s] is RouteChooser chooser ? Routes(model, s, chooser) : null;
            var (km, paid, co2) = routes is null ? (route.DistanceKm, route.MoneyUsdPerTeu, route.Co2KgPerTeu) : Weighted(model, s, routes);
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
                GeneratedTeu = source.GeneratedTeu,
                EnteredTeu = source.EnteredTeu,
                RejectedTeu = source.RejectedTeu,
                BacklogEndTeu = source.BacklogTeu,
                BacklogWait = Transit(source.BacklogWaits),
                DeliveredTeu = record.Teu,
                DeliveredContainers = record.TransitHours.Count,
                Transit = Transit(record.TransitHours),
                TimeBreakdownDays = TimeBreakdown.FromDays(c => record.MeanHoursIn(c) / 24.0),
                DeliveredTeuByMonth = [.. Enumerable.Range(0, months).Select(m => m < record.MonthlyTeu.Count ? record.MonthlyTeu[m] : 0.0)],
                WeeklyTeu = [.. Enumerable.Range(0, weeks).Select(w => w < record.WeeklyTeu.Count ? record.WeeklyTeu[w] : 0.0)],
                TransitDaysByDepartureMonth = [.. Enumerable.Range(0, 12).Select(m => record.MeanTransitHoursDepartedIn(m) / 24.0)],
                ContainersByTransitDay = [.. byDay.Take(last + 1)],
                RouteKm = km,
                Route = [.. route.Nodes.Select(n => n.Id)],
                RouteLinks = [.. route.Links.Select(l => l.Id)],
                RouteNames = [.. route.Nodes.Select(n => ComponentNames.Brief(n.Name))],
                NodeChargesUsd = [.. route.Nodes.Select(n => n.ChargeUsdPerTeu)],
                LinkKm = [.. route.Links.Select(l => l.DistanceKm)],
                LinkFreightUsd = [.. route.Links.Select(l => l.MoneyUsdPerTeu)],
                CostUsdPerTeu = paid,
                GeneralisedCostUsdPerTeu = paid + (scenario.Network.Defaults.ValueOfTimeUsdPerTeuHour * hours),
                Co2KgPerTeu = co2,
                SpeedWithoutDelayKmh = km / moving,
                SpeedWithDelayKmh = km / hours,
                RouteChoice = routes is null ? null : model.Choosers[s]!.IsLogit ? "logit" : "shares",
                Routes = routes,
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
        var warnings = scenario.InputWarnings.Select(w => InputWarning + w).ToList();
        if (stopped is not null)
        {
            warnings.Insert(0, string.Create(Inv, $"{PartialWarning}the run stopped after {model.Simulation.EventsExecuted:N0} events, {years * 365:0.#} of the {scenario.Years * 365:0.#} days planned after the warm-up, because {stopped}; every figure covers only the days simulated."));
        }

        if (ledger.Rejected > 0)
        {
            warnings.Add(string.Create(Inv, $"{ledger.Rejected:N0} containers ({streams.Sum(s => s.RejectedTeu):N0} TEU) were rejected at their origin: the corridor could not take them and their stream's backlog was at its maximum (maxBacklogTeu)."));
        }

        var components = Components(model, now, years);
        // How busy a component was: its servers or daily capacity, or for a train or vessel service
        // the most used of its fleet, its line slots and its rolling-stock pool.
        var busy = components.ToDictionary(c => c.Id, c => c.Measures.Where(m => m.Name is "utilisation" or "fleetUtilisation" or "slotUtilisation" or "rollingStockUtilisation").Select(m => m.Value).DefaultIfEmpty(double.NaN).Max(), StringComparer.Ordinal);
        // Where storage is bounded, full queues stop growing and the bottleneck is a full store with room beyond it.
        // Queues that stay unbounded (a vessel service's ports) are still judged by their growth.
        bool bounded = scenario.Network.Defaults.YardDays is not null;
        var unbounded = model.Simulation.Components
            .Where(c => c is VesselService || c is BatchCarrierService { BufferCapacity: int.MaxValue })
            .Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var growthJudged = bounded ? busy.Where(b => unbounded.Contains(b.Key)).ToDictionary(StringComparer.Ordinal) : busy;
        warnings.AddRange(OverloadCheck.Warnings(series.Where(s => growthJudged.ContainsKey(s.Id)), id => growthJudged[id]));

        var bottlenecks = BacklogCheck.Bottlenecks(model, series, now);
        warnings.AddRange(BacklogCheck.Warnings(bottlenecks, streams));

        // Arrival rate against capacity: named once, unless a growing queue named it already.
        var loads = OfferedLoad.Of(model);
        var named = warnings.ToList();
        warnings.AddRange(OfferedLoad.Warnings(loads).Where(w => !named.Any(n => n.StartsWith(w[..w.IndexOf(' ', StringComparison.Ordinal)] + " is saturated", StringComparison.Ordinal))));

        return new RunResult
        {
            Info = new RunInfo(scenario.Name, model.Seed, years, scenario.WarmUpDays, model.Simulation.EventsExecuted)
            {
                StoppedEarly = stopped,
                PlannedYears = stopped is null ? null : scenario.Years,
                Closures = [.. scenario.Closures.Select(c => new ClosureInfo(c.Target, c.StartDay, c.EndDay))],
            },
            Months = [.. MonthLabels(scenario.WarmUpDays * 24.0, months)],
            Streams = streams,
            Destinations = [.. indexes.GroupBy(s => streams[s].Destination, StringComparer.Ordinal).Select(g => Group(g.Key, g))],
            Corridors = [.. indexes.GroupBy(s => streams[s].Corridor, StringComparer.Ordinal).Select(g => Group(g.Key, g))],
            Total = Group("all", indexes),
            Components = [.. WithSaturation(components, series, growthJudged, bottlenecks, loads).Select(c => c with { Name = ComponentNames.Of(c.Id, scenario) })],
            ComponentSeries = [.. series.Select(c => c with { Name = ComponentNames.Of(c.Id, scenario) })],
            Cpmm = CpmmIndicators.Build(model),
            Cargo = new CargoBalance(ledger.Generated, ledger.Delivered, ledger.Rejected, ledger.InSystem),
            Warnings = warnings,
        };
    }

    /// <summary>Months since the start of the first simulated year to the one containing <paramref name="hours"/>.</summary>
    private static int MonthIndex(double hours) => SimCalendar.MonthOf(hours) + (12 * (int)Math.Floor(hours / SimCalendar.HoursPerYear));
    /// <summary>What stream <paramref name="stream"/>'s destination recorded for it: its one lane's record, or its lanes' records added up.</summary>
    private static Destination.StreamRecord Record(CorridorModel model, int stream)
    {
        var destination = model.Destinations[model.Scenario.Streams[stream].Destination];
        var lanes = model.Lanes.LanesOf(stream);
        if (lanes.Count == 1)
        {
            return destination.Stream(lanes[0]);
        }

        var all = new Destination.StreamRecord();
        foreach (int lane in lanes)
        {
            all.Add(destination.Stream(lane));
        }

        return all;
    }

    /// <summary>Each route of stream <paramref name="stream"/>: its share of the containers that set off, what it delivered and how fast.</summary>
    private static List<RouteResult> Routes(CorridorModel model, int stream, RouteChooser chooser)
    {
        var spec = model.Scenario.Streams[stream];
        var destination = model.Destinations[spec.Destination];
        long sent = Enumerable.Range(0, chooser.RouteCount).Sum(chooser.Containers);
        var result = new List<RouteResult>();
        for (int r = 0; r < chooser.RouteCount; r++)
        {
            int lane = chooser.LaneOf(r);
            var route = model.Routes[lane];
            var record = destination.Stream(lane);
            result.Add(new RouteResult
            {
                Number = r + 1,
                Name = (r < spec.Routes.Count ? spec.Routes[r].Name : null) ?? (route.Via.Length > 0 ? route.Via : "via " + string.Join(", ", route.Nodes.Skip(1).SkipLast(1).Select(n => n.Id))),
                Corridor = route.MainCorridor,
                Nodes = [.. route.Nodes.Select(n => n.Id)],
                Links = [.. route.Links.Select(l => l.Id)],
                RouteKm = route.DistanceKm,
                CostUsdPerTeu = route.MoneyUsdPerTeu,
                Containers = chooser.Containers(r),
                ShareOfContainers = sent == 0 ? double.NaN : (double)chooser.Containers(r) / sent,
                DeliveredContainers = record.TransitHours.Count,
                DeliveredTeu = record.Teu,
                Transit = Transit(record.TransitHours),
                GeneralisedCostUsdPerTeu = route.MoneyUsdPerTeu + (model.Scenario.Network.Defaults.ValueOfTimeUsdPerTeuHour * record.TransitHours.Mean),
            });
        }

        return result;
    }

    /// <summary>Length, charges and CO2 per container of stream <paramref name="stream"/>, averaged over its routes by the containers each delivered (or, with none delivered, sent).</summary>
    private static (double Km, double Paid, double Co2) Weighted(CorridorModel model, int stream, List<RouteResult> routes)
    {
        var lanes = model.Lanes.LanesOf(stream);
        var weights = routes.Sum(r => r.DeliveredContainers) > 0 ? routes.Select(r => (double)r.DeliveredContainers).ToList() : routes.Select(r => (double)r.Containers).ToList();
        double total = weights.Sum();
        if (total == 0)
        {
            var first = model.Routes[lanes[0]];
            return (first.DistanceKm, first.MoneyUsdPerTeu, first.Co2KgPerTeu);
        }

        double Mean(Func<Routing.Route, double> of) => Enumerable.Range(0, lanes.Count).Sum(r => weights[r] * of(model.Routes[lanes[r]])) / total;
        return (Mean(r => r.DistanceKm), Mean(r => r.MoneyUsdPerTeu), Mean(r => r.Co2KgPerTeu));
    }

    /// <summary>Labels of the calendar months from the one containing <paramref name="startHours"/>: "Mar Y1", "Apr Y1", … (Y1 is the first simulated year).</summary>
    private static IEnumerable<string> MonthLabels(double startHours, int count)
    {
        int first = MonthIndex(startHours);
        for (int m = first; m < first + count; m++)
        {
            yield return $"{Inv.DateTimeFormat.GetAbbreviatedMonthName((m % 12) + 1)} Y{(m / 12) + 1}";
        }
    }

    private static TransitSummary Transit(Tally hours) => hours.Count == 0
        ? TransitSummary.None
        : new TransitSummary(hours.Mean / 24.0, hours.Quantile(0.5) / 24.0, hours.Quantile(0.95) / 24.0, hours.Max / 24.0);

    /// <summary>
    /// Adds <c>offeredLoad</c> to each component with a capacity on some stream's route, and
    /// <c>saturated</c> (1 or 0), <c>saturatedSinceWeek</c> (only when saturated and the week is
    /// known) and <c>endBacklog</c> to each component sampled weekly. A component is saturated when
    /// its queue grows (<see cref="OverloadCheck"/>), it is a bottleneck of bounded storage
    /// (<see cref="BacklogCheck"/>), or it is offered at least its capacity (<see cref="OfferedLoad"/>).
    /// </summary>
    private static List<ComponentResult> WithSaturation(List<ComponentResult> components, IReadOnlyList<ComponentSeries> series, Dictionary<string, double> busy, Dictionary<string, List<BacklogCheck.HeldBack>> bottlenecks, Dictionary<string, OfferedLoad.Load> loads)
    {
        var byId = series.ToDictionary(s => s.Id, StringComparer.Ordinal);
        return [.. components.Select(c =>
        {
            var measures = c.Measures.ToList();
            var load = loads.GetValueOrDefault(c.Id);
            if (load is not null)
            {
                measures.Add(new("offeredLoad", load.Ratio, "share"));
            }

            if (byId.TryGetValue(c.Id, out var s))
            {
                int? week = OverloadCheck.SaturatedSince(s, busy.GetValueOrDefault(c.Id, double.NaN))
                    ?? (bottlenecks.TryGetValue(c.Id, out var held) ? held.Select(h => h.GrowingSinceWeek).Min() : null);
                bool saturated = week is not null || bottlenecks.ContainsKey(c.Id) || load?.Ratio >= 1.0;
                measures.Add(new("saturated", saturated ? 1 : 0, "flag"));
                if (saturated && week is int since)
                {
                    measures.Add(new("saturatedSinceWeek", since, "week"));
                }

                measures.Add(new("endBacklog", s.Backlog.Count > 0 ? s.Backlog[^1] : 0, "containers"));
            }

            return c with { Measures = measures };
        })];
    }

    private static List<ComponentResult> Components(CorridorModel model, SimTime now, double years)
    {
        double measuredHours = years * SimCalendar.HoursPerYear;
        var result = new List<ComponentResult>();
        var buffers = model.Simulation.Components.OfType<OriginBuffer>().ToDictionary(b => b.Id, StringComparer.Ordinal);
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
                    List<Measure> service =
                    [
                        new("fleetUtilisation", carriers.FleetUtilisation(now), "share"),
                        new("meanQueue", carriers.MeanQueueLength(now), "containers"),
                        new("meanOriginWait", carriers.OriginWaits.Mean, "hours"),
                        new("departures", carriers.Departures, "departures"),
                        new("meanLoad", carriers.Loads.Mean, "containers"),
                        new("capacity", carriers.Capacity, carriers.SizedByTeu ? "TEU" : "containers"),
                        .. carriers.MinimumHeadway.Hours > 0 ? [new Measure("slotUtilisation", carriers.Departures * carriers.MinimumHeadway.Hours / measuredHours, "share")] : Array.Empty<Measure>(),
                        .. carriers.RollingStock is RollingStockPool stock ? [new Measure("rollingStockUtilisation", Math.Max(stock.TrainSetUtilisation(now), stock.PlatformUtilisation(now)), "share")] : Array.Empty<Measure>(),
                    ];
                    if (carriers.BufferCapacity < int.MaxValue)
                    {
                        service.Add(new("bufferCapacity", carriers.BufferCapacity, carriers.SizedByTeu ? "TEU" : "containers"));
                        service.Add(new("bufferFullShare", buffers[carriers.Id + ":buffer"].FullShare(now), "share"));
                        service.Add(new("refused", carriers.Refusals, "offers"));
                    }

                    result.Add(new ComponentResult(carriers.Id, service));
                    break;
                case Yard yard:
                    result.Add(new ComponentResult(yard.Id,
                    [
                        new("capacityTeu", yard.CapacityTeu, "TEU"),
                        new("meanHeldTeu", yard.MeanHeldTeu(now), "TEU"),
                        new("maxHeldTeu", yard.MaxHeldTeu, "TEU"),
                        new("fullShare", yard.FullShare(now), "share"),
                        new("refused", yard.Refusals, "offers"),
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
                case VesselService vessels:
                    result.AddRange(VesselMeasures.Of(vessels, now));
                    break;
                case SeasonalClosures weather:
                    result.Add(new ComponentResult(weather.Id,
                    [
                        new("closures", weather.Closures.Count, "closures"),
                        new("closedDays", weather.ClosedHours(now) / 24.0, "days"),
                    ]));

                    // The crossings of a sea area: the storms that closed each, and for how long.
                    for (int t = 0; t < weather.TargetCount; t++)
                    {
                        if (weather.TargetKey(t).Length > 0)
                        {
                            result.Add(new ComponentResult($"weather:link:{weather.TargetKey(t)}",
                            [
                                new("closures", weather.TargetClosures(t), "closures"),
                                new("closedDays", weather.TargetClosedHours(t, now) / 24.0, "days"),
                            ]));
                        }
                    }

                    break;
                case Delay delay:
                    result.Add(new ComponentResult(delay.Id, delay.RefusesWhenBlocked
                        ? [new("meanInTransit", delay.MeanInTransit(now), "containers"), new("completed", delay.Completed, "containers"), new("blockedShare", delay.BlockedShare(now), "share"), new("refused", delay.Refusals, "offers")]
                        : [new("meanInTransit", delay.MeanInTransit(now), "containers"), new("completed", delay.Completed, "containers")]));
                    break;
            }
        }

        // Planned closures: days each target was closed within the measured period (overlaps counted once).
        double periodDays = years * 365;
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
