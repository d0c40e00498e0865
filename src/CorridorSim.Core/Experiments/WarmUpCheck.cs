using CorridorSim.Results;

namespace CorridorSim.Experiments;

/// <summary>
/// A check that the warm-up was long enough, by MSER-5 (White 1997; Hoad, Robinson &amp; Davies
/// 2010): the weekly TEU delivered in all streams, averaged over the replications, is cut into
/// batches of 5 weeks, and the truncation point d (in batches, at most half of them) minimising
/// the marginal standard error Σ_{j&gt;d}(Z_j − Z̄_d)² / (k − d)² is found. With as few as ten
/// batches a year MSER alone picks a d above zero by chance now and then, so a truncation counts
/// only when the mean of the d batches it would delete lies more than three standard errors
/// (s/√d, s the standard deviation of the batches kept) from the mean of those kept: the first
/// 5·d weeks of the measured period then still look unlike the rest, i.e. the warm-up looks too
/// short, and the check says so. The runs are not changed: the warm-up stays as the scenario
/// sets it.
/// </summary>
public static class WarmUpCheck
{
    /// <summary>Weeks per MSER batch.</summary>
    public const int BatchWeeks = 5;

    /// <summary>The confirmed MSER-5 truncation point in weeks of the measured period (0 when the warm-up looks long enough or the run is under 4 batches long).</summary>
    public static int TruncationWeeks(IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            return 0;
        }

        // Whole weeks only: the one-day last week of a year would look like a collapse.
        int weeks = (int)Math.Floor(runs[0].Info.Years * Kernel.SimCalendar.HoursPerYear / Kernel.SimCalendar.HoursPerWeek);
        var weekly = new double[weeks];
        foreach (var run in runs)
        {
            foreach (var s in run.Streams)
            {
                for (int w = 0; w < weeks && w < s.WeeklyTeu.Count; w++)
                {
                    weekly[w] += s.WeeklyTeu[w] / runs.Count;
                }
            }
        }

        int k = weeks / BatchWeeks;
        if (k < 4)
        {
            return 0;
        }

        var z = Enumerable.Range(0, k).Select(j => weekly.Skip(j * BatchWeeks).Take(BatchWeeks).Average()).ToArray();
        int best = 0;
        double bestMser = double.PositiveInfinity;
        for (int d = 0; d <= k / 2; d++)
        {
            var rest = z.Skip(d).ToArray();
            double mean = rest.Average();
            double mser = rest.Sum(x => (x - mean) * (x - mean)) / ((double)rest.Length * rest.Length);
            if (mser < bestMser)
            {
                (best, bestMser) = (d, mser);
            }
        }

        if (best == 0)
        {
            return 0;
        }

        var kept = z.Skip(best).ToArray();
        double keptMean = kept.Average();
        double sd = Math.Sqrt(kept.Sum(x => (x - keptMean) * (x - keptMean)) / (kept.Length - 1));
        double deleted = z.Take(best).Average();
        return Math.Abs(deleted - keptMean) > 3.0 * sd / Math.Sqrt(best) ? best * BatchWeeks : 0;
    }

    /// <summary>A warning when <see cref="TruncationWeeks"/> is above zero, or null.</summary>
    public static string? Warning(IReadOnlyList<RunResult> runs)
    {
        int weeks = TruncationWeeks(runs);
        return weeks == 0
            ? null
            : $"The warm-up of {runs[0].Info.WarmUpDays:0} days may be too short: by MSER-5 on weekly deliveries the first {weeks} weeks of the measured period still differ from the rest. Consider a longer warmUpDays (note that seasonal demand can also trigger this check).";
    }
}
