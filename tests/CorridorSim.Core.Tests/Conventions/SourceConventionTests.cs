using System.Text.RegularExpressions;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Conventions;

public sealed partial class SourceConventionTests
{
    private static readonly string Src = Path.Combine(RepositoryRoot.Path, "src");

    public static TheoryData<string> ForbiddenInCore => new()
    {
        "new Random(",
        "Random.Shared",
        "DateTime.Now",
        "DateTime.UtcNow",
        "DateTimeOffset.Now",
        "Environment.TickCount",
        ".GetHashCode()",
        "Guid.NewGuid",
    };

    [Theory]
    [MemberData(nameof(ForbiddenInCore))]
    public void Core_takes_randomness_and_time_from_the_simulation_never_from_the_environment(string api)
    {
        var offenders = SourceFiles("CorridorSim.Core")
            .Where(f => File.ReadLines(f).Any(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal) && line.Contains(api, StringComparison.Ordinal)))
            .ToList();

        Assert.True(offenders.Count == 0, $"'{api}' used in: {string.Join(", ", offenders.Select(Relative))}");
    }

    [Fact]
    public void No_place_name_appears_in_the_engine_source()
    {
        string[] places =
        [
            "Aktau", "Kuryk", "Baku", "Alat", "Dostyk", "Altynkol", "Khorgos", "Alashankou", "Poti", "Batumi",
            "Tbilisi", "Akhalkalaki", "Kars", "Istanbul", "Kapikule", "Varna", "Burgas", "Constanta", "Sofia",
            "Duisburg", "Malaszewicze", "Turkmenbashi", "Xian", "Chongqing", "Caspian", "Suez",
        ];

        var offenders = SourceFiles("")
            .SelectMany(f => places.Where(p => Regex.IsMatch(File.ReadAllText(f), $@"\b{p}\b", RegexOptions.IgnoreCase)).Select(p => $"{Relative(f)}: {p}"))
            .ToList();

        Assert.True(offenders.Count == 0, "Place names belong in data/ and scenarios/: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Core_messages_name_no_command_line_option_or_command()
    {
        // Core says what is wrong in the data; the command line adds which option to type.
        var offenders = SourceFiles("CorridorSim.Core")
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: line, Number: i + 1)))
            .Where(l => !l.Line.TrimStart().StartsWith("//", StringComparison.Ordinal) && CommandLineWording().IsMatch(l.Line))
            .Select(l => $"{Relative(l.File)}:{l.Number}: {l.Line.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "Command-line wording in Core: " + string.Join("; ", offenders));
    }

    [Fact]
    public void Each_file_declares_one_public_type_named_after_the_file()
    {
        var problems = new List<string>();
        foreach (string file in SourceFiles(""))
        {
            var names = PublicTypeDeclaration().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value).ToList();
            string expected = Path.GetFileNameWithoutExtension(file);
            if (names.Count > 1 || (names.Count == 1 && names[0] != expected))
            {
                problems.Add($"{Relative(file)} declares {string.Join(", ", names)}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    [Fact]
    public void No_source_file_is_longer_than_400_lines()
    {
        var tooLong = SourceFiles("").Where(f => File.ReadLines(f).Count() > 400).Select(Relative).ToList();

        Assert.True(tooLong.Count == 0, "Split these files: " + string.Join(", ", tooLong));
    }

    [Theory]
    [InlineData("ScottPlot")]
    [InlineData("System.CommandLine")]
    [InlineData("Spectre.Console")]
    public void Core_references_no_user_interface_package(string package)
    {
        string project = File.ReadAllText(Path.Combine(Src, "CorridorSim.Core", "CorridorSim.Core.csproj"));

        Assert.DoesNotContain(package, project, StringComparison.Ordinal);
    }

    private static IEnumerable<string> SourceFiles(string project) =>
        Directory.EnumerateFiles(Path.Combine(Src, project), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string Relative(string path) => Path.GetRelativePath(RepositoryRoot.Path, path);

    // An option (--years) or a command (corridorsim run) inside a string literal.
    [GeneratedRegex(@"""[^""]*(?:(?<![\w-])--[a-z][a-z-]+|corridorsim [a-z])")]
    private static partial Regex CommandLineWording();

    [GeneratedRegex(@"^public\s+(?:(?:sealed|static|abstract|readonly|partial|record)\s+)*(?:class|struct|interface|enum|record)\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex PublicTypeDeclaration();
}
