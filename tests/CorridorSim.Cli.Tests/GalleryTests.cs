using System.Text.RegularExpressions;
using CorridorSim.Charts;
using CorridorSim.Cli;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests;

public sealed partial class GalleryTests
{
    private static readonly string Docs = Path.Combine(RepositoryRoot.Path, "docs");
    private static readonly string Gallery = File.ReadAllText(Path.Combine(Docs, "gallery.md"));

    [Fact]
    public void Every_chart_a_run_draws_is_shown_in_the_gallery_with_its_name()
    {
        foreach (string name in RunCharts.Names.Append(RunReport.FlowsChart))
        {
            Assert.Contains($"(`{name}`)", Gallery, StringComparison.Ordinal);
            Assert.Contains($"(gallery/baseline-{name}.png)", Gallery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_image_of_the_gallery_is_a_png_in_docs_and_every_png_there_is_shown()
    {
        var shown = Images().Matches(Gallery).Select(m => m.Groups["file"].Value).ToList();
        var present = Directory.GetFiles(Path.Combine(Docs, "gallery"), "*.png").Select(f => $"gallery/{Path.GetFileName(f)}").Order(StringComparer.Ordinal).ToList();

        Assert.Contains("gallery/compare-difference-2.png", shown);
        Assert.Contains("gallery/capacity-capacity-throughput.png", shown);
        Assert.Equal(shown.Order(StringComparer.Ordinal), present);
        foreach (string file in present)
        {
            byte[] head = File.ReadAllBytes(Path.Combine(Docs, file))[..8];
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], head);
        }
    }

    [Fact]
    public void The_commands_that_made_the_gallery_parse()
    {
        var commands = Commands().Match(Gallery).Groups["body"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal(6, commands.Length);
        foreach (string command in commands)
        {
            var parse = CorridorSimCommand.Create().Parse(command["corridorsim ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            Assert.True(parse.Errors.Count == 0, $"gallery command '{command}': {string.Join("; ", parse.Errors.Select(e => e.Message))}");
        }
    }

    [GeneratedRegex(@"!\[[^\]]+\]\((?<file>gallery/[^)]+\.png)\)")]
    private static partial Regex Images();

    [GeneratedRegex(@"<!-- gallery-commands -->\s*```sh\n(?<body>.*?)```\s*<!-- /gallery-commands -->", RegexOptions.Singleline)]
    private static partial Regex Commands();
}
