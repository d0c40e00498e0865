using System.CommandLine;
using CorridorSim.Charts;

namespace CorridorSim.Cli.Commands;

/// <summary><c>corridorsim report &lt;folder&gt;</c>: redraw a saved run's charts and write its report.html.</summary>
public static class ReportCommand
{
    private static readonly string[] Needed = ["summary.json", "scenario.resolved.json"];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "A folder 'corridorsim run' wrote (its summary.json, scenario.resolved.json and, for replications, runs/)." };
        var command = new Command("report", "Redraw the charts of a saved run from its files and write its report.html, a self-contained page to read, print or paste from. Example: corridorsim report out/baseline-2024")
        {
            folder,
        };
        folder.Validators.Add(result => ExperimentInput.RefuseUnknownOptions(result, []));
        command.SetAction(parseResult =>
        {
            string path = parseResult.GetValue(folder)!;
            var error = parseResult.InvocationConfiguration.Error;
            foreach (string needed in Needed)
            {
                if (!File.Exists(Path.Combine(path, needed)))
                {
                    error.WriteLine(Directory.Exists(path)
                        ? $"error: {path}: no {needed}, so not a folder 'corridorsim run' wrote."
                        : $"error: {path}: no such folder.");
                    error.WriteLine("Fix: give the --out folder of a run (by default out/<scenario file name>); a comparison's runs are in its numbered sub-folders.");
                    return CorridorSimCommand.UserError;
                }
            }

            try
            {
                return NetworkInput.WriteFile(parseResult, path, () => RunReport.Write(path), $"Wrote {Path.Combine(path, RunReport.FileName)} and {Path.Combine(path, "charts")}/.");
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
}
