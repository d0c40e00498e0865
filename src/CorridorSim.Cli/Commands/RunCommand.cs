using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CorridorSim.Charts;
using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Output;
using CorridorSim.Results;

namespace CorridorSim.Cli.Commands;

/// <summary><c>corridorsim run [scenario]</c>: simulate a scenario, once or in replications, and write its results and charts.</summary>
public static class RunCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var scenario = new Argument<string?>("scenario") { Description = $"Scenario file (JSON). Default: the built-in baseline ({ScenarioLoader.BuiltInName}).", Arity = ArgumentArity.ZeroOrOne };
        var outOption = new Option<string?>("--out") { Description = "Folder for the results (default: out/<scenario file name>). Existing files there are replaced.", HelpName = "folder" };
        var shipments = new Option<string?>("--shipments")
        {
            Description = "Also write the delivered containers, one row each with its time breakdown (one replication only): shipments.csv, or with parquet shipments.parquet (compact columns, several times smaller).",
            HelpName = "csv|parquet",
            Arity = ArgumentArity.ZeroOrOne,
            CustomParser = r => r.Tokens.Count == 0 ? "csv" : r.Tokens[0].Value is "csv" or "parquet" ? r.Tokens[0].Value : ExperimentInput.Fail<string?>(r, "--shipments takes csv (the default) or parquet."),
        };
        var precision = new Option<double?>("--precision")
        {
            Description = "Add replications until every headline half-width is within this share of its mean (e.g. 0.02), starting from --replications (default 10).",
            HelpName = "share",
            CustomParser = r => ExperimentInput.Fraction(r, "--precision", 1.0),
        };
        var maxReplications = new Option<int?>("--max-replications")
        {
            Description = "Most replications --precision may run (default 100).",
            HelpName = "n",
            CustomParser = r => int.TryParse(ExperimentInput.Token(r), NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v is >= 2 and <= 100_000 ? v : ExperimentInput.Fail<int?>(r, "--max-replications must be a whole number from 2 to 100000."),
        };
        var experiment = new ExperimentInput("default 1");
        var limits = new RunLimitOptions();
        scenario.Validators.Add(result =>
        {
            string value = ExperimentInput.Token(result);
            if (value.StartsWith('-'))
            {
                string? near = DidYouMean.Suggest(value, ["--out", "--seed", "--years", "--shipments", "--replications", "--parallel", "--precision", "--max-replications", "--max-events", "--max-wall-time", "--json", "--quiet", "--strict"]);
                result.AddError($"unknown option '{value}'{(near is null ? "." : $"; did you mean '{near}'?")}");
            }
        });
        var command = new Command("run", "Simulate a scenario — once, or in replications with 95 % confidence intervals — then write summary.json, kpis.csv, timeseries.csv, charts and a summary table.")
        {
            scenario,
            outOption,
            shipments,
            precision,
            maxReplications,
        };
        foreach (var option in experiment.All.Concat(limits.All))
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            int? replications = ExperimentInput.Checked(result, experiment.Replications);
            double? target = ExperimentInput.Checked(result, precision);
            bool several = replications is > 1 || target is not null;
            if (ExperimentInput.Checked(result, shipments) is not null && several)
            {
                result.AddError("--shipments writes one replication's containers; leave out --replications and --precision, or give --replications 1.");
            }

            if (ExperimentInput.Checked(result, maxReplications) is not null && target is null && result.GetResult(precision) is null)
            {
                result.AddError("--max-replications only limits --precision; give --precision too, or use --replications for a fixed number.");
            }

            if (target is not null && replications is < 2)
            {
                result.AddError("--precision needs at least 2 replications to start from; give --replications 2 or more, or leave it out (10).");
            }

            if (target is not null && ExperimentInput.Checked(result, maxReplications) is int most && most < (replications ?? ExperimentOptions.DefaultStartReplications))
            {
                result.AddError($"--max-replications {most} is below the {replications ?? ExperimentOptions.DefaultStartReplications} replications --precision starts from; raise it or lower --replications.");
            }
        });
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Execute(parseResult, scenario, outOption, shipments, precision, maxReplications, experiment, limits, cancellationToken)));
        return command;
    }

    /// <summary>The charts a run writes, as the closing line lists them.</summary>
    private static readonly string Charts = $"{RunReport.FileName}, charts/{{{string.Join(",", RunCharts.Names.Append(RunReport.FlowsChart))}}}.png|svg";

    private static int Execute(ParseResult parseResult, Argument<string?> scenario, Option<string?> outOption, Option<string?> shipments, Option<double?> precision, Option<int?> maxReplications, ExperimentInput experiment, RunLimitOptions limitOptions, CancellationToken cancellationToken)
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

        string folder = parseResult.GetValue(outOption) ?? Path.Combine("out", Path.GetFileNameWithoutExtension(file ?? ScenarioLoader.BuiltInName));
        if (ExperimentInput.RefusesFolder(error, folder))
        {
            return CorridorSimCommand.UserError;
        }

        var limits = limitOptions.Create(parseResult, out var timer);
        using var stopTimer = timer;
        var options = experiment.Options(parseResult) with
        {
            Limits = limits,
            Precision = parseResult.GetValue(precision),
            MaxReplications = parseResult.GetValue(maxReplications) ?? new ExperimentOptions().MaxReplications,
        };
        var clock = Stopwatch.StartNew();

        // Everything is written beside the folder and moved in whole when done: a killed run leaves the previous results or none.
        using var staged = StagedFolder.Begin(folder);
        ExperimentResult result;
        try
        {
            if (parseResult.GetValue(shipments) is string format)
            {
                ulong seed = options.Seed ?? sc.Seed;
                RunResult run;
                if (format == "parquet")
                {
                    using var log = new ShipmentParquet(Path.Combine(staged.Path, "shipments.parquet"));
                    run = ScenarioRunner.Run(sc, seed, new RunOptions { OnShipment = log.Add, Limits = limits }, cancellationToken);
                    log.Complete();
                }
                else
                {
                    using var log = new ShipmentCsv(Path.Combine(staged.Path, "shipments.csv"));
                    run = ScenarioRunner.Run(sc, seed, new RunOptions { OnShipment = log.Add, Limits = limits }, cancellationToken);
                    log.Complete();
                }

                result = Experiment.Summarise(sc, seed, [run]);
            }
            else
            {
                bool show = !parseResult.GetValue(experiment.Quiet) && ReferenceEquals(error, Console.Error);
                result = ProgressDisplay.Run($"{sc.Name}: replications", show && (options.Replications is > 1 || options.Precision is not null), p => Experiment.Replicate(sc, options, p, cancellationToken));
            }
        }
        catch (RunStoppedException stopped)
        {
            error.WriteLine($"stopped: {stopped.Message} No results were written; raise the limit, or shorten warmUpDays.");
            return CorridorSimCommand.Partial;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("cancelled: the run was stopped before it finished; no results were written.");
            return CorridorSimCommand.Cancelled;
        }

        double seconds = clock.Elapsed.TotalSeconds;
        int written = NetworkInput.WriteFile(parseResult, folder, () =>
        {
            RunFolder.Write(staged.Path, sc, result);

            // Drawn from the figures as saved, so that the charts and report redrawn from the folder are these.
            RunReport.Write(staged.Path);
            staged.Publish();
        }, string.Empty);
        if (written != CorridorSimCommand.Success)
        {
            return written;
        }

        int code = result.Runs.Any(r => r.Info.IsPartial) ? CorridorSimCommand.Partial
            : parseResult.GetValue(experiment.Strict) && result.Warnings.Count > 0 ? CorridorSimCommand.Warnings
            : CorridorSimCommand.Success;
        if (parseResult.GetValue(experiment.Json))
        {
            output.Write(result.Replications == 1 ? RunResultJson.Write(result.Runs[0]) : RunFolder.Summary(result).ToJsonString(RunResultJson.Options) + "\n");
            return code;
        }

        ResultTables.WriteExperiment(output, result, seconds);
        string files = result.Replications == 1
            ? $"summary.json, kpis.csv, timeseries.csv, scenario.resolved.json, {Charts}" + (parseResult.GetValue(shipments) is string f ? $", shipments.{f}" : string.Empty)
            : $"summary.json, kpis.csv, replications.csv, timeseries.csv, runs/ ({result.Replications} replications), scenario.resolved.json, {Charts}";
        output.WriteLine($"Results in {folder}/: {files}");
        return code;
    }
}
