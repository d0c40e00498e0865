using CorridorSim.Experiments;
using CorridorSim.Input;

namespace CorridorSim.Investments;

/// <summary>
/// Runs an investment set: the base and every option the same replications with common random
/// numbers (replication r of each with the same seed, so that a difference is the investment's
/// and not the weather's), then ranks the options by every criterion.
/// </summary>
public static class InvestmentAnalysis
{
    /// <summary>
    /// Runs <paramref name="spec"/>: <see cref="InvestmentSpec.Replications"/> of the base and of
    /// each option unless <paramref name="options"/> gives another number (at least 2); seed, level
    /// and parallelism from <paramref name="options"/> when given there.
    /// </summary>
    /// <param name="spec">The investment set.</param>
    /// <param name="options">Replications, parallelism and seed (the base scenario's by default); the level is the spec's.</param>
    /// <param name="progress">Told of every finished run, possibly from worker threads.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    /// <exception cref="ArgumentException">An option's scenario does not load (a spec built in code with a mistake; the loader reports these as input errors).</exception>
    public static InvestmentResult Run(InvestmentSpec spec, ExperimentOptions? options = null, IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        options = (options ?? new ExperimentOptions()) with { ConfidenceLevel = spec.ConfidenceLevel };
        options = options with { Replications = options.Replications ?? spec.Replications };
        var investments = spec.Options();
        var scenarios = new List<Scenarios.Scenario> { spec.Base };
        foreach (var option in investments)
        {
            var loaded = spec.ScenarioOf(option);
            scenarios.Add(loaded.Succeeded ? loaded.Value! : throw new ArgumentException($"Option '{option.Id}' does not load: {string.Join(" ", loaded.Errors)}", nameof(spec)));
        }

        var comparison = Experiment.Compare(scenarios, options, progress, cancellationToken);
        var samples = Samples(comparison, investments, spec);
        int firstStage = comparison.Replications;
        var warnings = new List<string>();
        if (spec.Indifference.Count > 0)
        {
            int needed = InvestmentRankings.SecondStage(investments, samples, spec.ConfidenceLevel, spec.Indifference);
            int allowed = Math.Max(spec.MaxReplications, firstStage);
            if (needed > allowed)
            {
                warnings.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The indifference zones need {needed} replications of each option; ran {allowed}, the most allowed, so the selection may be wrong more often than {1 - spec.ConfidenceLevel:P0} of the time: allow more replications, or widen the zones."));
                needed = allowed;
            }

            if (needed > firstStage)
            {
                // The first stage's runs are kept; the second runs the replications that follow them.
                var offset = progress is null ? null : new Offset(progress, firstStage * scenarios.Count);
                comparison = Experiment.Extend(comparison, scenarios, needed, options, offset, cancellationToken);
                samples = Samples(comparison, investments, spec);
            }
        }

        ulong seed = comparison.Base.Seed;
        var saturated = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        warnings.InsertRange(0, comparison.Warnings);
        for (int e = 0; e < comparison.Experiments.Count; e++)
        {
            var experiment = comparison.Experiments[e];
            string? id = e == 0 ? null : investments[e - 1].Id;
            if (samples.Where(s => s.Option == id).Any(s => !double.IsFinite(s.TransitDays) || !double.IsFinite(s.ThroughputTeuPerYear)))
            {
                warnings.Add($"\"{experiment.Scenario}\": {spec.TransitKpi} or {spec.ThroughputKpi} was not measured in every replication (nothing delivered there): its rankings are undefined.");
            }

            saturated[id ?? Output.InvestmentFiles.BaseOption] = Saturated(experiment);

            // An option's saturated components are told apart from the base's in Saturated; its other warnings are kept.
            warnings.AddRange(experiment.Warnings.Where(w => e == 0 || !IsSaturation(w)).Select(w => $"\"{experiment.Scenario}\": {w}"));
        }

        return new InvestmentResult(spec.Name, spec.Base.Name, seed, investments, samples, InvestmentRankings.Of(investments, samples, spec.ConfidenceLevel, spec.Indifference))
        {
            FirstStageReplications = firstStage,
            Indifference = spec.Indifference,
            Description = spec.Description,
            TransitKpi = spec.TransitKpi,
            ThroughputKpi = spec.ThroughputKpi,
            Warnings = warnings,
            Saturated = saturated,
        };
    }

    /// <summary>Every replication's two KPIs, the base's first (option null), then each option's.</summary>
    private static List<InvestmentSample> Samples(ComparisonResult comparison, IReadOnlyList<InvestmentOption> investments, InvestmentSpec spec)
    {
        ulong seed = comparison.Base.Seed;
        var samples = new List<InvestmentSample>();
        for (int e = 0; e < comparison.Experiments.Count; e++)
        {
            var table = comparison.Experiments[e].Table;
            int transit = IndexOf(table, spec.TransitKpi);
            int throughput = IndexOf(table, spec.ThroughputKpi);
            for (int r = 0; r < table.Rows; r++)
            {
                samples.Add(new InvestmentSample(e == 0 ? null : investments[e - 1].Id, r + 1, ReplicationSeeds.For(seed, r + 1), transit < 0 ? double.NaN : table.Value(r, transit), throughput < 0 ? double.NaN : table.Value(r, throughput)));
            }
        }

        return samples;
    }

    /// <summary>The second stage's progress, after the first stage's runs.</summary>
    private sealed class Offset(IProgress<ExperimentProgress> inner, int done) : IProgress<ExperimentProgress>
    {
        public void Report(ExperimentProgress value) => inner.Report(new ExperimentProgress(value.Completed + done, value.Planned + done));
    }

    /// <summary>The components saturated in at least half of the replications, most often first.</summary>
    private static IReadOnlyList<string> Saturated(ExperimentResult experiment) =>
        [.. experiment.Runs
            .SelectMany(r => r.Components.Where(c => c.Measures.Any(m => m.Name == "saturated" && m.Value == 1)).Select(c => c.Id))
            .GroupBy(id => id, StringComparer.Ordinal)
            .Where(g => 2 * g.Count() >= experiment.Runs.Count)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)];

    /// <summary>Whether an experiment's warning is one about a saturated or overloaded component (as <see cref="Experiment"/> words them).</summary>
    private static bool IsSaturation(string warning) =>
        warning.Contains(" is saturated in ", StringComparison.Ordinal) || warning.Contains(" is offered more than it can pass", StringComparison.Ordinal);

    private static int IndexOf(KpiTable table, string kpi)
    {
        int slash = kpi.LastIndexOf('/');
        return table.IndexOf(kpi[..slash], kpi[(slash + 1)..]);
    }
}
