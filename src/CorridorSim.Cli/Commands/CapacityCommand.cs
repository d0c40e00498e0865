using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CorridorSim.Charts;
using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Output;

namespace CorridorSim.Cli.Commands;

/// <summary><c>corridorsim capacity [scenario]</c>: demand scaled step by step, offered against delivered, and where the corridor jams first.</summary>
public static class CapacityCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var scenario = new Argument<string?>("scenario") { Description = $"Scenario file (JSON) whose demand is scaled. Default: the built-in baseline ({ScenarioLoader.BuiltInName}).", Arity = ArgumentArity.ZeroOrOne };
        var outOption = new Option<string?>("--out") { Description = "Folder for capacity.csv, capacity.json, scenario.resolved.json, report.html and the charts (default: out/capacity-<scenario file name>).", HelpName = "folder" };
        var factors = new Option<double[]?>("--factors")
        {
            Description = $"Demand factors, separated by commas (default {string.Join(',', CapacityAnalysis.DefaultFactors.Select(f => f.ToString(CultureInfo.InvariantCulture)))}).",
            HelpName = "f,f,…",
            CustomParser = r =>
            {
                var parts = ExperimentInput.Token(r).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                var values = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v > 0 && v <= 100 ? v : double.NaN).ToArray();
                return parts.Length > 0 && values.All(double.IsFinite) ? values : ExperimentInput.Fail<double[]?>(r, "--factors must be numbers above 0 and at most 100 separated by commas, e.g. 0.5,1,2,3.");
            },
        };
        var experiment = new ExperimentInput("default 3 per level, at least 2");
        var command = new Command("capacity", "Can the corridor absorb growth? Scale every stream's demand step by step, with the same replications at each level, and report offered against delivered TEU a year, transit times and the components that saturate first.")
        {
            scenario,
            outOption,
            factors,
        };
        foreach (var option in experiment.All)
        {
            command.Options.Add(option);
        }

        scenario.Validators.Add(result => ExperimentInput.RefuseUnknownOptions(result, [.. experiment.Names, "--out", "--factors"]));
        command.Validators.Add(result =>
        {
            if (ExperimentInput.Checked(result, experiment.Replications) is < 2)
            {
                result.AddError("--replications must be at least 2 for a capacity analysis: each level needs an interval.");
            }
        });
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Execute(parseResult, scenario, outOption, factors, experiment, cancellationToken)));
        return command;
    }

    private static int Execute(ParseResult parseResult, Argument<string?> scenario, Option<string?> outOption, Option<double[]?> factors, ExperimentInput experiment, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        string? file = parseResult.GetValue(scenario);
        var errors = new List<InputError>();
        if (experiment.LoadScenario(parseResult, file, errors) is not { } sc)
        {
            NetworkInput.ReportErrors(error, errors);
            return CorridorSimCommand.UserError;
        }

        string folder = parseResult.GetValue(outOption) ?? Path.Combine("out", $"capacity-{Path.GetFileNameWithoutExtension(file ?? ScenarioLoader.BuiltInName)}");
        if (ExperimentInput.RefusesFolder(error, folder))
        {
            return CorridorSimCommand.UserError;
        }

        var clock = Stopwatch.StartNew();
        CapacityResult result;
        try
        {
            bool show = !parseResult.GetValue(experiment.Quiet) && ReferenceEquals(error, Console.Error);
            var levels = parseResult.GetValue(factors) is { Length: > 0 } given ? given : null;
            result = ProgressDisplay.Run("capacity", show, p => CapacityAnalysis.Run(sc, levels, experiment.Options(parseResult, 3), p, cancellationToken));
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("cancelled: the analysis was stopped before it finished; no results were written.");
            return CorridorSimCommand.Cancelled;
        }

        int written = NetworkInput.WriteFile(parseResult, folder, () =>
        {
            using var staged = StagedFolder.Begin(folder);
            CapacityFiles.Write(staged.Path, result, sc);

            // The charts and page drawn from the files just written, as 'report' redraws them.
            CapacityReport.Write(staged.Path);
            staged.Publish();
        }, string.Empty);
        if (written != CorridorSimCommand.Success)
        {
            return written;
        }

        int code = parseResult.GetValue(experiment.Strict) && result.FirstSaturated is not null ? CorridorSimCommand.Warnings : CorridorSimCommand.Success;
        if (parseResult.GetValue(experiment.Json))
        {
            output.Write(CapacityFiles.Json(result).ToJsonString(Results.RunResultJson.Options) + "\n");
            return code;
        }

        ResultTables.WriteCapacity(output, result, clock.Elapsed.TotalSeconds);
        output.WriteLine($"Results in {folder}/: capacity.csv, capacity.json, scenario.resolved.json, {RunReport.FileName}, charts/{CapacityReport.ThroughputChart}.png|svg, charts/{CapacityReport.TransitChart}.png|svg");
        return code;
    }
}
