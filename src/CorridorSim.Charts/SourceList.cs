using System.Text.RegularExpressions;

namespace CorridorSim.Charts;

/// <summary>
/// The project's data sources, as <c>data/SOURCES.md</c> lists them (built into the assembly): a
/// published source as its table row (id, title, publisher, date, address), an estimate as the
/// first sentence of its section, so a report can cite what the figures it shows rest on.
/// </summary>
public sealed partial class SourceList
{
    private readonly Dictionary<string, Entry> _entries;

    private SourceList(Dictionary<string, Entry> entries) => _entries = entries;

    /// <summary>The list built into the program.</summary>
    public static SourceList BuiltIn { get; } = Parse(ReadBuiltIn());

    /// <summary>The ids listed.</summary>
    public IReadOnlyCollection<string> Ids => _entries.Keys;

    /// <summary>The list in <paramref name="markdown"/>, the format of data/SOURCES.md.</summary>
    public static SourceList Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        string[] lines = markdown.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (TableRow().Match(line) is { Success: true } row)
            {
                entries.TryAdd(row.Groups["id"].Value, new Entry(row.Groups["title"].Value.Trim(), row.Groups["publisher"].Value.Trim(), row.Groups["date"].Value.Trim(), row.Groups["url"].Value.Trim()));
            }
            else if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                string id = line[4..].Trim();
                var paragraph = lines.Skip(i + 1).Select(l => l.TrimEnd('\r')).SkipWhile(l => l.Length == 0).TakeWhile(l => l.Length > 0 && !l.StartsWith('#'));
                entries.TryAdd(id, new Entry(FirstSentence(string.Join(' ', paragraph).Trim()), null, null, null));
            }
        }

        return new SourceList(entries);
    }

    /// <summary>Source <paramref name="id"/>'s description: "title — publisher, date" for a published one, the estimate's first paragraph otherwise; null when not listed.</summary>
    public string? Describe(string id) => _entries.TryGetValue(id, out var e)
        ? e.Publisher is null ? e.Title : $"{e.Title} — {e.Publisher}, {e.Date}"
        : null;

    /// <summary>Source <paramref name="id"/>'s web address, when it has one.</summary>
    public string? Address(string id) => _entries.TryGetValue(id, out var e) && e.Url is { Length: > 0 } url && url.StartsWith("http", StringComparison.Ordinal) ? url : null;

    /// <summary>The text up to the end of its first sentence (a full stop before a space and a capital or an opening parenthesis), the whole of it when there is none.</summary>
    private static string FirstSentence(string text)
    {
        var end = SentenceEnd().Match(text);
        return end.Success ? text[..(end.Index + 1)] : text;
    }

    private static string ReadBuiltIn()
    {
        using var stream = typeof(SourceList).Assembly.GetManifestResourceStream("CorridorSim.Charts.Data.SOURCES.md")
            ?? throw new InvalidOperationException("The list of sources is not built into the program.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"(?<![A-Z][a-z]?|e\.g|i\.e|cf|approx)\.(?=\s+[A-Z(])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^\|\s*(?<id>S\d+)\s*\|(?<title>[^|]*)\|(?<publisher>[^|]*)\|(?<date>[^|]*)\|(?<url>[^|]*)\|")]
    private static partial Regex TableRow();

    private sealed record Entry(string Title, string? Publisher, string? Date, string? Url);
}
