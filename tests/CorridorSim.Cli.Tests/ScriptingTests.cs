using System.Diagnostics;
using System.Text.RegularExpressions;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests;

/// <summary>
/// Runs docs/examples/whatif.cs, the file-based app of docs/scripting.md, as a reader does: dotnet
/// builds it with the Core project it references and runs it, here for a tenth of a year and two
/// replications.
/// </summary>
[Collection(ChildBuilds.Name)]
public sealed partial class ScriptingTests(ITestOutputHelper log)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    private static readonly string Script = Path.Combine("docs", "examples", "whatif.cs");

    [Fact]
    public void The_what_if_script_builds_runs_and_prints_a_row_per_kpi_and_what_if()
    {
        var clock = Stopwatch.StartNew();

        // As docs/scripting.md has it, in Release like the test run, so the Core it references is already built.
        var (code, output, error) = DotnetProcess.Dotnet(RepositoryRoot.Path, Limit, "run", "-c", "Release", Script, "--", "0.1", "2");
        log.WriteLine($"dotnet run {Script} -- 0.1 2: {clock.Elapsed.TotalSeconds:F1} s");

        Assert.True(code == 0, $"dotnet run {Script} failed with {code}:\n{output}\n{error}");
        Assert.Contains("2 replications per scenario, 0.1 year(s) each, seeds 2024–2025", output, StringComparison.Ordinal);
        foreach (string whatIf in new[] { "China → Azerbaijan +20 %", "Alashankou priority dwell halved" })
        {
            Assert.Matches(TableRow(whatIf, "china-azerbaijan, mean transit \\(d\\)"), output);
            Assert.Matches(TableRow(whatIf, "all containers, mean transit \\(d\\)"), output);
            Assert.Matches(TableRow(whatIf, "all containers, TEU/yr delivered"), output);
        }
    }

    [Fact]
    public void The_script_lies_outside_every_project_and_scripting_md_runs_it_as_written()
    {
        string doc = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "scripting.md"));
        var projects = Directory.GetFiles(RepositoryRoot.Path, "*.csproj", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RepositoryRoot.Path, Path.GetDirectoryName(p)!))
            .ToList();
        string firstLine = File.ReadLines(Path.Combine(RepositoryRoot.Path, Script)).First();

        // A project compiles every .cs below its folder: none may sit above docs/examples/.
        Assert.All(projects, p => Assert.Matches(@"^(src|tests)[/\\]", p));
        Assert.Equal("#:project ../../src/CorridorSim.Core/CorridorSim.Core.csproj", firstLine);
        Assert.Contains("dotnet run -c Release docs/examples/whatif.cs", doc, StringComparison.Ordinal);
    }

    /// <summary>A row of the script's table: the what-if, the KPI, base, what-if, difference ± half-width, yes/no.</summary>
    private static Regex TableRow(string whatIf, string kpi) =>
        new($@"(?m)^{Regex.Escape(whatIf)}\s+{kpi}\s+[\d,.]+\s+[\d,.]+\s+[+-][\d,.]+ ± [\d,.]+\s+(yes|no)\s");
}
