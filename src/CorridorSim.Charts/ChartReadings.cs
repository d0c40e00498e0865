using System.Globalization;
using CorridorSim.Results;

namespace CorridorSim.Charts;

/// <summary>
/// One sentence under each run chart saying what it shows, computed from the same results the
/// chart is drawn from (means over the replications), and the chart's text alternative.
/// </summary>
public static class ChartReadings
{
    /// <summary>The reading of chart <paramref name="name"/> (one of <see cref="RunCharts.Names"/>).</summary>
    public static string Reading(string name, IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentOutOfRangeException.ThrowIfZero(runs.Count);
        var streams = runs[0].Streams;
        double years = runs[0].Info.Years;
        double PerYear(int s) => years > 0 ? runs.Average(r => (double)r.Streams[s].DeliveredTeu) / years : 0.0;
        var delivered = Enumerable.Range(0, streams.Count).Where(s => runs.Any(r => r.Streams[s].DeliveredContainers > 0)).ToList();
        switch (name)
        {
            case "throughput":
            {
                double total = years > 0 ? runs.Average(r => (double)r.Total.DeliveredTeu) / years : 0.0;
                int top = Enumerable.Range(0, streams.Count).OrderByDescending(PerYear).First();
                return F($"The corridor delivered {total:N0} TEU a year; {streams[top].Name} carried the most, {PerYear(top):N0} TEU a year ({(total > 0 ? PerYear(top) / total : 0):P0} of the total).");
            }

            case "throughput-weekly":
            {
                int weeks = Math.Max(1, (int)Math.Floor(years * Kernel.SimCalendar.HoursPerYear / Kernel.SimCalendar.HoursPerWeek));
                double[] weekly = [.. Enumerable.Range(0, weeks).Select(w => runs.Average(r => r.Streams.Sum(s => w < s.WeeklyTeu.Count ? s.WeeklyTeu[w] : 0.0)))];
                return F($"Deliveries averaged {weekly.Average():N0} TEU a week, from {weekly.Min():N0} in the quietest week to {weekly.Max():N0} in the busiest: trains and vessels arrive in batches.");
            }

            case "transit-times" when delivered.Count > 0:
            {
                double P50(int s) => runs.Where(r => r.Streams[s].DeliveredContainers > 0).Average(r => r.Streams[s].Transit.P50Days);
                double P95(int s) => runs.Where(r => r.Streams[s].DeliveredContainers > 0).Average(r => r.Streams[s].Transit.P95Days);
                int fast = delivered.MinBy(P50), slow = delivered.MaxBy(P50), worst = delivered.MaxBy(P95);
                return F($"The median transit runs from {P50(fast):0.0} days ({streams[fast].Name}) to {P50(slow):0.0} days ({streams[slow].Name}); one container in twenty on {streams[worst].Name} takes more than {P95(worst):0.0} days.");
            }

            case "time-breakdown" when delivered.Count > 0:
            {
                double Mean(int s, Func<TimeBreakdown, double> days) => runs.Where(r => r.Streams[s].DeliveredContainers > 0).Average(r => days(r.Streams[s].TimeBreakdownDays));
                double moving = delivered.Sum(s => Mean(s, b => b.Moving)), all = delivered.Sum(s => Mean(s, b => b.Moving + b.Handling + b.Border + b.GaugeChange + b.Consolidation + b.Queueing + b.RollingStock + b.Disruption));
                var (category, stream, days) = RunCharts.Categories.Skip(1)
                    .SelectMany(c => delivered.Select(s => (c.Name, Stream: s, Days: Mean(s, c.Days))))
                    .MaxBy(x => x.Days);
                return F($"Moving takes {(all > 0 ? moving / all : 0):P0} of the streams' time in the corridor; of the rest, the largest part is {category} on {streams[stream].Name}, {days:0.0} days a container.");
            }

            case "time-distance":
            {
                var ends = Enumerable.Range(0, streams.Count)
                    .Select(s => (Stream: s, Curves: runs.Select(r => TimeDistanceChart.Curve(r, s)).ToList()))
                    .Where(x => x.Curves.All(c => c is { Count: > 1 }))
                    .Select(x => (x.Stream, Km: x.Curves[0]![^1].Km, Days: x.Curves.Average(c => c![^1].Days), Moving: x.Curves.Average(c => MovingDays(c!))))
                    .ToList();
                if (ends.Count == 0)
                {
                    return "No route's every section carried a container in the measured period.";
                }

                var longest = ends.MaxBy(e => e.Km);
                return F($"The longest route, {streams[longest.Stream].Name}, runs {longest.Km:N0} km in {longest.Days:0.0} days, {longest.Moving:0.0} of them moving; the steps are the time spent waiting at nodes.");
            }

            case "cost-distance":
            {
                var costed = runs[0].Streams.Where(st => CostDistanceChart.Curve(st) is not null && st.RouteKm > 0).ToList();
                if (costed.Count == 0)
                {
                    return "No stream's route has charges in the results.";
                }

                var dearest = costed.MaxBy(st => st.CostUsdPerTeu)!;
                var cheapest = costed.MinBy(st => st.CostUsdPerTeu / st.RouteKm)!;
                double charges = costed.Sum(st => st.NodeChargesUsd.Sum());
                return F($"The dearest route, {dearest.Name}, costs {dearest.CostUsdPerTeu:N0} USD per TEU over {dearest.RouteKm:N0} km; the cheapest per kilometre is {cheapest.Name}, at {cheapest.CostUsdPerTeu / cheapest.RouteKm:0.00} USD per TEU-km. ") + (charges > 0
                    ? "The steps are the charges at ports, borders and transshipments."
                    : "The network's sources give no charges at nodes, so every figure is freight along the links.");
            }

            case "utilisation":
            {
                var busiest = UtilisationChart.Busiest(runs);
                if (busiest.Count == 0)
                {
                    return "No capacity-limited component was used.";
                }

                var saturated = busiest.Where(b => b.Saturated).Select(b => b.Name).ToList();
                return F($"The busiest component is {busiest[0].Name}, with {busiest[0].MeanUtilisation * 100.0:0} % of its capacity in use on average; ") + (saturated.Count == 0
                    ? "none saturated."
                    : $"saturated: {string.Join(", ", saturated)}.");
            }

            case "queues":
            {
                var busiest = QueueChart.Busiest(runs);
                if (busiest.Count == 0)
                {
                    return "No container waited at any capacity-limited component.";
                }

                var saturated = busiest.Where(b => b.Saturated).Select(b => b.Name).ToList();
                return F($"The longest queue is at {busiest[0].Name}, {busiest[0].MeanQueue:N1} containers waiting on average; ") + (saturated.Count == 0
                    ? "no component saturated: every queue stays bounded."
                    : $"saturated, with a queue that grows for as long as the run lasts: {string.Join(", ", saturated)}.");
            }

            default:
                return "No container of any stream arrived in the measured period.";
        }
    }

    /// <summary>The text alternative of chart <paramref name="name"/>: what it plots, then its reading.</summary>
    public static string AltText(string name, IReadOnlyList<RunResult> runs) => name switch
    {
        "throughput" => "Stacked bar chart of TEU delivered per calendar month by stream. ",
        "throughput-weekly" => "Line chart of the total TEU delivered per week with its 4-week average. ",
        "transit-times" => "Box plots of transit time in days per stream. ",
        "time-breakdown" => "Stacked horizontal bars of the mean days per container in each time category, per stream. ",
        "time-distance" => "Small multiples, one line chart per stream on shared scales, of cumulative days against cumulative kilometres along its route, sloping while moving and stepping up while waiting. ",
        "cost-distance" => "Small multiples, one line chart per stream on shared scales, of cumulative US dollars per TEU against cumulative kilometres along its route, rising with freight and stepping up at charges. ",
        "utilisation" => "Small multiples, one line chart per component, of the weekly share of capacity in use at the busiest capacity-limited components. ",
        "queues" => "Small multiples, one line chart per component, of the weekly mean queue at the components where containers wait longest. ",
        _ => string.Empty,
    } + Reading(name, runs);

    private static double MovingDays(IReadOnlyList<(double Km, double Days)> curve) =>
        Enumerable.Range(1, curve.Count - 1).Where(i => curve[i].Km > curve[i - 1].Km).Sum(i => curve[i].Days - curve[i - 1].Days);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
