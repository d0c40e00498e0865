using CorridorSim.Charts;
using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Output;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests;

/// <summary>
/// Results do not depend on the process's culture. The projects here run with invariant
/// globalization; a future host (a web workbench) may not. So a C# script outside the repository,
/// built without it, runs Core and the charts with the current culture de-DE and then tr-TR
/// (decimal commas; a dotless i), and every file it writes must be the bytes this test process
/// writes for the same runs.
/// </summary>
[Collection(ChildBuilds.Name)]
public sealed class CultureTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-culture-").FullName;

    [Fact]
    [Trait("Speed", "Slow")]
    public void Results_and_charts_are_the_same_bytes_under_de_DE_and_tr_TR_as_under_the_invariant_culture()
    {
        string script = Path.Combine(_folder, "culture.cs");
        File.WriteAllText(script, $$"""
            #:project {{Path.Combine(RepositoryRoot.Path, "src", "CorridorSim.Charts", "CorridorSim.Charts.csproj")}}
            #:property PublishAot=false
            using System.Globalization;
            using CorridorSim.Charts;
            using CorridorSim.Experiments;
            using CorridorSim.Input;
            using CorridorSim.Output;

            var culture = new CultureInfo(args[0]);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;

            // This host has the culture's own data: a decimal comma, and in Turkish a dotless i.
            if ((1.5).ToString() != "1,5" || (args[0] == "tr-TR" && "I".ToLower() != "ı"))
            {
                Console.Error.WriteLine($"the culture {args[0]} is not in effect: 1.5 prints as {(1.5).ToString()}");
                return 3;
            }

            var scenario = ScenarioLoader.LoadBuiltIn().ValueOrThrow() with { Years = 0.2 };
            var result = Experiment.Replicate(scenario, new ExperimentOptions { Replications = 2 });
            RunFolder.Write(args[1], scenario, result);
            RunCharts.WriteAll(result.Runs, Path.Combine(args[1], "charts"));
            return 0;
            """);

        var scenario = ScenarioLoader.LoadBuiltIn().ValueOrThrow() with { Years = 0.2 };
        var result = Experiment.Replicate(scenario, new ExperimentOptions { Replications = 2 }, cancellationToken: TestContext.Current.CancellationToken);
        string invariant = Path.Combine(_folder, "invariant");
        RunFolder.Write(invariant, scenario, result);
        RunCharts.WriteAll(result.Runs, Path.Combine(invariant, "charts"));

        foreach (string culture in new[] { "de-DE", "tr-TR" })
        {
            string written = Path.Combine(_folder, culture);
            var (code, output, error) = DotnetProcess.Dotnet(_folder, TimeSpan.FromMinutes(4), "run", "-c", "Release", script, "--", culture, written);
            Assert.True(code == 0, $"the script under {culture} failed with {code}:\n{output}\n{error}");

            var files = Directory.GetFiles(invariant, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(invariant, f)).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(files, Directory.GetFiles(written, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(written, f)).Order(StringComparer.Ordinal));
            Assert.Contains(Path.Combine("charts", "throughput.svg"), files);
            foreach (string file in files)
            {
                Assert.True(File.ReadAllBytes(Path.Combine(invariant, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(written, file))), $"{file} differs under {culture}");
            }
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
