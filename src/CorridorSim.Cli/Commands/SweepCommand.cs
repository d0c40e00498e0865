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
        var kpi = SweepReporting.KpiOption();
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
            string drawn = count > 1 ? string.Empty : SweepReporting.Drawn(sweep.Design.Kind);
            output.WriteLine($"Results in {folder}/: {string.Join(", ", SweepFiles.Names)}{drawn} (the store: {SweepStore.SpecFile}, {SweepStore.LogFile}).");
            // A whole sweep is drawn as report and merge draw it: from what its folder holds.
            return Task.FromResult(count == 1 ? SweepReporting.Write(parseResult, folder, parseResult.GetValue(kpi) ?? SweepReporting.DefaultKpi, null, tablesWritten: true) : CorridorSimCommand.Success);
        });
        return command;
    }

    /// <summary>Passes a sweep's progress on as runs done of runs planned.</summary>
    private sealed class Relay(IProgress<ExperimentProgress> inner) : IProgress<SweepProgress>
    {
        public void Report(SweepProgress value) => inner.Report(new ExperimentProgress(value.Done, value.Total));
    }
}
