using CorridorSim.Model.Corridor;
using CorridorSim.Results;
using CorridorSim.Scenarios;

namespace CorridorSim.Experiments;

/// <summary>
/// Replications and paired comparisons of scenarios. Replications run in parallel, each on its
/// own model; results are collected by replication number, so they never depend on how many run
/// at once. See <see cref="ReplicationSeeds"/> for the seeds.
/// </summary>
public static class Experiment
{
    /// <summary>Runs replications of <paramref name="scenario"/> and estimates every KPI over them.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="options">Replications, parallelism, precision; one replication by default.</param>
    /// <param name="progress">Told of every finished run, possibly from worker threads.</param>
    /// <param name="cancellationToken">Stops the experiment (runs check it every simulated week).</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ExperimentResult Replicate(Scenario scenario, ExperimentOptions? options = null, IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        options ??= new ExperimentOptions();
        ulong seed = options.Seed ?? scenario.Seed;
        int parallelism = Parallelism(options);
        var counter = new ProgressCounter(progress);
        if (options.Precision is not double gamma)
        {
            int n = options.Replications ?? 1;
            ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
            counter.Plan(n);
            var runs = RunMany([.. Enumerable.Range(1, n).Select(i => (scenario, ReplicationSeeds.For(seed, i)))], parallelism, counter, options.Limits, null, cancellationToken);
            return Finish(scenario, seed, options, runs, null);
        }

        // Law's sequential procedure: after each replication from n0 on, stop as soon as every
        // headline KPI has δ(n)/|mean| ≤ γ/(1 + γ). Replications run in batches of the parallelism,
        // but the rule is checked after each one in order, so the stopping point is the same at any
        // parallelism (extra runs of the last batch are dropped).
        int start = options.Replications ?? ExperimentOptions.DefaultStartReplications;
        ArgumentOutOfRangeException.ThrowIfLessThan(start, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxReplications, start);
        double target = gamma / (1.0 + gamma);
        var all = new List<RunResult>();

        // Found once for all the batches.
        var routes = new Dictionary<Scenario, IReadOnlyList<Routing.Route>>(ReferenceEqualityComparer.Instance) { [scenario] = CorridorModel.PlanRoutes(scenario) };
        counter.Plan(start);
        all.AddRange(RunMany([.. Enumerable.Range(1, start).Select(i => (scenario, ReplicationSeeds.For(seed, i)))], parallelism, counter, options.Limits, routes, cancellationToken));
        int checkedUpTo = start - 1;
        while (true)
        {
            for (int n = checkedUpTo + 1; n <= all.Count; n++)
            {
                var worst = WorstHeadline(all.Take(n).ToList(), options.ConfidenceLevel);
                if (worst.Relative <= target)
                {
                    return Finish(scenario, seed, options, all.Take(n).ToList(), new PrecisionOutcome(gamma, true, worst.Key, worst.Relative));
                }

                checkedUpTo = n;
            }

            if (all.Count >= options.MaxReplications || Stopping(options.Limits))
            {
                var worst = WorstHeadline(all, options.ConfidenceLevel);
                return Finish(scenario, seed, options, all, new PrecisionOutcome(gamma, false, worst.Key, worst.Relative));
            }

            int batch = Math.Min(parallelism, options.MaxReplications - all.Count);
            counter.Plan(batch);
            int first = all.Count + 1;
            all.AddRange(RunMany([.. Enumerable.Range(first, batch).Select(i => (scenario, ReplicationSeeds.For(seed, i)))], parallelism, counter, options.Limits, routes, cancellationToken));
        }
    }

    /// <summary>
    /// Runs the same replications of every scenario with common random numbers (replication i of
    /// each with the same seed) and gives every KPI's paired difference from the first scenario.
    /// </summary>
    /// <param name="scenarios">The base scenario first, then one or more what-ifs.</param>
    /// <param name="options">Replications (10 when not given; at least 2), parallelism, level, seed (the base scenario's by default).</param>
    /// <param name="progress">Told of every finished run, possibly from worker threads.</param>
    /// <param name="cancellationToken">Stops the comparison.</param>
    public static ComparisonResult Compare(IReadOnlyList<Scenario> scenarios, ExperimentOptions? options = null, IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentOutOfRangeException.ThrowIfLessThan(scenarios.Count, 2);
        options ??= new ExperimentOptions();
        int n = options.Replications ?? ExperimentOptions.DefaultStartReplications;
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 2);
        ulong seed = options.Seed ?? scenarios[0].Seed;
        var counter = new ProgressCounter(progress);
        counter.Plan(n * scenarios.Count);
        var jobs = scenarios.SelectMany(s => Enumerable.Range(1, n).Select(i => (s, ReplicationSeeds.For(seed, i)))).ToArray();
        var runs = RunMany(jobs, Parallelism(options), counter, null, null, cancellationToken);
        // Each scenario's estimates are independent of the others': made in parallel too.
        var experiments = new ExperimentResult[scenarios.Count];
        Parallel.For(0, scenarios.Count, new ParallelOptions { MaxDegreeOfParallelism = Parallelism(options), CancellationToken = cancellationToken }, j =>
            experiments[j] = Finish(scenarios[j], seed, options, runs.Skip(j * n).Take(n).ToList(), null));
        return Comparison.Of(experiments, options.ConfidenceLevel);
    }

    /// <summary>
    /// <paramref name="comparison"/> of <paramref name="scenarios"/> carried on to
    /// <paramref name="replications"/> replications of each: its runs kept, the others run with
    /// the seeds that follow, so that the result is the comparison of that many replications.
    /// </summary>
    internal static ComparisonResult Extend(ComparisonResult comparison, IReadOnlyList<Scenario> scenarios, int replications, ExperimentOptions options, IProgress<ExperimentProgress>? progress, CancellationToken cancellationToken)
    {
        int have = comparison.Replications;
        if (replications <= have)
        {
            return comparison;
        }

        int more = replications - have;
        ulong seed = comparison.Base.Seed;
        var counter = new ProgressCounter(progress);
        counter.Plan(more * scenarios.Count);
        var jobs = scenarios.SelectMany(s => Enumerable.Range(have + 1, more).Select(i => (s, ReplicationSeeds.For(seed, i)))).ToArray();
        var runs = RunMany(jobs, Parallelism(options), counter, null, null, cancellationToken);
        var experiments = new ExperimentResult[scenarios.Count];
        Parallel.For(0, scenarios.Count, new ParallelOptions { MaxDegreeOfParallelism = Parallelism(options), CancellationToken = cancellationToken }, j =>
            experiments[j] = Finish(scenarios[j], seed, options, [.. comparison.Experiments[j].Runs, .. runs.Skip(j * more).Take(more)], null));
        return Comparison.Of(experiments, options.ConfidenceLevel);
    }

    /// <summary>The experiment made of <paramref name="runs"/> of <paramref name="scenario"/> (replication 1 first), e.g. a single run made with a shipment log.</summary>
    public static ExperimentResult Summarise(Scenario scenario, ulong seed, IReadOnlyList<RunResult> runs, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentOutOfRangeException.ThrowIfZero(runs.Count);
        return Finish(scenario, seed, new ExperimentOptions { ConfidenceLevel = level }, runs, null);
    }

    private static ExperimentResult Finish(Scenario scenario, ulong seed, ExperimentOptions options, IReadOnlyList<RunResult> runs, PrecisionOutcome? precision)
    {
        var warnings = new List<string>();
        if (WarmUpCheck.Warning(runs) is string warning)
        {
            warnings.Add(warning);
        }

        warnings.AddRange(RunWarnings(runs));

        var table = KpiTable.Of(runs);
        var result = new ExperimentResult(scenario.Name, seed, options.ConfidenceLevel, runs, ExperimentResult.Estimate(table, options.ConfidenceLevel))
        {
            Precision = precision,
            Warnings = warnings,
        };
        result.Table = table;
        return result;
    }

    /// <summary>
    /// The replications' own warnings, once each: a saturated component with the number of
    /// replications it saturated in and its mean backlog at the end; any other warning with the
    /// number of replications that gave it (the first one's wording).
    /// </summary>
    private static IEnumerable<string> RunWarnings(IReadOnlyList<RunResult> runs)
    {
        if (runs.Count == 1)
        {
            foreach (string w in runs[0].Warnings)
            {
                yield return w;
            }

            yield break;
        }

        // Replications stopped early: once, with how many and how much of the period they cover.
        var partial = runs.Where(r => r.Info.IsPartial).ToList();
        if (partial.Count > 0)
        {
            yield return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{RunResultBuilder.PartialWarning}{partial.Count} of {runs.Count} replications stopped early, because {partial[0].Info.StoppedEarly}; they cover {partial.Min(r => r.Info.Years) * 365:0.#}–{partial.Max(r => r.Info.Years) * 365:0.#} of the {partial[0].Info.PlannedYears * 365:0.#} days planned after the warm-up, and every figure covers only the days simulated.");
        }

        var saturated = runs
            .SelectMany(r => r.Components.Where(c => c.Measures.Any(m => m.Name == "saturated" && m.Value == 1)))
            .GroupBy(c => c.Id, StringComparer.Ordinal);
        foreach (var g in saturated)
        {
            double backlog = g.Average(c => c.Measures.First(m => m.Name == "endBacklog").Value);
            yield return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{g.Key} is saturated in {g.Count()} of {runs.Count} replications (held at the end {backlog:N0} containers on average): it passes no more than it does, and what it cannot pass waits before it — or, where storage is bounded, in the origins' backlogs — for as long as the run lasts; compare its streams by their backlogs as well as their transit times.");
        }

        // The input's warnings are the same in every replication: once each.
        foreach (string w in runs[0].Warnings.Where(w => w.StartsWith(RunResultBuilder.InputWarning, StringComparison.Ordinal)))
        {
            yield return w;
        }

        var ids = saturated.Select(g => g.Key).ToList();
        var others = runs
            .SelectMany(r => r.Warnings.Where(w => !w.StartsWith(RunResultBuilder.InputWarning, StringComparison.Ordinal) && !w.StartsWith(RunResultBuilder.PartialWarning, StringComparison.Ordinal) && !ids.Any(id => w.StartsWith($"{id} is saturated:", StringComparison.Ordinal))).Select(w => (Run: r, Text: w)))
            .GroupBy(x => x.Text.Split(' ').Skip(1).FirstOrDefault() ?? x.Text, StringComparer.Ordinal);
        foreach (var g in others)
        {
            int k = g.Select(x => x.Run).Distinct().Count();
            yield return $"In {k} of {runs.Count} replications: {g.First().Text}";
        }
    }

    private static (string Key, double Relative) WorstHeadline(List<RunResult> runs, double level)
    {
        // The headline KPIs (RunKpis.IsHeadline) read straight from the results: this runs after
        // every replication, so it must not build every KPI of every run each time.
        var headline = new List<(string Key, Func<RunResult, double> Value)>();
        var first = runs[0];
        for (int i = 0; i < first.Streams.Count; i++)
        {
            int s = i;
            headline.Add(($"stream:{first.Streams[s].Id}/deliveredTeuPerYear", r => r.Streams[s].DeliveredTeu / r.Info.Years));
            headline.Add(($"stream:{first.Streams[s].Id}/transitMeanDays", r => r.Streams[s].Transit.MeanDays));
        }

        headline.Add(("total/deliveredTeuPerYear", r => r.Total.DeliveredTeu / r.Info.Years));
        headline.Add(("total/transitMeanDays", r => r.Total.Transit.MeanDays));
        var worst = (Key: "-", Relative: 0.0);
        foreach (var (key, value) in headline)
        {
            var e = KpiEstimate.From(key, string.Empty, string.Empty, runs.Select(value), level);
            if (e.Count == 0 || e.Mean == 0.0)
            {
                // A stream that delivered nothing has no relative precision to reach.
                continue;
            }

            double relative = double.IsNaN(e.RelativeHalfWidth) ? double.PositiveInfinity : e.RelativeHalfWidth;
            if (relative > worst.Relative)
            {
                worst = (key, relative);
            }
        }

        return worst;
    }

    private static int Parallelism(ExperimentOptions options)
    {
        int p = options.Parallelism ?? Environment.ProcessorCount;
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 1);
        return p;
    }

    /// <summary>Whether the limits' early stop has been signalled: no more replications start.</summary>
    private static bool Stopping(RunLimits? limits) => limits?.StopEarly.IsCancellationRequested == true;

    /// <summary>
    /// Runs the jobs, in job order in the result. With <paramref name="limits"/>, a replication
    /// stopped within its warm-up, or not started once the early stop is signalled, is left out;
    /// when none is left, the first stop is thrown.
    /// </summary>
    private static RunResult[] RunMany((Scenario Scenario, ulong Seed)[] jobs, int parallelism, ProgressCounter counter, RunLimits? limits, Dictionary<Scenario, IReadOnlyList<Routing.Route>>? routes, CancellationToken cancellationToken)
    {
        var results = new RunResult?[jobs.Length];
        var stops = new RunStoppedException?[jobs.Length];

        // Routes do not change between replications: found once per scenario, shared by its runs.
        routes ??= new Dictionary<Scenario, IReadOnlyList<Routing.Route>>(ReferenceEqualityComparer.Instance);
        foreach (var (scenario, _) in jobs)
        {
            if (!routes.ContainsKey(scenario))
            {
                routes[scenario] = CorridorModel.PlanRoutes(scenario);
            }
        }
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        try
        {
            Parallel.For(0, jobs.Length, parallel, i =>
            {
                if (!Stopping(limits))
                {
                    try
                    {
                        results[i] = ScenarioRunner.Run(jobs[i].Scenario, jobs[i].Seed, routes[jobs[i].Scenario], limits is null ? null : new RunOptions { Limits = limits }, cancellationToken);
                    }
                    catch (RunStoppedException stop)
                    {
                        stops[i] = stop;
                    }
                }

                counter.Done();
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
        {
            throw new OperationCanceledException(cancellationToken);
        }

        var done = results.OfType<RunResult>().ToArray();
        if (done.Length == 0 && jobs.Length > 0)
        {
            throw stops.OfType<RunStoppedException>().FirstOrDefault() ?? new RunStoppedException(jobs[0].Scenario.Name, 0.0, jobs[0].Scenario.WarmUpDays, 0, limits?.StopEarlyReason ?? "it was told to stop early");
        }

        return done;
    }

    /// <summary>Counts finished runs across threads and reports them.</summary>
    private sealed class ProgressCounter(IProgress<ExperimentProgress>? progress)
    {
        private int _completed;
        private int _planned;

        public void Plan(int more)
        {
            Interlocked.Add(ref _planned, more);
            progress?.Report(new ExperimentProgress(Volatile.Read(ref _completed), Volatile.Read(ref _planned)));
        }

        public void Done()
        {
            int done = Interlocked.Increment(ref _completed);
            progress?.Report(new ExperimentProgress(done, Volatile.Read(ref _planned)));
        }
    }
}
