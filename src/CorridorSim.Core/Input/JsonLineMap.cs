using System.Text;
using System.Text.Json;

namespace CorridorSim.Input;

/// <summary>
/// Maps JSON paths (<c>$.links[3].to</c>) to the 1-based line where their value starts, so error
/// messages can point into the file, and finds properties given twice in one object. Built by one
/// pass of <see cref="Utf8JsonReader"/>.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);
    private readonly List<(string Path, string Name, int Line)> _duplicates = [];

    public JsonLineMap(byte[] utf8, JsonReaderOptions options)
    {
        var lineStarts = new List<int> { 0 };
        for (int i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var reader = new Utf8JsonReader(utf8, options);
        var path = new Stack<(string Path, bool IsArray, int Index)>();
        var names = new Stack<HashSet<string>>();
        string? pendingProperty = null;
        string root = "$";
        while (reader.Read())
        {
            int line = LineOf(lineStarts, (int)reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingProperty = reader.GetString();
                    if (!names.Peek().Add(pendingProperty!))
                    {
                        _duplicates.Add(($"{path.Peek().Path}.{pendingProperty}", pendingProperty!, line));
                    }

                    continue;
                case JsonTokenType.EndObject:
                    names.Pop();
                    path.Pop();
                    continue;
                case JsonTokenType.EndArray:
                    path.Pop();
                    continue;
            }

            string here = CurrentPath(path, pendingProperty, root);
            _lines.TryAdd(here, line);
            pendingProperty = null;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                path.Push((here, reader.TokenType == JsonTokenType.StartArray, 0));
            }

            if (reader.TokenType == JsonTokenType.StartObject)
            {
                names.Push(new HashSet<string>(StringComparer.Ordinal));
            }
        }
    }

    /// <summary>Properties given a second time in the same object: their path and the line of the repeat.</summary>
    public IReadOnlyList<(string Path, string Name, int Line)> Duplicates => _duplicates;

    public int? LineOf(string jsonPath) => _lines.TryGetValue(jsonPath, out int line) ? line : null;

    private static string CurrentPath(Stack<(string Path, bool IsArray, int Index)> path, string? property, string root)
    {
        if (path.Count == 0)
        {
            return root;
        }

        var (parent, isArray, index) = path.Peek();
        if (isArray)
        {
            // Each element of an array, scalar or container, takes the next index.
            var top = path.Pop();
            path.Push(top with { Index = index + 1 });
            return new StringBuilder(parent).Append('[').Append(index).Append(']').ToString();
        }

        return $"{parent}.{property}";
    }

    private static int LineOf(List<int> lineStarts, int offset)
    {
        int index = lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
