using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Commands;

/// <summary>
/// Every broken file in <c>tests/CorridorSim.Cli.Tests/BadInput/</c> (listed with what it must
/// say in <c>cases.json</c>), given to <c>run</c> and to <c>validate</c>: exit code 2, an error
/// line naming the file, the line, the JSON path, what is wrong and the fix, no stack trace, and
/// nothing written. Two more are made here: a 100 MB file and one nested 100,000 deep.
/// </summary>
public sealed class BadInputCorpusTests : IDisposable
{
    private static readonly JsonSerializerOptions CaseNames = new() { PropertyNameCaseInsensitive = true };

    private static readonly string Corpus = Path.Combine(RepositoryRoot.Path, "tests", "CorridorSim.Cli.Tests", "BadInput");

    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-bad-input-").FullName;

    public BadInputCorpusTests()
    {
        foreach (string file in Directory.GetFiles(Corpus))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }
    }

    public static TheoryData<string> Cases => [.. Read().Select(c => c.File)];

    /// <summary>The cases whose problem is one of the file alone: those that need run options (such as --years) are a problem only for a run.</summary>
    public static TheoryData<string> FileCases => [.. Read().Where(c => c.Args is null).Select(c => c.File)];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_corpus_holds_at_least_sixty_broken_files_each_listed_once()
    {
        var cases = Read();

        Assert.True(cases.Count >= 60, $"{cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.File).Distinct().Count());
        Assert.All(cases, c => Assert.True(File.Exists(Path.Combine(Corpus, c.File)), c.File));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_refuses_the_file_with_its_line_path_problem_and_fix_and_writes_nothing(string file)
    {
        var c = Read().Single(c => c.File == file);
        string output = Path.Combine(_folder, "out-" + file);
        string[] args = c.Args is null
            ? ["run", Path.Combine(_folder, file), "--out", output, "-q"]
            : [.. c.Args.Select(a => a.Replace("{file}", Path.Combine(_folder, file), StringComparison.Ordinal).Replace("{out}", output, StringComparison.Ordinal))];

        var (code, _, error) = CliRunner.Run(args);

        AssertRefused(c, code, error);
        Assert.False(Path.Exists(output), $"{output} was created");
    }

    [Theory]
    [MemberData(nameof(FileCases))]
    public void Validate_reports_the_same_problem(string file)
    {
        var c = Read().Single(c => c.File == file);

        var (code, _, error) = CliRunner.Run("validate", Path.Combine(_folder, file));

        AssertRefused(c, code, error);
    }

    [Fact]
    public void A_100_MB_file_is_refused_with_its_size_and_a_fix()
    {
        string path = Path.Combine(_folder, "huge.json");
        using (var writer = new StreamWriter(path, append: false, Encoding.UTF8))
        {
            writer.Write("{ \"name\": \"huge\", \"extends\": \"baseline-2024.json\", \"notes\": \"");
            writer.Write(new string('x', 100 * 1024 * 1024));
            writer.Write("\" }");
        }

        var (code, _, error) = CliRunner.Run("run", path, "--out", Path.Combine(_folder, "out-huge"), "-q");

        Assert.Equal(2, code);
        Assert.Matches(new Regex($@"^error: {Regex.Escape(path)}:1: \$: .*MB.* Fix: \S", RegexOptions.Multiline), error);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(Path.Exists(Path.Combine(_folder, "out-huge")));
    }

    [Fact]
    public void A_file_nested_100000_deep_is_refused_at_the_line_where_it_gets_too_deep()
    {
        string path = Path.Combine(_folder, "deep.json");
        File.WriteAllText(path, "{ \"name\": \"deep\", \"extends\": \"baseline-2024.json\",\n  \"notes\": " + new string('[', 100_000) + new string(']', 100_000) + " }");

        var (code, _, error) = CliRunner.Run("run", path, "--out", Path.Combine(_folder, "out-deep"), "-q");

        Assert.Equal(2, code);
        Assert.Matches(new Regex($@"^error: {Regex.Escape(path)}:2: \$: not valid JSON: .*depth.* Fix: \S", RegexOptions.Multiline), error);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_saved_with_a_byte_order_mark_is_read_as_any_other()
    {
        string path = Path.Combine(_folder, "notepad.json");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{ \"name\": \"saved by Notepad\", \"extends\": \"baseline-2024.json\" }")]);

        var (code, output, error) = CliRunner.Run("validate", path);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("scenario \"saved by Notepad\"", output, StringComparison.Ordinal);
    }

    private static void AssertRefused(Case c, int code, string error)
    {
        Assert.Equal(2, code);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);

        // The file holding the mistake (a scenario, or a file it uses), its line, the JSON path, what is wrong, then the fix.
        var line = new Regex($@"^error: (?:\S*/)?{Regex.Escape(c.In ?? c.File)}:\d+: {Regex.Escape(c.Path)}: .*{Regex.Escape(c.Says)}.* Fix: \S", RegexOptions.Multiline);
        Assert.Matches(line, error);
    }

    private static List<Case> Read() =>
        JsonSerializer.Deserialize<List<Case>>(File.ReadAllText(Path.Combine(Corpus, "cases.json")), CaseNames)!;

    /// <summary>One broken file: what the error says and where, in <see cref="In"/> when the mistake is in a file it uses; <see cref="Args"/> when it is not run plainly.</summary>
    private sealed record Case(string File, string Path, string Says, string? In = null, string[]? Args = null);
}
