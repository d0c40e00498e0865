using System.CommandLine;
using System.Globalization;
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
        var models = Options.Choices("--models", "Models to run, separated by spaces.", ReferenceModels.Names);
        var containers = Options.WholeNumber("--containers", "Containers that must leave each model before it stops.", ReferenceModels.DefaultContainers, ReferenceModels.MinimumContainers);
        var repeats = Options.WholeNumber("--repeat", "Timed runs per model after one warm-up run; the fastest is reported.", 3, 1);
        var seed = Options.Seed();
        var noScenarios = new Option<bool>("--no-scenarios") { Description = "Skip timing one simulated year of the built-in corridor scenarios." };
        var noExperiments = new Option<bool>("--no-experiments") { Description = "Skip timing replications and a comparison of the baseline on every core, and the sweep unless --sweep-runs is given." };
        var sweepRuns = new Option<int?>("--sweep-runs")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"Runs of the sweep case (default {SweepBenchmark.DefaultRuns}; 0 skips it): a sweep of the baseline, a year a run, as two shards merged, timed against the same runs run plainly on every core; and one run's shipments as CSV and as Parquet."),
            HelpName = "n",
            CustomParser = r => int.TryParse(ExperimentInput.Token(r), NumberStyles.None, CultureInfo.InvariantCulture, out int v) && (v == 0 || v is >= SweepBenchmark.Replications and <= 100_000)
                ? v
                : ExperimentInput.Fail<int?>(r, string.Create(CultureInfo.InvariantCulture, $"--sweep-runs must be 0 (no sweep) or a whole number from {SweepBenchmark.Replications} to 100000.")),
        };

        var command = new Command("bench", "Time the reference models (M1: 5 × M/M/1 tandem, M2: 5 × M/M/3 tandem, M3: batch ferry) and check each against theory. Build with -c Release for meaningful figures.")
        {
            json,
            models,
            containers,
            repeats,
            seed,
            noScenarios,
            noExperiments,
            sweepRuns,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var measurements = new List<BenchmarkMeasurement>();
            foreach (string name in parseResult.GetValue(models)!)
            {
                measurements.Add(ReferenceBenchmark.Measure(name, parseResult.GetValue(seed), parseResult.GetValue(containers), (int)parseResult.GetValue(repeats)));
            }

            var scenarios = parseResult.GetValue(noScenarios)
                ? []
                : ScenarioBenchmark.Names.Select(n => ScenarioBenchmark.Measure(n, (int)parseResult.GetValue(repeats), parseResult.GetValue(seed), parseResult.GetValue(containers))).ToList();
            var experiments = parseResult.GetValue(noExperiments) ? null : ExperimentBenchmark.Measure((int)parseResult.GetValue(repeats));
            int runs = parseResult.GetValue(sweepRuns) ?? (parseResult.GetValue(noExperiments) ? 0 : SweepBenchmark.DefaultRuns);
            (SweepMeasurement, ShipmentMeasurement)? sweep = runs > 0 ? SweepBenchmark.Measure(runs) : null;
            if (parseResult.GetValue(json))
            {
                BenchmarkReport.WriteJson(output, measurements, scenarios, experiments, sweep);
            }
            else
            {
                BenchmarkReport.WriteTable(output, measurements, scenarios, experiments, sweep);
            }

            return measurements.All(m => m.Result.AgreesWithTheory) ? CorridorSimCommand.Success : CorridorSimCommand.CheckFailed;
        });
        return command;
    }
}
