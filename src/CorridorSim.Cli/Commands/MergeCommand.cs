using System.CommandLine;
using CorridorSim.Sweeps;

namespace CorridorSim.Cli.Commands;

/// <summary><c>corridorsim merge &lt;folders…&gt; --out DIR</c>: the shards of a sweep combined as if it had run on one machine.</summary>
public static class MergeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var folders = new Argument<string[]>("folders") { Description = "The --out folders of every shard of one sweep (corridorsim sweep --shard i/N).", Arity = ArgumentArity.OneOrMore };
        var outOption = new Option<string>("--out") { Description = "Folder for the merged store and results; the same files as one machine running the whole sweep would write.", HelpName = "folder", Required = true };
        var kpi = SweepReporting.KpiOption();
        var command = new Command("merge", "Merge the folders of a sweep's shards into one, as if the sweep had run on one machine: every run once, the same runs.parquet, points.parquet, results.csv and points.csv byte for byte, and the charts, report.html (and morris.csv) the whole sweep draws.")
        {
            folders,
            outOption,
            kpi,
        };
        folders.Validators.Add(result => ExperimentInput.RefuseUnknownOptions(result, ["--out", "--kpi"]));
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            string output = parseResult.GetValue(outOption)!;
            var given = parseResult.GetValue(folders) ?? [];
            if (ExperimentInput.RefusesFolder(error, output))
            {
                return CorridorSimCommand.UserError;
            }

            int merged;
            try
            {
                merged = SweepMerge.Merge(given, output);
            }
            catch (InvalidDataException e)
            {
                error.WriteLine($"error: {e.Message}");
                error.WriteLine("Fix: give the --out folder of each shard of one sweep, every shard once, each run to its end.");
                return CorridorSimCommand.UserError;
            }
            catch (SweepChangedException e)
            {
                error.WriteLine($"error: {e.Message}");
                error.WriteLine("Fix: merge into an empty folder, or one holding this same sweep.");
                return CorridorSimCommand.UserError;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: cannot merge into {output}: {e.Message}");
                return CorridorSimCommand.UserError;
            }

            // Drawn as a whole sweep draws itself, so the merged folder is the single machine's in every file.
            return SweepReporting.Write(parseResult, output, parseResult.GetValue(kpi) ?? SweepReporting.DefaultKpi, sweep => $"Merged {merged} runs of {given.Length} shard folder(s) into {output}/: {string.Join(", ", SweepFiles.Names)}{SweepReporting.Drawn(sweep.Design)}.", tablesWritten: true);
        });
        return command;
    }
}
