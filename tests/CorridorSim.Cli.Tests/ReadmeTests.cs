using System.Text.RegularExpressions;
using CorridorSim.Cli;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests;

public sealed partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));

    [Fact]
    public void The_readme_main_command_is_a_valid_corridorsim_command_that_runs()
    {
        var command = SetupCommands().First(c => c.Contains("--project src/CorridorSim.Cli", StringComparison.Ordinal));
        string[] args = command[(command.IndexOf(" -- ", StringComparison.Ordinal) + 4)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);

        string folder = Path.Combine(Path.GetTempPath(), $"corridorsim-readme-{Guid.NewGuid():N}");

        // The main job as written, shortened to a tenth of a year and kept out of the checkout.
        var parse = CorridorSimCommand.Create().Parse(args);
        var (code, output, _) = CliRunner.Run([.. args, "--years", "0.1", "--out", folder]);
        bool wroteCharts = File.Exists(Path.Combine(folder, "charts", "throughput.png"));
        Directory.Delete(folder, recursive: true);

        Assert.Equal(["run"], args);
        Assert.Empty(parse.Errors);
        Assert.Equal(0, code);
        Assert.Contains("Cargo conserved", output, StringComparison.Ordinal);
        Assert.True(wroteCharts);
    }

    [Fact]
    public void The_ci_script_runs_exactly_the_readme_test_command()
    {
        string testCommand = SetupCommands().Single(c => c.StartsWith("dotnet test", StringComparison.Ordinal));
        var ciLines = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, ".ci", "run")).Select(l => l.Trim());

        Assert.Contains(testCommand, ciLines);
    }

    [Fact]
    public void Every_corridorsim_example_in_the_readme_parses()
    {
        var examples = CommandLines().Where(l => l.StartsWith("corridorsim ", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(examples);
        foreach (string example in examples)
        {
            var parse = CorridorSimCommand.Create().Parse(example["corridorsim ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            Assert.True(parse.Errors.Count == 0, $"README example '{example}': {string.Join("; ", parse.Errors.Select(e => e.Message))}");
        }
    }

    [Fact]
    public void The_readme_what_if_scenario_loads_and_runs()
    {
        int start = Readme.IndexOf("```jsonc\n", Readme.IndexOf("## What-if scenarios", StringComparison.Ordinal), StringComparison.Ordinal) + "```jsonc\n".Length;
        string json = Readme[start..Readme.IndexOf("```", start, StringComparison.Ordinal)];

        var scenario = CorridorSim.Input.ScenarioLoader.LoadFromText("README what-if", json);
        Assert.True(scenario.Succeeded, string.Join("\n", scenario.Errors));
        var model = new CorridorSim.Model.Corridor.CorridorModel(scenario.Value! with { Years = 0.3 });
        model.Run();

        Assert.True(model.Destinations["baku"].Stream(0).Teu > 1_000);
    }

    [Fact]
    public void The_readme_comparison_table_is_what_the_command_prints()
    {
        var block = CompareBlock().Match(Readme);
        Assert.True(block.Success, "README.md needs a ```sh command and a ```text table between <!-- compare --> and <!-- /compare -->");
        string command = block.Groups["command"].Value.Trim();
        var rows = block.Groups["table"].Value.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
        string folder = Path.Combine(Path.GetTempPath(), $"corridorsim-readme-compare-{Guid.NewGuid():N}");

        // Paths in the README are relative to the repository root.
        var args = command["corridorsim ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a.EndsWith(".json", StringComparison.Ordinal) ? Path.Combine(RepositoryRoot.Path, a) : a);
        var (code, output, error) = CliRunner.Run([.. args, "--quiet", "--out", folder]);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Assert.True(code == 0, error);
        var printed = output.Split('\n').Select(l => l.TrimEnd()).ToHashSet(StringComparer.Ordinal);
        Assert.All(rows, row => Assert.Contains(row, printed));
    }

    /// <summary>The commands in the README's set-up block (between the setup markers).</summary>
    private static List<string> SetupCommands()
    {
        var match = SetupBlock().Match(Readme);
        Assert.True(match.Success, "README.md needs a ```sh block between <!-- setup --> and <!-- /setup -->");
        return match.Groups["body"].Value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
    }

    private static IEnumerable<string> CommandLines() =>
        ShellBlocks().Matches(Readme).SelectMany(m => m.Groups["body"].Value.Split('\n')).Select(l => l.Trim());

    [GeneratedRegex(@"<!-- setup -->\s*```sh\n(?<body>.*?)```\s*<!-- /setup -->", RegexOptions.Singleline)]
    private static partial Regex SetupBlock();

    [GeneratedRegex(@"```sh\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlocks();

    [GeneratedRegex(@"<!-- compare -->\s*```sh\n(?<command>.*?)```\s*```text\n(?<table>.*?)```\s*<!-- /compare -->", RegexOptions.Singleline)]
    private static partial Regex CompareBlock();
}
