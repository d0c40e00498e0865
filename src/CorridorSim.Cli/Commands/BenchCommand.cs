using System.CommandLine;
using CorridorSim.Cli.Benchmarking;
using CorridorSim.Reference;

namespace CorridorSim.Cli.Commands;

/// <summary><c>corridorsim bench</c>: times the reference models M1–M3 and checks each against theory.</summary>
public static class BenchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON for scripts and dashboards." };
        var models = new Option<string[]>("--models")
        {
            Description = "Models to run (M1 M2 M3).",
            DefaultValueFactory = _ => [.. ReferenceModels.Names],
            AllowMultipleArgumentsPerToken = true,
        };
        models.AcceptOnlyFromAmong([.. ReferenceModels.Names, .. ReferenceModels.Names.Select(n => n.ToLowerInvariant())]);
        var containers = new Option<long>("--containers")
        {
            Description = "Containers that must leave each model before it stops.",
            DefaultValueFactory = _ => ReferenceModels.DefaultContainers,
        };
        containers.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<long>() < 1000)
            {
                r.AddError("--containers must be at least 1000 (the interval needs 20 batches of 50).");
            }
        });
        var repeats = new Option<int>("--repeat")
        {
            Description = "Timed runs per model after one warm-up run; the fastest is reported.",
            DefaultValueFactory = _ => 3,
        };
        repeats.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--repeat must be at least 1.");
            }
        });
        var seed = new Option<ulong>("--seed") { Description = "Run seed.", DefaultValueFactory = _ => 1UL };

        var command = new Command("bench", "Time the reference models (M1: 5 × M/M/1 tandem, M2: 5 × M/M/3 tandem, M3: batch ferry) and check each against theory. Build with -c Release for meaningful figures.")
        {
            json,
            models,
            containers,
            repeats,
            seed,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var measurements = new List<BenchmarkMeasurement>();
            foreach (string name in parseResult.GetValue(models)!.Select(n => n.ToUpperInvariant()).Distinct())
            {
                measurements.Add(ReferenceBenchmark.Measure(name, parseResult.GetValue(seed), parseResult.GetValue(containers), parseResult.GetValue(repeats)));
            }

            if (parseResult.GetValue(json))
            {
                BenchmarkReport.WriteJson(output, measurements);
            }
            else
            {
                BenchmarkReport.WriteTable(output, measurements);
            }

            return measurements.All(m => m.Result.AgreesWithTheory) ? CorridorSimCommand.Success : CorridorSimCommand.CheckFailed;
        });
        return command;
    }
}
