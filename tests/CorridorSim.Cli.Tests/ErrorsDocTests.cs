using System.Text.RegularExpressions;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests;

/// <summary>The examples of docs/errors.md are what the tool prints.</summary>
public sealed partial class ErrorsDocTests : IDisposable
{
    private static readonly string Corpus = Path.Combine(RepositoryRoot.Path, "tests", "CorridorSim.Cli.Tests", "BadInput");

    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-errors-doc-").FullName;

    public ErrorsDocTests()
    {
        foreach (string file in Directory.GetFiles(Corpus))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Every_example_error_of_a_corpus_file_is_what_validate_prints()
    {
        string doc = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "errors.md"));
        var examples = ExampleError().Matches(doc).Select(m => m.Value).ToList();
        Assert.True(examples.Count >= 12, $"only {examples.Count} examples of corpus files");

        // What validate prints for every file of the corpus, with the folder left out of paths (the page names files alone).
        var printed = new List<string>();
        foreach (string file in Directory.GetFiles(_folder, "*.json"))
        {
            var (_, _, error) = CliRunner.Run("validate", file);
            printed.AddRange(error.Replace(_folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd('\r')));
        }

        foreach (string line in examples)
        {
            // The page elides long lists and paths with "…".
            string pattern = "^" + string.Join(".*", line.Split('…').Select(Regex.Escape)) + "$";
            Assert.True(printed.Any(l => Regex.IsMatch(l, pattern)), $"docs/errors.md says\n{line}\nbut no file of the corpus makes validate print it");
        }
    }

    [GeneratedRegex(@"^error: ([a-z0-9-]+\.json):\d+: .*$", RegexOptions.Multiline)]
    private static partial Regex ExampleError();
}
