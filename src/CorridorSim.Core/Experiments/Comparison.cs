using MathNet.Numerics.Distributions;

namespace CorridorSim.Experiments;

/// <summary>Paired differences of every KPI of each what-if from the base, with paired and unpaired (Welch) intervals.</summary>
internal static class Comparison
{
    public static ComparisonResult Of(IReadOnlyList<ExperimentResult> experiments, double level)
    {
        var baseTable = experiments[0].Table;
        var differences = new List<KpiDifference>();
        foreach (var whatIf in experiments.Skip(1))
        {
            var table = whatIf.Table;
            for (int j = 0; j < baseTable.Keys.Count; j++)
            {
                var (component, measure, unit) = baseTable.Keys[j];
                int k = table.IndexOf(component, measure);
                if (k < 0)
                {
                    // A stream (or component) the what-if removed: listed with the base's figure only.
                    if (OneSided(whatIf.Scenario, component, measure, unit, baseTable.Column(j), inBase: true) is { } removed)
                    {
                        differences.Add(removed);
                    }

                    continue;
                }

                var pairs = Enumerable.Range(0, Math.Min(baseTable.Rows, table.Rows))
                    .Select(r => (Base: baseTable.Value(r, j), WhatIf: table.Value(r, k)))
                    .Where(p => double.IsFinite(p.Base) && double.IsFinite(p.WhatIf))
                    .ToArray();
                if (pairs.Length > 0)
                {
                    // A KPI neither run measured in any pair (no departures that month) has no difference to give.
                    differences.Add(Difference(whatIf.Scenario, component, measure, unit, pairs, level));
                }
            }

            // Streams and components only the what-if has (added streams, new services), after the shared ones.
            for (int k = 0; k < table.Keys.Count; k++)
            {
                var (component, measure, unit) = table.Keys[k];
                if (baseTable.IndexOf(component, measure) < 0 && OneSided(whatIf.Scenario, component, measure, unit, table.Column(k), inBase: false) is { } added)
                {
                    differences.Add(added);
                }
            }
        }

        var first = experiments[0].Runs[0].Info;
        var warnings = experiments.Skip(1)
            .Select(e => e.Runs[0].Info)
            .Where(i => i.Years != first.Years || i.WarmUpDays != first.WarmUpDays)
            .Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\"{i.Scenario}\" runs {i.Years:0.##} year(s) after {i.WarmUpDays:0} days of warm-up, the base {first.Years:0.##} after {first.WarmUpDays:0}: compare rates (per year) and times, not totals, or give every scenario the same run length."))
            .ToList();
        return new ComparisonResult(experiments, differences, level) { Warnings = warnings };
    }

    /// <summary>A KPI only one side has: its mean there, no pairs and no difference; null when that side never measured it either.</summary>
    private static KpiDifference? OneSided(string scenario, string component, string measure, string unit, IEnumerable<double> values, bool inBase)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        if (finite.Length == 0)
        {
            return null;
        }

        double mean = finite.Average();
        return new KpiDifference(scenario, component, measure, unit, 0, inBase ? mean : double.NaN, inBase ? double.NaN : mean, double.NaN, double.NaN, double.NaN);
    }

    /// <summary>The paired difference of <paramref name="pairs"/>, and Welch's unpaired interval of the same samples.</summary>
    internal static KpiDifference Difference(string scenario, string component, string measure, string unit, IReadOnlyList<(double Base, double WhatIf)> pairs, double level)
    {
        int n = pairs.Count;
        if (n == 0)
        {
            return new KpiDifference(scenario, component, measure, unit, 0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        double meanBase = pairs.Average(p => p.Base);
        double meanWhatIf = pairs.Average(p => p.WhatIf);
        double diff = pairs.Average(p => p.WhatIf - p.Base);
        if (n < 2)
        {
            return new KpiDifference(scenario, component, measure, unit, n, meanBase, meanWhatIf, diff, double.NaN, double.NaN);
        }

        double q = 1.0 - ((1.0 - level) / 2.0);
        double varDiff = pairs.Sum(p => Square(p.WhatIf - p.Base - diff)) / (n - 1);
        double varBase = pairs.Sum(p => Square(p.Base - meanBase)) / (n - 1);
        double varWhatIf = pairs.Sum(p => Square(p.WhatIf - meanWhatIf)) / (n - 1);
        double paired = varDiff == 0.0 ? 0.0 : StudentT.InvCDF(0.0, 1.0, n - 1, q) * Math.Sqrt(varDiff / n);

        // Welch–Satterthwaite degrees of freedom for two samples of n.
        double unpairedVariance = (varBase + varWhatIf) / n;
        double unpaired = 0.0;
        if (unpairedVariance > 0.0)
        {
            double df = Square(unpairedVariance) / ((Square(varBase / n) + Square(varWhatIf / n)) / (n - 1));
            unpaired = StudentT.InvCDF(0.0, 1.0, df, q) * Math.Sqrt(unpairedVariance);
        }

        // Every pair differing by the same non-zero amount: pairing removed all the noise. No
        // difference at all (the what-if changed nothing this KPI sees): nothing to reduce.
        bool identical = pairs.All(p => p.WhatIf == p.Base);
        double reduction = identical ? double.NaN
            : varDiff > 0.0 ? (varBase + varWhatIf) / varDiff
            : unpairedVariance > 0.0 ? double.PositiveInfinity
            : double.NaN;
        return new KpiDifference(scenario, component, measure, unit, n, meanBase, meanWhatIf, diff, paired, unpaired) { VarianceReduction = reduction };
    }

    private static double Square(double x) => x * x;
}
