using System.CommandLine;
using System.CommandLine.Help;
using CorridorSim.Cli;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests;

public sealed class CliDocsTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "cli.md"));

    [Fact]
    public void The_cli_page_has_a_section_for_every_command_naming_each_of_its_options()
    {
        var missing = new List<string>();

        foreach (var (path, command) in CommandExamples.Commands(CorridorSimCommand.Create()))
        {
            string heading = $"\n### `{path}`\n";
            int start = Page.IndexOf(heading, StringComparison.Ordinal);
            if (start < 0)
            {
                missing.Add($"a '### `{path}`' section");
                continue;
            }

            int end = Page.IndexOf("\n#", start + heading.Length, StringComparison.Ordinal);
            string section = end < 0 ? Page[start..] : Page[start..end];
            missing.AddRange(command.Options
                .Where(o => o is not HelpOption and not VersionOption)
                .Where(o => !section.Contains($"`{o.Name} ", StringComparison.Ordinal) && !section.Contains($"`{o.Name}`", StringComparison.Ordinal))
                .Select(o => $"{o.Name} under '{path}'"));
        }

        Assert.True(missing.Count == 0, "docs/cli.md lacks: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_cli_page_lists_the_exit_codes_the_command_line_returns()
    {
        foreach (int code in new[] { CorridorSimCommand.Success, CorridorSimCommand.CheckFailed, CorridorSimCommand.UserError })
        {
            Assert.Contains($"\n| {code} | ", Page, StringComparison.Ordinal);
        }
    }
}
