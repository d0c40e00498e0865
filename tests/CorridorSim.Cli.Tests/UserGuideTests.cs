using System.Text.RegularExpressions;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests;

/// <summary>
/// Runs every command of docs/user-guide.md (each line of its ```sh blocks) from the repository
/// root, as a reader types it, so the guide never lies.
/// </summary>
[Collection(FromRepositoryRoot.Name)]
public sealed partial class UserGuideTests : IDisposable
{
    private const string Cli = "dotnet run -c Release --project src/CorridorSim.Cli -- ";

    private static readonly string Guide = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "user-guide.md"));

    private readonly string _temp = Path.Combine(Path.GetTempPath(), $"corridorsim-guide-{Guid.NewGuid():N}");

    [Fact]
    public void Every_corridorsim_command_in_the_guide_runs_from_the_repository_root_and_succeeds()
    {
        var commands = Commands().Where(c => c.StartsWith(Cli, StringComparison.Ordinal)).ToList();
        string previous = Environment.CurrentDirectory;
        var results = new List<(string Command, int Code, string Output, string Error)>();

        try
        {
            Environment.CurrentDirectory = RepositoryRoot.Path;
            for (int i = 0; i < commands.Count; i++)
            {
                string[] args = commands[i][Cli.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var (code, output, error) = CliRunner.Run([.. args, .. Shortened(args, Path.Combine(_temp, i.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
                results.Add((commands[i], code, output, error));
            }
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }

        Assert.Equal(["run", "validate", "run", "compare", "run"], commands.Select(c => c[Cli.Length..].Split(' ')[0]));
        Assert.All(results, r => Assert.True(r.Code == 0, $"'{r.Command}' exited with {r.Code}:\n{r.Output}\n{r.Error}"));
        Assert.Contains("ok: scenarios/examples/faster-priority-clearance.json", results[1].Output, StringComparison.Ordinal);
        Assert.Contains("China → Baku, mean transit (d)", results[3].Output, StringComparison.Ordinal);
        Assert.Contains("Precision 0.02 reached after", results[4].Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_guide_sets_up_with_the_readme_commands_and_checks_the_sdk()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var setup = ReadmeSetup().Match(readme).Groups["body"].Value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var others = Commands().Where(c => !c.StartsWith(Cli, StringComparison.Ordinal)).ToList();

        var version = DotnetProcess.Dotnet(RepositoryRoot.Path, TimeSpan.FromMinutes(1), "--version");

        // The set-up's test command is this suite: the README test checks that CI runs it, so it is not run again here.
        Assert.Equal(["dotnet --version", "dotnet test -c Release"], others);
        Assert.Subset(Commands().ToHashSet(), setup.ToHashSet());
        Assert.Equal(0, version.Code);
        Assert.StartsWith("10.", version.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_what_if_the_guide_shows_is_the_example_file_and_is_not_built_in()
    {
        string file = Path.Combine(RepositoryRoot.Path, "scenarios", "examples", "faster-priority-clearance.json");
        string shown = JsonBlock().Match(Guide).Groups["body"].Value;

        var loaded = CorridorSim.Input.ScenarioLoader.LoadFile(file);

        Assert.Equal(File.ReadAllText(file).ReplaceLineEndings("\n"), shown);
        Assert.InRange(shown.TrimEnd('\n').Split('\n').Length, 1, 10);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        // The Core project embeds scenarios/*.json, not its sub-folders: an example is not a built-in scenario.
        Assert.False(CorridorSim.Input.ScenarioLoader.LoadBuiltIn("faster-priority-clearance.json").Succeeded);
    }

    public void Dispose()
    {
        if (Directory.Exists(_temp))
        {
            Directory.Delete(_temp, recursive: true);
        }
    }

    /// <summary>
    /// What the test adds to a command that simulates: an output folder of its own, no progress
    /// bar, and a tenth of a year — except with --precision, whose stopping point depends on the
    /// run length (at 0.1 years it runs all 100 replications allowed), so it runs as typed.
    /// </summary>
    private static string[] Shortened(string[] args, string folder) =>
        args[0] is not ("run" or "compare") ? []
        : args.Contains("--precision") ? ["--out", folder, "--quiet"]
        : ["--years", "0.1", "--out", folder, "--quiet"];

    /// <summary>Every line of every ```sh block of the guide.</summary>
    private static IEnumerable<string> Commands() =>
        ShellBlock().Matches(Guide).SelectMany(m => m.Groups["body"].Value.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0);

    [GeneratedRegex(@"```sh\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex(@"```json\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    [GeneratedRegex(@"<!-- setup -->\s*```sh\n(?<body>.*?)```\s*<!-- /setup -->", RegexOptions.Singleline)]
    private static partial Regex ReadmeSetup();
}
