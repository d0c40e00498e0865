using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CorridorSim.Experiments;
using CorridorSim.Sweeps;

namespace CorridorSim.Cli.Commands;

/// <summary><c>corridorsim sweep &lt;spec&gt;</c>: a parameter sweep's points × replications on every core, resumable, shardable across machines.</summary>
public static class SweepCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var spec = new Argument<string>("spec") { Description = "The sweep file (JSON; schema docs/schema/sweep.schema.json): base scenario, factors by JSON Pointer, design, replications." };
        var outOption = new Option<string?>("--out") { Description = "Folder for the store (sweep.json, runs.log) and the results (runs.parquet, points.parquet, results.csv, points.csv); default out/sweep-<spec file name>. Run again into the same folder to resume.", HelpName = "folder" };
        var shard = new Option<(int, int)?>("--shard")
        {
            Description = "Run only shard i of N (i from 0): the runs whose number leaves remainder i divided by N. Read from a Slurm job array or a Kubernetes Indexed Job when not given.",
            HelpName = "i/N",
            CustomParser = r => ShardOption.Parse(ExperimentInput.Token(r)) ?? ExperimentInput.Fail<(int, int)?>(r, "--shard must be i/N with whole numbers 0 ≤ i < N, e.g. 0/4."),
        };
        var shards = new Option<int?>("--shards")
        {
            Description = "Shards in all, for a Kubernetes Indexed Job (its completions); JOB_COMPLETION_INDEX gives this one's.",
            HelpName = "N",
            CustomParser = r => int.TryParse(ExperimentInput.Token(r), NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v >= 1 ? v : ExperimentInput.Fail<int?>(r, "--shards must be a whole number of at least 1."),
        };
        var parallel = new Option<int?>("--parallel")
        {
            Description = $"Runs at once (default: all {Environment.ProcessorCount} cores). The results do not depend on it.",
            HelpName = "p",
            CustomParser = r => int.TryParse(ExperimentInput.Token(r), NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v is >= 1 and <= 1024 ? v : ExperimentInput.Fail<int?>(r, "--parallel must be a whole number from 1 to 1024."),
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar (it is also off when standard error is redirected)." };
        var kpi = new Option<string>("--kpi") { Description = "The KPI (component/measure, a column of runs.parquet) the charts draw and a Morris design screens the factors on (morris.csv).", HelpName = "component/measure", DefaultValueFactory = _ => "total/transitMeanDays" };
        var command = new Command("sweep", "Run a parameter sweep: every point of its design (grid, Latin hypercube or Morris) × its replications, with common random numbers across points, on every core; each run is committed as it finishes, so a rerun resumes. Results as Parquet and CSV.")
        {
            spec,
            outOption,
            shard,
            shards,
            parallel,
            quiet,
            kpi,
        };
        spec.Validators.Add(result => ExperimentInput.RefuseUnknownOptions(result, ["--out", "--shard", "--shards", "--parallel", "--quiet", "-q", "--kpi"]));
        command.SetAction((parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            string file = parseResult.GetValue(spec)!;
            var loaded = SweepSpecLoader.LoadFile(file);
            if (loaded.Value is not SweepSpec sweep)
            {
                NetworkInput.ReportErrors(error, loaded.Errors);
                return Task.FromResult(CorridorSimCommand.UserError);
            }

            if (ShardOption.Resolve(parseResult.GetValue(shard), parseResult.GetValue(shards), Environment.GetEnvironmentVariable, out string? shardError) is not var (index, count, from))
            {
                error.WriteLine($"error: {shardError}");
                return Task.FromResult(CorridorSimCommand.UserError);
            }

            string folder = parseResult.GetValue(outOption) ?? Path.Combine("out", $"sweep-{Path.GetFileNameWithoutExtension(file)}");
            if (ExperimentInput.RefusesFolder(error, folder))
            {
                return Task.FromResult(CorridorSimCommand.UserError);
            }

            var options = new SweepRunOptions { Parallelism = parseResult.GetValue(parallel), ShardIndex = index, ShardCount = count };
            bool show = !parseResult.GetValue(quiet) && ReferenceEquals(error, Console.Error);
            var clock = Stopwatch.StartNew();
            SweepOutcome outcome;
            try
            {
                outcome = ProgressDisplay.Run("sweep", show, p => SweepRunner.Run(sweep, folder, options, new Relay(p), cancellationToken));
            }
            catch (SweepChangedException e)
            {
                error.WriteLine($"error: {e.Message}");
                error.WriteLine($"Fix: give --out another folder for this sweep, or delete {folder} to start it again; a finished run is kept only for the sweep that ran it.");
                return Task.FromResult(CorridorSimCommand.UserError);
            }
            catch (SweepPointException e)
            {
                error.WriteLine($"error: {file}: {e.Message}");
                error.WriteLine("Fix: narrow the factor's values to ones the scenario takes; the runs finished so far are kept.");
                return Task.FromResult(CorridorSimCommand.UserError);
            }
            catch (OperationCanceledException)
            {
                error.WriteLine($"cancelled: the runs finished so far are kept in {folder}; run the same command again to resume.");
                return Task.FromResult(CorridorSimCommand.Cancelled);
            }

            int written = NetworkInput.WriteFile(parseResult, folder, () => SweepFiles.Write(folder, outcome), string.Empty);
            if (written != CorridorSimCommand.Success)
            {
                return Task.FromResult(written);
            }

            int runs = outcome.Points.Count * sweep.Replications;

            string share = count == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" — shard {index}/{count} ({from}): {outcome.Runs.Count} of them");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Sweep \"{sweep.Name}\": {outcome.Points.Count} points × {sweep.Replications} replications = {runs} runs{share}; ran {outcome.Ran} in {clock.Elapsed.TotalSeconds:0.0} s, {outcome.Resumed} already done."));
            string morris = count > 1 ? string.Empty : sweep.Design.Kind == DesignKind.Morris ? ", morris.csv, charts/, report.html" : ", charts/, report.html";
            output.WriteLine($"Results in {folder}/: {string.Join(", ", SweepFiles.Names)}{morris} (the store: {SweepStore.SpecFile}, {SweepStore.LogFile}).");
            if (count == 1 && Analyse(parseResult, folder, outcome, parseResult.GetValue(kpi)!) is int failed)
            {
                return Task.FromResult(failed);
            }
            return Task.FromResult(CorridorSimCommand.Success);
        });
        return command;
    }

    /// <summary>Draws the charts of a whole sweep for <paramref name="kpi"/> and, for a Morris design, screens the factors on it into morris.csv and prints the ranking; an exit code when the KPI is not one the runs have.</summary>
    private static int? Analyse(ParseResult parseResult, string folder, SweepOutcome outcome, string kpi)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var keys = outcome.Runs.SelectMany(r => r.Kpis.Keys).Distinct(StringComparer.Ordinal).ToList();
        if (!keys.Contains(kpi, StringComparer.Ordinal))
        {
            var error = parseResult.InvocationConfiguration.Error;
            error.WriteLine($"error: --kpi {kpi}: the runs have no such KPI, so it was neither charted nor screened (the results are written).");
            error.WriteLine($"Fix: {Input.DidYouMean.Hint(kpi, keys, "KPIs (component/measure, the columns of runs.parquet)")}");
            return CorridorSimCommand.UserError;
        }

        IReadOnlyList<MorrisEffect>? effects = null;
        if (outcome.Spec.Design.Kind == DesignKind.Morris)
        {
            var means = outcome.Runs.GroupBy(r => r.Point).ToDictionary(g => g.Key, g => g.Select(r => r.Kpis[kpi]).Where(double.IsFinite).DefaultIfEmpty(double.NaN).Average());
            effects = MorrisScreening.Analyse(outcome.Spec.Factors, outcome.Points, p => means.GetValueOrDefault(p, double.NaN));
        }

        int written = NetworkInput.WriteFile(parseResult, folder, () =>
        {
            if (effects is not null)
            {
                SweepFiles.WriteMorris(folder, kpi, effects);
            }

            var charts = Charts.SweepCharts.WriteAll(outcome, kpi, Path.Combine(folder, "charts"), effects);
            Charts.SweepReport.Write(folder, outcome, kpi, charts, effects);
        }, string.Empty);
        if (written != CorridorSimCommand.Success || effects is null)
        {
            return written == CorridorSimCommand.Success ? null : written;
        }

        output.WriteLine($"Morris screening of {kpi} (per unit of each factor's range; μ* with its 95 % bootstrap interval):");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"factor",-28} {"μ*",10} {"interval",21} {"μ",10} {"σ",10}"));
        foreach (var e in effects)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{e.Factor,-28} {e.MuStar,10:0.###} {$"{e.MuStarLow:0.###}–{e.MuStarHigh:0.###}",21} {e.Mu,10:0.###} {e.Sigma,10:0.###}"));
        }

        return null;
    }

    /// <summary>Passes a sweep's progress on as runs done of runs planned.</summary>
    private sealed class Relay(IProgress<ExperimentProgress> inner) : IProgress<SweepProgress>
    {
        public void Report(SweepProgress value) => inner.Report(new ExperimentProgress(value.Done, value.Total));
    }
}
