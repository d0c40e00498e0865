using CorridorSim.Results;
using CorridorSim.Statistics;

namespace CorridorSim.Charts;

/// <summary>
/// One stream's transit-time distribution as a box plot draws it, in days: the 5th, 25th and
/// 75th percentiles read from the containers' transit days pooled over the replications (linear
/// within each whole day), the median and the 95th percentile as the runs report them (their
/// mean over the replications), and the mean with its 95 % confidence interval over the
/// replications (null for a single run).
/// </summary>
internal sealed record TransitBox(double P5, double P25, double P50, double P75, double P95, double Mean, double? MeanLow, double? MeanHigh)
{
    /// <summary>Stream <paramref name="stream"/>'s box, or null when none of its containers arrived.</summary>
    public static TransitBox? Of(IReadOnlyList<RunResult> runs, int stream)
    {
        var delivered = runs.Where(r => r.Streams[stream].DeliveredContainers > 0).ToList();
        if (delivered.Count == 0)
        {
            return null;
        }

        var counts = new double[delivered.Max(r => r.Streams[stream].ContainersByTransitDay.Count)];
        foreach (var r in delivered)
        {
            var byDay = r.Streams[stream].ContainersByTransitDay;
            for (int d = 0; d < byDay.Count; d++)
            {
                counts[d] += byDay[d];
            }
        }

        double total = counts.Sum();
        double Quantile(double p)
        {
            double target = p * total, seen = 0;
            for (int d = 0; d < counts.Length; d++)
            {
                if (counts[d] > 0 && seen + counts[d] >= target)
                {
                    return d + ((target - seen) / counts[d]);
                }

                seen += counts[d];
            }

            return counts.Length;
        }

        double p50 = delivered.Average(r => r.Streams[stream].Transit.P50Days);
        double p95 = delivered.Average(r => r.Streams[stream].Transit.P95Days);
        double mean = delivered.Average(r => r.Streams[stream].Transit.MeanDays);
        double? low = null, high = null;
        if (delivered.Count > 1)
        {
            var ci = ConfidenceInterval.FromSamples([.. delivered.Select(r => r.Streams[stream].Transit.MeanDays)]);
            (low, high) = (ci.Lower, ci.Upper);
        }

        // The binned quartiles are kept inside the reported median and 95th percentile they bracket.
        double p25 = Math.Min(Quantile(0.25), p50), p75 = Math.Clamp(Quantile(0.75), p50, p95);
        return new TransitBox(Math.Min(Quantile(0.05), p25), p25, p50, p75, p95, mean, low, high);
    }
}
