#:project ../../src/CorridorSim.Core/CorridorSim.Core.csproj

// Two what-ifs against the 2024 baseline, compared with common random numbers, from code.
// Usage (from the repository root): dotnet run -c Release docs/examples/whatif.cs -- [years] [replications]
// years: simulated years after the warm-up (default 1); replications: per scenario (default 10, at least 2).

using System.Globalization;
using CorridorSim.Experiments;
using CorridorSim.Input;

var invariant = CultureInfo.InvariantCulture;
double years = 1.0;
int replications = 10;
if ((args.Length > 0 && !(double.TryParse(args[0], NumberStyles.Float, invariant, out years) && years > 0 && years <= 1000))
    || (args.Length > 1 && !(int.TryParse(args[1], NumberStyles.None, invariant, out replications) && replications >= 2)))
{
    Console.Error.WriteLine("error: usage: dotnet run -c Release docs/examples/whatif.cs -- [years, more than 0 and at most 1000] [replications, at least 2]");
    return 2;
}

var baseline = ScenarioLoader.LoadBuiltIn().ValueOrThrow() with { Years = years };

// What-if 1, changed in code: the Scenario is a record, so `with` copies it with one stream grown by a fifth.
var growth = baseline with
{
    Name = "China → Azerbaijan +20 %",
    Streams = [.. baseline.Streams.Select(s => s.Id == "china-azerbaijan" ? s with { TeuPerYear = s.TeuPerYear * 1.2 } : s)],
};

// What-if 2, written as a scenario file would be: the loader merges it over the built-in baseline and checks it.
var loaded = ScenarioLoader.LoadFromText("faster-priority-clearance.json", """
    {
      "extends": "baseline-2024.json",
      "name": "Alashankou priority dwell halved",
      "overrides": { "nodes": { "alashankou": { "priorityDwellHours": { "mean": 6, "sd": 3 } } } }
    }
    """);
if (!loaded.Succeeded)
{
    foreach (var error in loaded.Errors)
    {
        Console.Error.WriteLine($"error: {error}");
    }

    return 2;
}

var faster = loaded.ValueOrThrow() with { Years = years };

// Replication i of every scenario runs with the same seed, so the differences are paired.
var comparison = Experiment.Compare([baseline, growth, faster], new ExperimentOptions { Replications = replications });

Console.WriteLine($"{comparison.Replications} replications per scenario, {years.ToString(invariant)} year(s) each, seeds {comparison.Base.Seed}–{comparison.Base.Seed + (ulong)comparison.Replications - 1}");
Console.WriteLine("differences are what-if − base, mean ± 95 % paired half-width; sig.: the interval excludes 0");
Console.WriteLine();
Console.WriteLine($"{"what-if",-34} {"KPI",-44} {"base",8} {"what-if",8} {"difference",16} {"sig.",4} {"CRN gain",8}");
var headline = comparison.Differences.Where(d => d.Measure == "transitMeanDays" ? d.Component.StartsWith("stream:", StringComparison.Ordinal) || d.Component == "total" : d.Measure == "deliveredTeuPerYear" && d.Component == "total");
foreach (var d in headline)
{
    string format = d.Measure == "deliveredTeuPerYear" ? "N0" : "F2";
    string sign = d.Difference >= 0 ? "+" : "";
    string difference = $"{sign}{d.Difference.ToString(format, invariant)} ± {d.HalfWidth.ToString(format, invariant)}";
    string gain = double.IsFinite(d.VarianceReduction) ? d.VarianceReduction.ToString("F1", invariant) + "×" : "–";
    Console.WriteLine($"{d.Scenario,-34} {Label(d),-44} {d.BaseMean.ToString(format, invariant),8} {d.WhatIfMean.ToString(format, invariant),8} {difference,16} {(d.Significant ? "yes" : "no"),4} {gain,8}");
}

return 0;

// "china-azerbaijan, mean transit (d)" for stream:china-azerbaijan/transitMeanDays, as the command line's compare prints it.
static string Label(KpiDifference d) =>
    (d.Component == "total" ? "all containers" : d.Component["stream:".Length..])
    + (d.Measure == "transitMeanDays" ? ", mean transit (d)" : ", TEU/yr delivered");
