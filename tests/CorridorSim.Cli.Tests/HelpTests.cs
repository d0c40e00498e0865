using System.CommandLine.Parsing;
using CorridorSim.Cli;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests;

public sealed class HelpTests
{
    public static TheoryData<string> CommandPaths => [.. CommandExamples.Commands(CorridorSimCommand.Create()).Select(c => c.Path)];

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void Every_command_shows_examples_at_the_end_of_its_help(string path)
    {
        string[] words = path.Split(' ')[1..];

        var (code, output, error) = CliRunner.Run([.. words, "--help"]);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        string examples = output[output.IndexOf("\nExamples:\n", StringComparison.Ordinal)..];
        Assert.Contains($"\n  {path}", examples, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_command_has_at_least_one_example()
    {
        var missing = CommandExamples.Commands(CorridorSimCommand.Create())
            .Where(c => !CommandExamples.ByPath.TryGetValue(c.Path, out var lines) || lines.Count == 0)
            .Select(c => c.Path)
            .ToList();

        Assert.True(missing.Count == 0, $"Add examples to CommandExamples.ByPath for: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_example_parses_and_runs_its_own_command_or_one_below_it()
    {
        var problems = new List<string>();

        foreach (var (path, lines) in CommandExamples.ByPath)
        {
            foreach (string example in lines)
            {
                var parse = CorridorSimCommand.Create().Parse(CommandLineParser.SplitCommandLine(example).Skip(1).ToArray());
                string parsed = string.Join(' ', PathOf(parse.CommandResult));
                if (!example.StartsWith($"{CommandExamples.ToolName} ", StringComparison.Ordinal) && example != CommandExamples.ToolName)
                {
                    problems.Add($"'{example}' does not start with '{CommandExamples.ToolName}'");
                }

                problems.AddRange(parse.Errors.Select(e => $"'{example}': {e.Message}"));
                if (!(parsed == path || parsed.StartsWith($"{path} ", StringComparison.Ordinal)))
                {
                    problems.Add($"'{example}' is listed under '{path}' but runs '{parsed}'");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_examples_entry_names_a_command_that_exists()
    {
        var paths = CommandExamples.Commands(CorridorSimCommand.Create()).Select(c => c.Path).ToHashSet();

        Assert.All(CommandExamples.ByPath.Keys, key => Assert.Contains(key, paths));
    }

    private static List<string> PathOf(CommandResult result)
    {
        var words = new List<string>();
        for (CommandResult? r = result; r is not null; r = r.Parent as CommandResult)
        {
            words.Insert(0, r.Parent is null ? CommandExamples.ToolName : r.Command.Name);
        }

        return words;
    }
}
