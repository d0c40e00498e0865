using System.Globalization;
using CorridorSim.Experiments;
using CorridorSim.Model.Cargo;
using CorridorSim.Results;

namespace CorridorSim.Cli.Commands;

/// <summary>The console tables of <c>run</c> and <c>compare</c>, drawn from results only.</summary>
public static class ResultTables
{
    /// <summary>Width of each time-category column ("disrupt" and a space).</summary>
    private const int CategoryWidth = 8;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The summary of a run or of replications: per stream and in total, then crossings, closures, cargo and warnings.</summary>
    public static void WriteExperiment(TextWriter output, ExperimentResult experiment, double seconds)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(experiment);
        var first = experiment.Runs[0];
        var info = first.Info;
        int n = experiment.Replications;
        bool single = n == 1;
        string what = single
            ? $"seed {info.Seed}"
            : $"{n} replications (seeds {info.Seed}–{experiment.Runs[^1].Info.Seed}), mean ± {experiment.ConfidenceLevel:P0} half-width";
        long events = experiment.Runs.Sum(r => r.Info.Events);
        // The process's peak resident memory so far, results and charts written: what a cluster job must ask for.
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        long peakMegabytes = self.PeakWorkingSet64 / (1024 * 1024);
        output.WriteLine(string.Create(Inv, $"{info.Scenario}: {what}, {info.Years:0.##} year(s) after {info.WarmUpDays:0} days of warm-up; {events:N0} events in {seconds:F2} s, peak memory {peakMegabytes:N0} MB"));
        output.WriteLine();

        var categories = Enum.GetValues<TimeCategory>();
        int nameWidth = Math.Max(30, first.Streams.Select(s => s.Name.Length).DefaultIfEmpty(0).Max());
        int w = single ? 7 : 14;
        string Cell(string component, string measure, string format)
        {
            var e = experiment.Estimate(component, measure);
            if (e is null || e.Count == 0)
            {
                return "–".PadLeft(w);
            }

            string text = single || !double.IsFinite(e.HalfWidth) ? e.Mean.ToString(format, Inv) : $"{e.Mean.ToString(format, Inv)} ± {e.HalfWidth.ToString(format, Inv)}";
            return text.PadLeft(w);
        }

        string header = string.Format(Inv, "{0} {1,10} {2} {3} {4} {5}  ", "stream".PadRight(nameWidth), "demand TEU", "TEU/yr deliv.".PadLeft(w + 6), "mean d".PadLeft(w), "p50 d".PadLeft(w), "p95 d".PadLeft(w));
        output.WriteLine(new string(' ', header.Length) + "where the time goes (mean days)");
        output.WriteLine(header + string.Concat(categories.Select(c => Short(c).PadLeft(CategoryWidth))));
        foreach (var s in first.Streams)
        {
            string c = $"stream:{s.Id}";
            string breakdown = string.Concat(categories.Select(cat => experiment.Estimate(c, $"{Camel(cat.ToString())}Days")?.Mean ?? double.NaN)
                .Select(days => (days >= 0.05 ? days.ToString("F1", Inv) : "–").PadLeft(CategoryWidth)));
            output.WriteLine(string.Format(Inv, "{0} {1,10:N0} {2} {3} {4} {5}  {6}", s.Name.PadRight(nameWidth), s.DemandTeuPerYear, Cell(c, "deliveredTeuPerYear", "N0").PadLeft(w + 6), Cell(c, "transitMeanDays", "F1"), Cell(c, "transitP50Days", "F1"), Cell(c, "transitP95Days", "F1"), breakdown));

            // A stream with several routes: each route's share of the containers (in the demand column), volume and times.
            foreach (var r in s.Routes ?? [])
            {
                string rc = $"route:{s.Id}:{r.Number}";
                string label = $"  route {r.Number}: {r.Name}";
                string share = experiment.Estimate(rc, "shareOfContainers") is { Count: > 0 } e ? (e.Mean * 100).ToString("0.0", Inv) + " %" : "–";
                output.WriteLine(string.Format(Inv, "{0} {1,10} {2} {3} {4} {5}", (label.Length > nameWidth ? label[..(nameWidth - 1)] + "…" : label).PadRight(nameWidth), share, Cell(rc, "deliveredTeuPerYear", "N0").PadLeft(w + 6), Cell(rc, "transitMeanDays", "F1"), "–".PadLeft(w), Cell(rc, "transitP95Days", "F1")));
            }
        }

        output.WriteLine(string.Format(Inv, "{0} {1,10:N0} {2} {3} {4} {5}", "all containers (per container)".PadRight(nameWidth), first.Streams.Sum(s => s.DemandTeuPerYear), Cell("total", "deliveredTeuPerYear", "N0").PadLeft(w + 6), Cell("total", "transitMeanDays", "F1"), Cell("total", "transitP50Days", "F1"), Cell("total", "transitP95Days", "F1")));
        if (first.Corridors.Count > 1)
        {
            foreach (var g in first.Corridors)
            {
                string c = $"corridor:{g.Key}";
                output.WriteLine(string.Format(Inv, "{0} {1,10} {2} {3} {4} {5}", $"  corridor {g.Key}".PadRight(nameWidth), string.Empty, Cell(c, "deliveredTeuPerYear", "N0").PadLeft(w + 6), Cell(c, "transitMeanDays", "F1"), Cell(c, "transitP50Days", "F1"), Cell(c, "transitP95Days", "F1")));
            }
        }

        output.WriteLine();
        WriteCrossings(output, experiment);
        if (info.Closures.Count > 0)
        {
            output.WriteLine("Planned closures: " + string.Join("; ", info.Closures.Select(c => string.Create(Inv, $"{c.Target} days {c.StartDay:0.##}–{c.EndDay:0.##} after the warm-up"))) + ".");
        }

        var cargo = first.Cargo;
        output.WriteLine(single
            ? string.Create(Inv, $"Cargo conserved: {cargo.GeneratedContainers:N0} containers generated in the measured period (incl. those in the corridor at its start) = {cargo.DeliveredContainers:N0} delivered + {cargo.InSystemContainers:N0} in the corridor + {cargo.RejectedContainers:N0} rejected.")
            : string.Create(Inv, $"Cargo conserved in every replication (generated = delivered + in the corridor + rejected; checked at the end of each)."));
        if (experiment.Precision is PrecisionOutcome p)
        {
            output.WriteLine(p.Reached
                ? string.Create(Inv, $"Precision {p.Target:0.###} reached after {n} replications: every headline half-width is within {p.Target / (1 + p.Target):P2} of its mean (Law's γ/(1 + γ), a relative error of at most {p.Target:P1}); widest: {p.Worst}, {p.WorstRelativeHalfWidth:P2}.")
                : string.Create(Inv, $"Precision NOT reached after {n} replications (the most allowed): {p.Worst} has a half-width of {p.WorstRelativeHalfWidth:P2} of its mean, above {p.Target / (1 + p.Target):P2}. Raise --max-replications or run longer years."));
        }

        foreach (string warning in experiment.Warnings)
        {
            output.WriteLine($"warning: {warning}");
        }
    }

    /// <summary>The headline differences of each what-if from the base: per stream and in total.</summary>
    public static void WriteComparison(TextWriter output, ComparisonResult comparison, double seconds)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(comparison);
        var first = comparison.Base.Runs[0];
        output.WriteLine(string.Create(Inv, $"Compared with \"{comparison.Base.Scenario}\": {comparison.Replications} replications each with common random numbers (seeds {first.Info.Seed}–{comparison.Base.Runs[^1].Info.Seed}), {first.Info.Years:0.##} year(s) after {first.Info.WarmUpDays:0} days of warm-up; {seconds:F2} s"));
        output.WriteLine(string.Create(Inv, $"Differences are what-if − base, mean ± {comparison.ConfidenceLevel:P0} paired half-width; 'yes' where the interval excludes 0. CRN gain: the unpaired variance over the paired one."));
        var names = comparison.Experiments.SelectMany(e => e.Runs[0].Streams).DistinctBy(s => s.Id).ToDictionary(s => $"stream:{s.Id}", s => s.Name, StringComparer.Ordinal);
        names["total"] = "all containers";
        foreach (var s in comparison.Experiments.SelectMany(e => e.Runs[0].Streams))
        {
            foreach (var r in s.Routes ?? [])
            {
                names.TryAdd($"route:{s.Id}:{r.Number}", $"{s.Name}, route {r.Number} ({r.Name})");
            }
        }

        foreach (var group in comparison.Differences.GroupBy(d => d.Scenario, StringComparer.Ordinal))
        {
            output.WriteLine();
            output.WriteLine($"{group.Key}:");
            int width = Math.Max(44, names.Values.Max(v => v.Length) + 22);
            output.WriteLine(string.Format(Inv, "{0} {1,11} {2,11} {3,22} {4,8} {5,5} {6,8}", "KPI".PadRight(width), "base", "what-if", "difference", "change", "sig.", "CRN gain"));
            foreach (var d in group.Where(d => RunKpis.IsHeadline(new Kpi(d.Component, d.Measure, d.Unit, d.Difference)) || d.Measure == "transitP95Days" && (d.Component == "total" || d.Component.StartsWith("stream:", StringComparison.Ordinal)) || d.Measure == "shareOfContainers"))
            {
                string label = $"{names.GetValueOrDefault(d.Component, d.Component)}, {Label(d.Measure)}";
                string format = d.Unit.StartsWith("TEU", StringComparison.Ordinal) ? "N0" : d.Unit == "share" ? "F3" : "F2";
                string diff = d.OnlyIn is string side ? $"only in {side}" : double.IsFinite(d.HalfWidth) ? $"{Signed(d.Difference, format)} ± {d.HalfWidth.ToString(format, Inv)}" : Signed(d.Difference, format);
                string change = double.IsFinite(d.RelativeDifference) ? (d.RelativeDifference * 100).ToString("+0.0;-0.0;0.0", Inv) + " %" : "–";
                string gain = double.IsPositiveInfinity(d.VarianceReduction) ? "exact" : double.IsFinite(d.VarianceReduction) ? d.VarianceReduction.ToString("F1", Inv) + "×" : "–";
                output.WriteLine(string.Format(Inv, "{0} {1,11} {2,11} {3,22} {4,8} {5,5} {6,8}", label.PadRight(width), Figure(d.BaseMean, format), Figure(d.WhatIfMean, format), diff, change, d.OnlyIn is null ? (d.Significant ? "yes" : "no") : "–", gain));
            }
        }

        output.WriteLine();
        foreach (string warning in comparison.Warnings)
        {
            output.WriteLine($"warning: {warning}");
        }

        foreach (var experiment in comparison.Experiments)
        {
            foreach (string warning in experiment.Warnings)
            {
                output.WriteLine($"warning (\"{experiment.Scenario}\"): {warning}");
            }
        }

        if (double.IsFinite(comparison.MedianHeadlineVarianceReduction))
        {
            double gain = comparison.MedianHeadlineVarianceReduction;
            output.WriteLine(gain >= 1.05
                ? string.Create(Inv, $"Common random numbers made the headline intervals' variance {gain:F1}× smaller than unpaired runs would (median); every KPI is in compare.csv.")
                : string.Create(Inv, $"Common random numbers did not narrow the headline intervals here (median variance ratio {gain:F1}×): the what-if changes enough that its runs do not stay in step with the base's. Every KPI is in compare.csv."));
        }
    }

    /// <summary>A capacity analysis: one row per demand level, then the first bottleneck and the most delivered.</summary>
    public static void WriteCapacity(TextWriter output, CapacityResult result, double seconds)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        output.WriteLine(string.Create(Inv, $"Capacity of \"{result.Scenario}\": demand scaled step by step, {result.Replications} replications per level with common random numbers, mean ± 95 % half-width; {seconds:F2} s"));
        output.WriteLine();
        output.WriteLine(string.Format(Inv, "{0,7} {1,13} {2,22} {3,16} {4,16}  {5}", "factor", "offered TEU/yr", "delivered TEU/yr", "mean transit d", "p95 transit d", "saturated"));
        foreach (var p in result.Points)
        {
            output.WriteLine(string.Format(Inv, "{0,7} {1,13:N0} {2,22} {3,16} {4,16}  {5}", p.Factor.ToString("0.##", Inv), p.OfferedTeuPerYear, Interval(p.Delivered, "N0"), Interval(p.TransitMeanDays, "F1"), Interval(p.TransitP95Days, "F1"), p.Saturated.Count == 0 ? "–" : string.Join(", ", p.Saturated)));
        }

        output.WriteLine();
        output.WriteLine(result.FirstSaturated is { } first
            ? string.Create(Inv, $"First to saturate, at × {first.Factor:0.##} ({first.OfferedTeuPerYear:N0} TEU a year offered): {string.Join(", ", first.Saturated)}. Most delivered at any level: {result.MostDeliveredTeuPerYear:N0} TEU a year.")
            : string.Create(Inv, $"No component saturates up to × {result.Points[^1].Factor:0.##} ({result.Points[^1].OfferedTeuPerYear:N0} TEU a year offered). Most delivered: {result.MostDeliveredTeuPerYear:N0} TEU a year."));
        output.WriteLine("Where storage is bounded (yards with a capacity), past saturation yards fill and hold, cargo for a full port is held at its origin and the origins keep what the corridor cannot take in a backlog, so times in the corridor level off while the backlogs grow; where it is not, queues grow with the run's length.");
        foreach (string warning in result.Warnings)
        {
            output.WriteLine($"warning: {warning}");
        }
    }

    private static string Interval(KpiEstimate e, string format) =>
        e.Count == 0 ? "–" : double.IsFinite(e.HalfWidth) ? $"{e.Mean.ToString(format, Inv)} ± {e.HalfWidth.ToString(format, Inv)}" : e.Mean.ToString(format, Inv);

    private static string Label(string measure) => measure switch
    {
        "deliveredTeuPerYear" => "TEU/yr delivered",
        "transitMeanDays" => "mean transit (d)",
        "transitP95Days" => "p95 transit (d)",
        "shareOfContainers" => "share of boxes",
        _ => measure,
    };

    private static string Figure(double value, string format) => double.IsFinite(value) ? value.ToString(format, Inv) : "–";

    private static string Signed(double value, string format) => (value >= 0 ? "+" : string.Empty) + value.ToString(format, Inv);

    /// <summary>The CPMM border-crossing times, one line, ordinary and priority traffic apart where the border clears them differently.</summary>
    private static void WriteCrossings(TextWriter output, ExperimentResult experiment)
    {
        var parts = new List<string>();
        foreach (var crossing in experiment.Runs[0].Cpmm.Crossings)
        {
            string c = $"crossing:{crossing.Node}";
            string Hours(string measure) => experiment.Estimate(c, measure) is { Count: > 0 } e
                ? (experiment.Replications > 1 && double.IsFinite(e.HalfWidth) ? string.Create(Inv, $"{e.Mean:F1} ± {e.HalfWidth:F1} h") : string.Create(Inv, $"{e.Mean:F1} h"))
                : string.Empty;
            var times = crossing.HasPriorityDwell
                ? new[] { ("ordinary", Hours("ordinaryMeanHours")), ("priority", Hours("priorityMeanHours")) }.Where(x => x.Item2.Length > 0).Select(x => $"{x.Item2} {x.Item1}").ToList()
                : [Hours("meanHours")];
            if (times.Count > 0 && times.All(t => t.Length > 0))
            {
                parts.Add($"{crossing.Node} {string.Join(", ", times)}");
            }
        }

        if (parts.Count > 0)
        {
            output.WriteLine($"Border crossings (CPMM, mean time to clear): {string.Join("; ", parts)}.");
        }
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string Short(TimeCategory category) => category switch
    {
        TimeCategory.Moving => "move",
        TimeCategory.Handling => "handle",
        TimeCategory.Border => "border",
        TimeCategory.GaugeChange => "gauge",
        TimeCategory.Consolidation => "consol",
        TimeCategory.Queueing => "queue",
        TimeCategory.RollingStock => "stock",
        _ => "disrupt",
    };
}
