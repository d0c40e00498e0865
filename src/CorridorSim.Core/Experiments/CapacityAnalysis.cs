using CorridorSim.Scenarios;

namespace CorridorSim.Experiments;

/// <summary>
/// Can the corridor absorb growth, and where does it jam first? Scales every stream's demand by
/// each factor, runs the same replications at every level (common random numbers: replication i
/// of each level has the same seed), and reports offered against delivered TEU a year, transit
/// times, and the components that saturate (<see cref="Results.OverloadCheck"/>) at each level.
/// </summary>
public static class CapacityAnalysis
{
    /// <summary>Demand factors when none are given: half to four times the scenario's.</summary>
    public static IReadOnlyList<double> DefaultFactors { get; } = [0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0];

    /// <summary>Runs the analysis.</summary>
    /// <param name="scenario">The scenario whose demand is scaled.</param>
    /// <param name="factors">Demand factors, each above 0 (sorted and made distinct here); <see cref="DefaultFactors"/> when null.</param>
    /// <param name="options">Replications per level (3 when not given; at least 2), parallelism, seed.</param>
    /// <param name="progress">Told of every finished run, possibly from worker threads.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    public static CapacityResult Run(Scenario scenario, IReadOnlyList<double>? factors = null, ExperimentOptions? options = null, IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var levels = (factors ?? DefaultFactors).Distinct().Order().ToArray();
        if (levels.Length == 0 || levels.Any(f => !(f > 0) || double.IsInfinity(f)))
        {
            throw new ArgumentException("Demand factors must be finite and above 0.", nameof(factors));
        }

        options ??= new ExperimentOptions();
        options = options with { Replications = options.Replications ?? 3 };
        var scenarios = levels.Select(f => Scaled(scenario, f)).ToList();
        var experiments = levels.Length == 1
            ? [Experiment.Replicate(scenarios[0], options, progress, cancellationToken)]
            : Experiment.Compare(scenarios, options, progress, cancellationToken).Experiments;
        var points = levels.Select((f, i) => Point(f, scenarios[i], experiments[i])).ToList();
        return new CapacityResult(scenario.Name, experiments[0].Replications, points)
        {
            Seed = experiments[0].Seed,
            ConfidenceLevel = experiments[0].ConfidenceLevel,
            Streams = experiments[0].Runs[0].Streams,
            DisplayNames = points.SelectMany(p => p.Saturated).Distinct(StringComparer.Ordinal).ToDictionary(id => id, id => Results.ComponentNames.Of(id, scenario), StringComparer.Ordinal),
            Warnings = [.. scenario.InputWarnings.Select(w => Results.RunResultBuilder.InputWarning + w)],
        };
    }

    private static Scenario Scaled(Scenario scenario, double factor) => scenario with
    {
        Name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{scenario.Name} × {factor:0.##}"),
        Streams = [.. scenario.Streams.Select(s => s with { TeuPerYear = s.TeuPerYear * factor })],
    };

    private static CapacityPoint Point(double factor, Scenario scenario, ExperimentResult experiment)
    {
        KpiEstimate Total(string measure) => experiment.Estimate("total", measure) ?? KpiEstimate.From("total", measure, string.Empty, [], experiment.ConfidenceLevel);
        var saturated = experiment.Estimates
            .Where(e => e.Measure == "saturated" && e.Mean >= 0.5)
            .OrderByDescending(e => e.Mean)
            .Select(e => e.Component)
            .ToList();
        return new CapacityPoint(factor, scenario.Streams.Sum(s => s.TeuPerYear), Total("deliveredTeuPerYear"), Total("transitMeanDays"), Total("transitP95Days"), saturated);
    }
}
