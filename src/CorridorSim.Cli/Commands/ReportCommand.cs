using System.CommandLine;
using CorridorSim.Charts;
using CorridorSim.Output;
using CorridorSim.Sweeps;

namespace CorridorSim.Cli.Commands;

/// <summary><c>corridorsim report &lt;folder&gt;</c>: redraw a saved run's, comparison's, capacity analysis's, investment ranking's or sweep's charts and write its report.html.</summary>
public static class ReportCommand
{
    private const string FolderHint = "Fix: give the --out folder of a run (by default out/<scenario file name>), a comparison (out/compare-<what-if>), a capacity analysis (out/capacity-<scenario>), an investment ranking (out/invest-<file name>) or a sweep (out/sweep-<sweep file name>, or a merge's)";

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "A folder 'corridorsim run', 'compare', 'capacity', 'invest', 'sweep' or 'merge' wrote: one with summary.json, compare.json, capacity.json or invest.json (and scenario.resolved.json), or a sweep's sweep.json and runs.log." };
        var kpi = SweepReporting.KpiOption();
        var command = new Command("report", "Redraw the charts of saved results from their files and write their report.html, a self-contained page to read, print or paste from: a run's, a comparison's (and each of its scenarios'), a capacity analysis's, an investment ranking's or a sweep's (whole, merged, a shard's or one not run to its end, which the page says). Example: corridorsim report out/baseline-2024")
        {
            folder,
            kpi,
        };
        folder.Validators.Add(result => ExperimentInput.RefuseUnknownOptions(result, ["--kpi"]));
        command.SetAction(parseResult =>
        {
            string path = parseResult.GetValue(folder)!;
            var error = parseResult.InvocationConfiguration.Error;
            if (!Directory.Exists(path))
            {
                error.WriteLine($"error: {path}: no such folder.");
                error.WriteLine(FolderHint + ".");
                return CorridorSimCommand.UserError;
            }

            var (write, written) = Kind(path);
            string? chosen = parseResult.GetValue(kpi);
            if (write is null && File.Exists(Path.Combine(path, SweepStore.SpecFile)))
            {
                string report = Path.Combine(path, RunReport.FileName), charts = Path.Combine(path, "charts");
                return SweepReporting.Write(parseResult, path, chosen ?? SweepReporting.DefaultKpi, sweep => sweep.Design == DesignKind.Morris ? $"Wrote {report}, {charts}/ and {Path.Combine(path, "morris.csv")}." : $"Wrote {report} and {charts}/.", tablesWritten: false);
            }

            if (write is not null && chosen is not null)
            {
                error.WriteLine($"error: --kpi {chosen}: {path} holds a run's, a comparison's, a capacity analysis's or an investment ranking's results, whose charts are fixed; --kpi chooses what a sweep's charts draw.");
                error.WriteLine("Fix: leave out --kpi, or give the folder of a sweep.");
                return CorridorSimCommand.UserError;
            }

            if (write is null)
            {
                error.WriteLine($"error: {path}: no summary.json, compare.json, capacity.json, invest.json or sweep.json, so not a folder 'corridorsim run', 'compare', 'capacity', 'invest', 'sweep' or 'merge' wrote.");
                error.WriteLine(FolderHint + "; a comparison's runs are in its numbered sub-folders.");
                return CorridorSimCommand.UserError;
            }

            if (!File.Exists(Path.Combine(path, "scenario.resolved.json")) && !File.Exists(Path.Combine(path, ComparisonFiles.JsonFile)))
            {
                error.WriteLine($"error: {path}: no scenario.resolved.json, which the report needs for the network and the scenario's changes.");
                error.WriteLine(File.Exists(Path.Combine(path, CapacityFiles.JsonFile))
                    ? "Fix: run the capacity analysis again: this program writes scenario.resolved.json beside capacity.json (an earlier version did not)."
                    : "Fix: run the scenario again to rewrite the folder.");
                return CorridorSimCommand.UserError;
            }

            try
            {
                // A file missing from the results is not one that cannot be written.
                string? missing = null;
                int code = NetworkInput.WriteFile(parseResult, path, () =>
                {
                    try
                    {
                        write(path);
                    }
                    catch (FileNotFoundException e)
                    {
                        missing = e.Message;
                    }
                }, string.Empty);
                if (missing is not null)
                {
                    error.WriteLine($"error: {path}: {missing}.");
                    error.WriteLine("Fix: run the comparison again to rewrite the folder, or put back what was moved out of it.");
                    return CorridorSimCommand.UserError;
                }

                if (code == CorridorSimCommand.Success)
                {
                    parseResult.InvocationConfiguration.Output.WriteLine(written);
                }

                return code;
            }
            catch (InvalidDataException e)
            {
                error.WriteLine($"error: {path}: {e.Message}");
                error.WriteLine("Fix: mend scenario.resolved.json as the error says (a network file it names may have moved), or run the scenario again.");
                return CorridorSimCommand.UserError;
            }
            catch (System.Text.Json.JsonException e)
            {
                error.WriteLine($"error: {path}: a results file is not one this program wrote ({e.Message}).");
                error.WriteLine("Fix: run the scenario again to rewrite the folder.");
                return CorridorSimCommand.UserError;
            }
        });
        return command;
    }

    /// <summary>How to write the report of the folder at <paramref name="path"/>, by the results it holds, and what to say when written; no way when it holds none.</summary>
    private static (Action<string>? Write, string Written) Kind(string path)
    {
        string report = Path.Combine(path, RunReport.FileName);
        string charts = Path.Combine(path, "charts");
        if (File.Exists(Path.Combine(path, ComparisonFiles.JsonFile)))
        {
            return (ComparisonReport.Write, $"Wrote {report}, {charts}/ and each scenario's report.");
        }

        if (File.Exists(Path.Combine(path, CapacityFiles.JsonFile)))
        {
            return (CapacityReport.Write, $"Wrote {report} and {charts}/.");
        }

        if (File.Exists(Path.Combine(path, InvestmentFiles.JsonFile)))
        {
            return (InvestmentReport.Write, $"Wrote {report} and {charts}/.");
        }

        return File.Exists(Path.Combine(path, "summary.json")) ? (RunReport.Write, $"Wrote {report} and {charts}/.") : (null, string.Empty);
    }
}
