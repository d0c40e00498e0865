using System.Globalization;
using System.Text.Json.Nodes;
using CorridorSim.Input;

namespace CorridorSim.Sweeps;

/// <summary>
/// JSON Pointers (RFC 6901) into a resolved scenario, with ids as keys: where a pointer meets an
/// array of objects that have an <c>id</c>, its next token names an element by that id rather
/// than by its position, so <c>/streams/east-west/teuPerYear</c> still points at the same stream
/// when streams are reordered (a number still addresses by position). <c>~1</c> stands for
/// <c>/</c> and <c>~0</c> for <c>~</c> in a token, as the RFC says. Setting a value creates the
/// last member of an object (a property the scenario leaves at its default) but, unless asked,
/// nothing above it.
/// </summary>
public static class ScenarioPointer
{
    /// <summary>The tokens of the pointer <paramref name="path"/>, unescaped.</summary>
    /// <exception cref="FormatException">The pointer does not start with '/' or has a '~' not followed by 0 or 1.</exception>
    public static IReadOnlyList<string> Tokens(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
        {
            return [];
        }

        if (path[0] != '/')
        {
            throw new FormatException($"A JSON Pointer starts with '/': '{path}'.");
        }

        return [.. path[1..].Split('/').Select(Unescape)];
    }

    /// <summary>
    /// Sets the value the pointer <paramref name="path"/> points at in <paramref name="document"/> to
    /// <paramref name="value"/>; returns null, or when the pointer leads nowhere, what is wrong
    /// with it, naming the nearest pointer that does exist. With <paramref name="createObjects"/>
    /// the objects missing on the way are created (an override of an element the scenario does
    /// not override yet; the caller checks that the element exists).
    /// </summary>
    public static string? TrySet(JsonNode document, string path, JsonNode? value, bool createObjects = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        IReadOnlyList<string> tokens;
        try
        {
            tokens = Tokens(path);
        }
        catch (FormatException e)
        {
            return e.Message;
        }

        if (tokens.Count == 0)
        {
            return "the pointer '' is the whole scenario; point at one value in it, e.g. '/years'.";
        }

        JsonNode current = document;
        for (int i = 0; i < tokens.Count; i++)
        {
            bool last = i == tokens.Count - 1;
            string token = tokens[i];
            switch (current)
            {
                case JsonObject obj when last:
                    obj[token] = value?.DeepClone();
                    return null;
                case JsonObject obj when obj[token] is JsonNode child:
                    current = child;
                    continue;
                case JsonObject obj when createObjects && !obj.ContainsKey(token):
                    current = obj[token] = new JsonObject();
                    continue;
                case JsonArray array when Element(array, token) is int at:
                    if (last)
                    {
                        array[at] = value?.DeepClone();
                        return null;
                    }

                    current = array[at]!;
                    continue;
                default:
                    return Missing(document, path, tokens, i);
            }
        }

        return null;
    }

    /// <summary>Every pointer into <paramref name="document"/>, an array element by its id where it has one, else by its position.</summary>
    public static IEnumerable<string> All(JsonNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Walk(document, string.Empty);
    }

    private static IEnumerable<string> Walk(JsonNode? node, string prefix)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    string here = prefix + "/" + Escape(key);
                    yield return here;
                    foreach (string below in Walk(child, here))
                    {
                        yield return below;
                    }
                }

                break;
            case JsonArray array:
                for (int i = 0; i < array.Count; i++)
                {
                    string key = array[i] is JsonObject element && element["id"] is JsonValue id && id.TryGetValue(out string? text) ? text : i.ToString(CultureInfo.InvariantCulture);
                    string here = prefix + "/" + Escape(key);
                    yield return here;
                    foreach (string below in Walk(array[i], here))
                    {
                        yield return below;
                    }
                }

                break;
        }
    }

    private static int? Element(JsonArray array, string token)
    {
        for (int i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject element && element["id"] is JsonValue id && id.TryGetValue(out string? text) && text == token)
            {
                return i;
            }
        }

        return int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < array.Count && token == index.ToString(CultureInfo.InvariantCulture) ? index : null;
    }

    private static string Missing(JsonNode document, string path, IReadOnlyList<string> tokens, int failed)
    {
        string found = failed == 0 ? "the scenario" : "'" + string.Concat(tokens.Take(failed).Select(t => "/" + Escape(t))) + "'";
        string? near = DidYouMean.Suggest(path, All(document));
        string hint = near is null ? " No pointer into the scenario is close to it: point at the keys of the resolved scenario, as a run's scenario.resolved.json has them." : $" The nearest that exists is '{near}'.";
        return $"'{path}' does not exist in the resolved scenario: {found} has no '{tokens[failed]}'.{hint}";
    }

    private static string Unescape(string token)
    {
        for (int i = 0; i < token.Length; i++)
        {
            if (token[i] == '~' && (i + 1 >= token.Length || token[i + 1] is not ('0' or '1')))
            {
                throw new FormatException($"In a JSON Pointer '~' is written '~0' and '/' is written '~1': '{token}'.");
            }
        }

        return token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
    }

    private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
