using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Kernel;
using CorridorSim.Model.Links;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Examples;

/// <summary>
/// The example in src/CorridorSim.Core/README.md, kept here so it compiles and runs; a test
/// checks that the README shows exactly this code.
/// </summary>
public sealed class CoreReadmeExampleTests
{
    [Fact]
    public void The_readme_example_runs_and_reports_a_plausible_port_wait()
    {
        using var output = new StringWriter();

        Example(output);

        Assert.StartsWith("mean port wait 1", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_shows_exactly_the_example_code()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "CorridorSim.Core", "README.md"));
        string source = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "CorridorSim.Core.Tests", "Examples", "CoreReadmeExampleTests.cs"));
        int blockStart = readme.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        var shown = readme[blockStart..readme.IndexOf("```", blockStart, StringComparison.Ordinal)].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        const string start = "// example:" + "start\n";
        const string end = "// example:" + "end\n";
        var region = source[(source.IndexOf(start, StringComparison.Ordinal) + start.Length)..source.IndexOf(end, StringComparison.Ordinal)]
            .Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

        Assert.All(shown.Where(l => l.StartsWith("using ", StringComparison.Ordinal)), u => Assert.Contains(u, source, StringComparison.Ordinal));
        Assert.Equal(region, shown.Where(l => !l.StartsWith("using ", StringComparison.Ordinal)).Select(l => l.Replace("Console.WriteLine(", "output.WriteLine(", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_readme_comparison_example_runs_and_shows_what_it_prints()
    {
        using var output = new StringWriter();

        ComparisonExample(output);

        Assert.Matches(@"^-\d+\.\d\d ± \d+\.\d\d days, significant: True", output.ToString());
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "CorridorSim.Core", "README.md"));
        string source = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "CorridorSim.Core.Tests", "Examples", "CoreReadmeExampleTests.cs"));
        int first = readme.IndexOf("```csharp\n", StringComparison.Ordinal);
        int blockStart = readme.IndexOf("```csharp\n", first + 1, StringComparison.Ordinal) + "```csharp\n".Length;
        var shown = readme[blockStart..readme.IndexOf("```", blockStart, StringComparison.Ordinal)].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal)).ToList();
        const string start = "// comparison:" + "start\n";
        const string end = "// comparison:" + "end\n";
        var region = source[(source.IndexOf(start, StringComparison.Ordinal) + start.Length)..source.IndexOf(end, StringComparison.Ordinal)]
            .Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.Equal(region, shown.Select(l => l.Replace("Console.WriteLine(", "output.WriteLine(", StringComparison.Ordinal)));
    }

    private static void ComparisonExample(TextWriter output)
    {
        // comparison:start
        var baseline = ScenarioLoader.LoadBuiltIn().ValueOrThrow();
        var whatIf = ScenarioLoader.LoadBuiltIn("border-digitalisation.json").ValueOrThrow();
        var comparison = Experiment.Compare([baseline, whatIf], new ExperimentOptions { Replications = 10 });
        var transit = comparison.Differences.Single(d => d.Component == "total" && d.Measure == "transitMeanDays");
        output.WriteLine($"{transit.Difference:+0.00;-0.00} ± {transit.HalfWidth:F2} days, significant: {transit.Significant}");
        // comparison:end
    }

    private static void Example(TextWriter output)
    {
        // example:start
        var sim = new Simulation(seed: 42);
        var arrivals = new Source(sim, "origin", new Exponential(rate: 2.0));            // containers per hour
        var ferry = new BatchCarrierService(sim, "ferry", fleetSize: 2, capacity: 50,
        maxWait: SimDuration.FromHours(12), crossing: new Deterministic(20), returnTrip: new Deterministic(20));
        var port = new Sink(sim, "destination");
        arrivals.Next = ferry;
        ferry.Next = port;
        sim.Run(new SimTime(1_000));          // warm-up
        sim.ResetStatistics();
        sim.Run(new SimTime(50_000));
        sim.CheckCargoConservation();
        output.WriteLine($"mean port wait {ferry.OriginWaits.Mean:F2} h, p95 transit {port.SystemTimes.Quantile(0.95):F1} h");
        // example:end
    }
}
