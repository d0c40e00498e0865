using System.CommandLine;
using System.Diagnostics;
using CorridorSim.Charts;
using CorridorSim.Experiments;
using CorridorSim.Investments;
using CorridorSim.Output;

namespace CorridorSim.Cli.Commands;

/// <summary><c>corridorsim invest &lt;candidates&gt;</c>: rank investments, alone and combined, by transit saved and throughput gained, per million US dollars too, with the best selected at a stated confidence.</summary>
public static class InvestCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("candidates") { Description = "The investment set (JSON; schema docs/schema/invest.schema.json): a base scenario, the candidates with their overrides and costs, and combinations." };
        var outOption = new Option<string?>("--out") { Description = "Folder for invest.csv, invest-runs.csv, invest.json, scenario.resolved.json, report.html and the charts (default: out/invest-<file name>).", HelpName = "folder" };
        var experiment = new ExperimentInput("default: the file's, 10 if it gives none; at least 2");
        var indifference = new Option<Dictionary<InvestmentCriterion, double>?>("--indifference")
        {
            Description = $"Select the best of a criterion in two stages: CRITERION=δ, the smallest difference that matters in the criterion's unit ({string.Join(", ", InvestmentCriteria.All.Select(InvestmentCriteria.Name))}); repeat for several. Overrides the file's \"indifference\".",
            HelpName = "criterion=δ",
            AllowMultipleArgumentsPerToken = false,
            Arity = ArgumentArity.OneOrMore,
            CustomParser = Zones,
        };
        var maxReplications = new Option<int?>("--max-replications")
        {
            Description = "Most replications the second stage of --indifference may bring each option to (default: the file's maxReplications, else 100).",
            HelpName = "n",
            CustomParser = r => int.TryParse(ExperimentInput.Token(r), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int v) && v is >= 2 and <= 100_000 ? v : ExperimentInput.Fail<int?>(r, "--max-replications must be a whole number from 2 to 100000."),
        };
        var command = new Command("invest", "Rank investments: run the base and every candidate (and combination) the same replications with common random numbers, and rank them by transit time saved and throughput gained, and by each per million US dollars, selecting the best with Hsu's multiple comparisons with the best at a stated joint confidence.")
        {
            file,
            outOption,
            indifference,
            maxReplications,
        };
        Option[] used = [experiment.Seed, experiment.Replications, experiment.Parallel, experiment.Json, experiment.Quiet, experiment.Strict];
        foreach (var option in used)
        {
            command.Options.Add(option);
        }

        file.Validators.Add(result => ExperimentInput.RefuseUnknownOptions(result, [.. used.Select(o => o.Name), "--out", "--indifference", "--max-replications"]));
        command.Validators.Add(result =>
        {
            if (ExperimentInput.Checked(result, experiment.Replications) is < 2)
            {
                result.AddError("--replications must be at least 2 for a ranking: each difference needs an interval.");
            }

            if (ExperimentInput.Checked(result, maxReplications) is int max && ExperimentInput.Checked(result, experiment.Replications) is int n && max < n)
            {
                result.AddError($"--max-replications {max} is fewer than --replications {n}, the first stage: give at least as many.");
            }
        });
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Execute(parseResult, file, outOption, (indifference, maxReplications), experiment, cancellationToken)));
        return command;
    }

    /// <summary>CRITERION=δ tokens into indifference zones, or a parse error naming the criteria.</summary>
    private static Dictionary<InvestmentCriterion, double>? Zones(System.CommandLine.Parsing.ArgumentResult result)
    {
        var zones = new Dictionary<InvestmentCriterion, double>();
        foreach (var token in result.Tokens)
        {
            string[] parts = token.Value.Split('=', 2);
            if (parts.Length != 2 || InvestmentCriteria.Parse(parts[0]) is not InvestmentCriterion criterion)
            {
                string? near = parts.Length == 2 ? Input.DidYouMean.Suggest(parts[0], [.. InvestmentCriteria.All.Select(InvestmentCriteria.Name)]) : null;
                result.AddError($"--indifference takes CRITERION=δ, e.g. throughputGainTeuPerYear=500; the criteria are {string.Join(", ", InvestmentCriteria.All.Select(InvestmentCriteria.Name))}.{(near is null ? string.Empty : $" Did you mean '{near}'?")} Not '{token.Value}'.");
                return null;
            }

            if (!double.TryParse(parts[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double delta) || !(delta > 0) || !double.IsFinite(delta))
            {
                result.AddError($"--indifference {parts[0]}=δ: δ must be a number above 0, in {InvestmentCriteria.Unit(criterion)} (the smallest difference that matters). Not '{parts[1]}'.");
                return null;
            }

            zones[criterion] = delta;
        }

        return zones;
    }

    private static int Execute(ParseResult parseResult, Argument<string> file, Option<string?> outOption, (Option<Dictionary<InvestmentCriterion, double>?> Zones, Option<int?> Max) selection, ExperimentInput experiment, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        string path = parseResult.GetValue(file)!;
        var loaded = InvestmentSpecLoader.LoadFile(path);
        bool strict = parseResult.GetValue(experiment.Strict);
        if (loaded.Value is not InvestmentSpec spec || (strict && loaded.Warnings.Count > 0))
        {
            NetworkInput.ReportErrors(error, loaded.Value is null ? loaded.Errors : [.. loaded.Warnings.Select(w => w with { Message = "refused by --strict, as probably in the wrong unit: " + w.Message })]);
            return CorridorSimCommand.UserError;
        }

        if (parseResult.GetValue(selection.Zones) is { Count: > 0 } zones)
        {
            spec = spec with { Indifference = zones };
        }

        if (parseResult.GetValue(selection.Max) is int max)
        {
            spec = spec with { MaxReplications = max };
        }

        foreach (var warning in loaded.Warnings)
        {
            error.WriteLine($"warning: {warning}");
        }

        string folder = parseResult.GetValue(outOption) ?? Path.Combine("out", $"invest-{Path.GetFileNameWithoutExtension(path)}");
        if (ExperimentInput.RefusesFolder(error, folder))
        {
            return CorridorSimCommand.UserError;
        }

        var clock = Stopwatch.StartNew();
        InvestmentResult result;
        try
        {
            bool show = !parseResult.GetValue(experiment.Quiet) && ReferenceEquals(error, Console.Error);
            result = ProgressDisplay.Run("invest", show, p => InvestmentAnalysis.Run(spec, experiment.Options(parseResult), p, cancellationToken));
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("cancelled: the ranking was stopped before it finished; no results were written.");
            return CorridorSimCommand.Cancelled;
        }

        int written = NetworkInput.WriteFile(parseResult, folder, () =>
        {
            using var staged = StagedFolder.Begin(folder);
            InvestmentFiles.Write(staged.Path, result, spec);

            // The charts and page drawn from the files just written, as 'report' redraws them.
            InvestmentReport.Write(staged.Path);
            staged.Publish();
        }, string.Empty);
        if (written != CorridorSimCommand.Success)
        {
            return written;
        }

        int code = strict && result.Warnings.Count > 0 ? CorridorSimCommand.Warnings : CorridorSimCommand.Success;
        if (parseResult.GetValue(experiment.Json))
        {
            output.Write(InvestmentFiles.Json(result, spec).ToJsonString(Results.RunResultJson.Options) + "\n");
            return code;
        }

        InvestmentTable.Write(output, result, clock.Elapsed.TotalSeconds);
        output.WriteLine($"Results in {folder}/: invest.csv, invest-runs.csv, invest.json, scenario.resolved.json, {RunReport.FileName}, charts/{string.Join("|", InvestmentReport.Charts)}.png|svg");
        return code;
    }
}
