using CorridorSim.Model.Cargo;

namespace CorridorSim.Results;

/// <summary>
/// A run's result as one flat list of KPIs, the rows of kpis.csv and the quantities experiments
/// estimate and compare: streams (and the routes of streams with several), destinations,
/// corridors and the total first, then the cargo ledger, the components, and the CPMM indicators. The same scenario gives the same keys in the
/// same order in every replication (a KPI a replication did not measure is NaN there).
/// </summary>
public static class RunKpis
{
    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>The headline KPIs: per stream and in total, delivered TEU per year and mean transit days (the ones <c>--precision</c> drives to its relative half-width).</summary>
    public static bool IsHeadline(Kpi kpi) =>
        (kpi.Component.StartsWith("stream:", StringComparison.Ordinal) || kpi.Component == "total")
        && kpi.Measure is "deliveredTeuPerYear" or "transitMeanDays";

    /// <summary>Every KPI of <paramref name="result"/>.</summary>
    public static IReadOnlyList<Kpi> Of(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var kpis = new List<Kpi>();
        double years = result.Info.Years;
        foreach (var s in result.Streams)
        {
            string c = $"stream:{s.Id}";
            kpis.Add(new(c, "deliveredTeuPerYear", "TEU/year", s.DeliveredTeu / years));
            Transit(kpis, c, s.Transit);
            var categories = Enum.GetValues<TimeCategory>();
            for (int i = 0; i < categories.Length; i++)
            {
                kpis.Add(new(c, $"{Camel(categories[i].ToString())}Days", "days", s.TimeBreakdownDays[categories[i]]));
            }

            for (int m = 0; m < 12; m++)
            {
                kpis.Add(new(c, $"transitMeanDaysDeparted{MonthNames[m]}", "days", s.TransitDaysByDepartureMonth[m]));
            }

            kpis.Add(new(c, "generatedTeuPerYear", "TEU/year", s.GeneratedTeu / years));
            kpis.Add(new(c, "enteredTeuPerYear", "TEU/year", s.EnteredTeu / years));
            kpis.Add(new(c, "rejectedTeuPerYear", "TEU/year", s.RejectedTeu / years));
            kpis.Add(new(c, "backlogEndTeu", "TEU", s.BacklogEndTeu));
            kpis.Add(new(c, "backlogWaitMeanDays", "days", s.BacklogWait.MeanDays));
            kpis.Add(new(c, "backlogWaitP95Days", "days", s.BacklogWait.P95Days));
            kpis.Add(new(c, "generalisedCostUsdPerTeu", "USD/TEU", s.GeneralisedCostUsdPerTeu));
            kpis.Add(new(c, "speedWithDelayKmh", "km/h", s.SpeedWithDelayKmh));
        }

        // Routes of streams with several, under their own prefix: not headline KPIs, and a route
        // that carried nothing has NaN times.
        foreach (var s in result.Streams)
        {
            foreach (var r in s.Routes ?? [])
            {
                string c = $"route:{s.Id}:{r.Number}";
                kpis.Add(new(c, "shareOfContainers", "share", r.ShareOfContainers));
                kpis.Add(new(c, "deliveredTeuPerYear", "TEU/year", r.DeliveredTeu / years));
                kpis.Add(new(c, "transitMeanDays", "days", r.Transit.MeanDays));
                kpis.Add(new(c, "transitP95Days", "days", r.Transit.P95Days));
            }
        }

        foreach (var (prefix, groups) in new[] { ("destination:", result.Destinations), ("corridor:", result.Corridors) })
        {
            foreach (var g in groups)
            {
                Group(kpis, prefix + g.Key, g, years);
            }
        }

        Group(kpis, "total", result.Total, years);
        kpis.Add(new("cargo", "generatedContainers", "containers", result.Cargo.GeneratedContainers));
        kpis.Add(new("cargo", "deliveredContainers", "containers", result.Cargo.DeliveredContainers));
        kpis.Add(new("cargo", "rejectedContainers", "containers", result.Cargo.RejectedContainers));
        kpis.Add(new("cargo", "inSystemContainers", "containers", result.Cargo.InSystemContainers));
        foreach (var component in result.Components)
        {
            foreach (var m in component.Measures)
            {
                kpis.Add(new(component.Id, m.Name, m.Unit, m.Value));
            }
        }

        foreach (var x in result.Cpmm.Crossings)
        {
            kpis.Add(new($"crossing:{x.Node}", "meanHours", "hours", x.MeanHours));
            kpis.Add(new($"crossing:{x.Node}", "ordinaryMeanHours", "hours", x.OrdinaryMeanHours));
            kpis.Add(new($"crossing:{x.Node}", "priorityMeanHours", "hours", x.PriorityMeanHours));
        }

        foreach (var s in result.Cpmm.Sections)
        {
            kpis.Add(new(s.Id, "meanHours", "hours", s.MeanHours));
            kpis.Add(new(s.Id, "speedWithoutDelay", "km/h", s.SpeedWithoutDelayKmh));
            kpis.Add(new(s.Id, "speedWithDelay", "km/h", s.SpeedWithDelayKmh));
        }

        foreach (var c in result.Cpmm.Countries)
        {
            kpis.Add(new($"country:{c.Country}", "speedWithoutDelay", "km/h", c.SpeedWithoutDelayKmh));
            kpis.Add(new($"country:{c.Country}", "speedWithDelay", "km/h", c.SpeedWithDelayKmh));
            kpis.Add(new($"country:{c.Country}", "ordinarySpeedWithDelay", "km/h", c.OrdinarySpeedWithDelayKmh));
            kpis.Add(new($"country:{c.Country}", "prioritySpeedWithDelay", "km/h", c.PrioritySpeedWithDelayKmh));
        }

        return kpis;
    }

    private static void Group(List<Kpi> kpis, string component, GroupResult group, double years)
    {
        kpis.Add(new(component, "deliveredTeuPerYear", "TEU/year", group.DeliveredTeu / years));
        Transit(kpis, component, group.Transit);
    }

    private static void Transit(List<Kpi> kpis, string component, TransitSummary t)
    {
        kpis.Add(new(component, "transitMeanDays", "days", t.MeanDays));
        kpis.Add(new(component, "transitP50Days", "days", t.P50Days));
        kpis.Add(new(component, "transitP95Days", "days", t.P95Days));
        kpis.Add(new(component, "transitMaxDays", "days", t.MaxDays));
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
