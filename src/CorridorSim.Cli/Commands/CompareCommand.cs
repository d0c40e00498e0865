using System.CommandLine;
using System.Diagnostics;
using CorridorSim.Charts;
using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Output;
using CorridorSim.Scenarios;

namespace CorridorSim.Cli.Commands;

/// <summary><c>corridorsim compare base.json what-if.json …</c>: paired replications with common random numbers and every KPI's difference from the base.</summary>
public static class CompareCommand
{
    /// <summary>Replications per scenario when <c>--replications</c> is not given.</summary>
    public const int DefaultReplications = ExperimentOptions.DefaultStartReplications;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var files = new Argument<string[]>("scenarios")
        {
            Description = $"The base scenario, then one or more what-ifs. With one file, the base is the built-in baseline ({ScenarioLoader.BuiltInName}).",
            Arity = ArgumentArity.OneOrMore,
        };
        var outOption = new Option<string?>("--out") { Description = "Folder for compare.csv, compare.json, report.html and each scenario's results (default: out/compare-<last what-if>).", HelpName = "folder" };
        var experiment = new ExperimentInput($"default {DefaultReplications}, at least 2");
        var command = new Command("compare", "Compare what-if scenarios with a base: the same replications of each with common random numbers, and every KPI's paired difference with a 95 % confidence interval.")
        {
            files,
            outOption,
        };
        foreach (var option in experiment.All)
        {
            command.Options.Add(option);
        }

        files.Validators.Add(result => ExperimentInput.RefuseUnknownOptions(result, [.. experiment.Names, "--out"]));

        command.Validators.Add(result =>
        {
            if (ExperimentInput.Checked(result, experiment.Replications) is < 2)
            {
                result.AddError("--replications must be at least 2 for a comparison: a difference needs replications to have a confidence interval.");
            }
        });
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Execute(parseResult, files, outOption, experiment, cancellationToken)));
        return command;
    }

    private static int Execute(ParseResult parseResult, Argument<string[]> files, Option<string?> outOption, ExperimentInput experiment, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var paths = parseResult.GetValue(files) ?? [];
        var named = paths.Length == 1 ? [null, paths[0]] : paths.Select(p => (string?)p).ToArray();
        var scenarios = new List<Scenario>();
        var errors = new List<InputError>();
        foreach (string? path in named)
        {
            if (experiment.LoadScenario(parseResult, path, errors) is { } scenario)
            {
                scenarios.Add(scenario);
            }
        }

        if (errors.Count > 0)
        {
            NetworkInput.ReportErrors(error, errors);
            return CorridorSimCommand.UserError;
        }

        string Stem(int i) => Path.GetFileNameWithoutExtension(named[i] ?? ScenarioLoader.BuiltInName);
        string folder = parseResult.GetValue(outOption) ?? Path.Combine("out", $"compare-{Stem(named.Length - 1)}");
        if (ExperimentInput.RefusesFolder(error, folder))
        {
            return CorridorSimCommand.UserError;
        }

        var options = experiment.Options(parseResult, DefaultReplications);
        var clock = Stopwatch.StartNew();
        ComparisonResult comparison;
        try
        {
            bool show = !parseResult.GetValue(experiment.Quiet) && ReferenceEquals(error, Console.Error);
            comparison = ProgressDisplay.Run("compare", show, p => Experiment.Compare(scenarios, options, p, cancellationToken));
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("cancelled: the comparison was stopped before it finished; no results were written.");
            return CorridorSimCommand.Cancelled;
        }

        double seconds = clock.Elapsed.TotalSeconds;
        int written = NetworkInput.WriteFile(parseResult, folder, () =>
        {
            using var staged = StagedFolder.Begin(folder);
            var subs = Enumerable.Range(0, scenarios.Count).Select(i => $"{i + 1}-{Stem(i)}").ToList();
            ComparisonFiles.Write(staged.Path, comparison, subs);
            for (int i = 0; i < scenarios.Count; i++)
            {
                RunFolder.Write(Path.Combine(staged.Path, subs[i]), scenarios[i], comparison.Experiments[i]);
            }

            // The charts and pages drawn from the files just written, as 'report' redraws them.
            ComparisonReport.Write(staged.Path);
            staged.Publish();
        }, string.Empty);
        if (written != CorridorSimCommand.Success)
        {
            return written;
        }

        bool warned = comparison.Warnings.Count > 0 || comparison.Experiments.Any(e => e.Warnings.Count > 0);
        int code = parseResult.GetValue(experiment.Strict) && warned ? CorridorSimCommand.Warnings : CorridorSimCommand.Success;
        if (parseResult.GetValue(experiment.Json))
        {
            output.Write(ComparisonFiles.Json(comparison).ToJsonString(Results.RunResultJson.Options) + "\n");
            return code;
        }

        ResultTables.WriteComparison(output, comparison, seconds);
        output.WriteLine($"Results in {folder}/: compare.csv, compare.json, {RunReport.FileName}, charts/difference-N.png|svg, and each scenario's results in {string.Join(", ", Enumerable.Range(0, scenarios.Count).Select(i => $"{i + 1}-{Stem(i)}/"))}");
        return code;
    }
}
