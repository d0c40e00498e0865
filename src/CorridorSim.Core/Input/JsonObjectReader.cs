using System.Globalization;
using System.Text.Json;
using CorridorSim.Model.Network;

namespace CorridorSim.Input;

/// <summary>
/// Reads the properties of one JSON object with type and range checks, recording a precise
/// <see cref="InputError"/> for each problem instead of throwing. Every property name asked for
/// counts as known; <see cref="ReportUnknownProperties"/> flags the rest with a did-you-mean.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly JsonElement _element;
    private readonly InputFile _file;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public JsonObjectReader(JsonElement element, string path, InputFile file)
    {
        _element = element;
        Path = path;
        _file = file;
    }

    public string Path { get; }

    public InputFile File => _file;

    public static JsonObjectReader? ForObject(JsonElement element, string path, InputFile file)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            file.Error(path, $"expected an object {{ … }} but found {Describe(element)}.", "write an object in braces, e.g. { \"id\": \"…\" }.");
            return null;
        }

        return new JsonObjectReader(element, path, file);
    }

    public string PathOf(string property) => $"{Path}.{property}";

    public bool Has(string name)
    {
        _known.Add(name);
        return _element.TryGetProperty(name, out _);
    }

    public string? String(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            _file.Error(PathOf(name), $"expected a string but found {Describe(value)}.", $"write it in double quotes, e.g. \"{name}\": \"…\".");
            return null;
        }

        return value.GetString();
    }

    public double? Number(string name, bool required = false, double min = double.NegativeInfinity, double max = double.PositiveInfinity, bool exclusiveMin = false, string? unit = null)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        return CheckNumber(value, PathOf(name), min, max, exclusiveMin, unit);
    }

    public int? Integer(string name, bool required = false, int min = int.MinValue)
    {
        double? number = Number(name, required, min);
        if (number is not double d)
        {
            return null;
        }

        if (d != Math.Floor(d) || d > int.MaxValue)
        {
            _file.Error(PathOf(name), $"expected a whole number but found {d.ToString(CultureInfo.InvariantCulture)}.", "write a whole number, e.g. 12.");
            return null;
        }

        return (int)d;
    }

    public bool? Bool(string name)
    {
        if (!TryGet(name, false, out var value))
        {
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            _file.Error(PathOf(name), $"expected true or false but found {Describe(value)}.", "write true or false, without quotes.");
            return null;
        }

        return value.GetBoolean();
    }

    public T? Enum<T>(string name, IReadOnlyDictionary<string, T> names, bool required = false)
        where T : struct
    {
        string? text = String(name, required);
        if (text is null)
        {
            return null;
        }

        if (names.TryGetValue(text, out var result))
        {
            return result;
        }

        _file.Error(PathOf(name), $"unknown {name} \"{text}\".", DidYouMean.Hint(text, names.Keys.ToList(), $"{name} values"));
        return null;
    }

    public JsonElement? Array(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            _file.Error(PathOf(name), $"expected an array [ … ] but found {Describe(value)}.", "write a list in square brackets, e.g. [\"a\", \"b\"] or [1, 2].");
            return null;
        }

        return value;
    }

    /// <summary>The property's value whatever its kind, for properties that take more than one; null when absent or null.</summary>
    public JsonElement? Value(string name) => TryGet(name, false, out var value) ? value : null;

    public JsonObjectReader? Object(string name, bool required = false) =>
        TryGet(name, required, out var value) ? ForObject(value, PathOf(name), _file) : null;

    public IReadOnlyList<string>? StringList(string name, bool required = false, int minCount = 0)
    {
        if (Array(name, required) is not JsonElement array)
        {
            return null;
        }

        var result = new List<string>();
        int i = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                result.Add(item.GetString()!);
            }
            else
            {
                _file.Error($"{PathOf(name)}[{i}]", $"expected a string but found {Describe(item)}.", "write each entry in double quotes.");
            }

            i++;
        }

        if (result.Count < minCount)
        {
            _file.Error(PathOf(name), $"needs at least {minCount} entr{(minCount == 1 ? "y" : "ies")}.", name == "sources" ? "name the source ids (see data/SOURCES.md) the figures come from, e.g. [\"S01\"]." : null);
        }

        return result;
    }

    public IReadOnlyList<double>? NumberList(string name, bool required = false, double min = double.NegativeInfinity)
    {
        if (Array(name, required) is not JsonElement array)
        {
            return null;
        }

        var result = new List<double>();
        int i = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (CheckNumber(item, $"{PathOf(name)}[{i++}]", min, double.PositiveInfinity, false, null) is double d)
            {
                result.Add(d);
            }
        }

        return result;
    }

    /// <summary>A duration: a number (fixed) or a distribution object.</summary>
    public DistributionSpec? Distribution(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        return DistributionReader.Read(value, PathOf(name), _file);
    }

    /// <summary>All properties of the object (for maps keyed by id), marking none as known.</summary>
    public IEnumerable<JsonProperty> Properties() => _element.EnumerateObject();

    public void ReportUnknownProperties()
    {
        foreach (var property in _element.EnumerateObject())
        {
            if (!_known.Contains(property.Name) && property.Name != "$schema")
            {
                _file.Error(PathOf(property.Name), $"unknown property \"{property.Name}\".", DidYouMean.Hint(property.Name, _known.Order(StringComparer.Ordinal).ToList(), "properties here"));
            }
        }
    }

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"{value.GetRawText()}",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private bool TryGet(string name, bool required, out JsonElement value)
    {
        _known.Add(name);
        if (_element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            _file.Error(Path, $"missing required property \"{name}\".", $"add \"{name}\": … to this object.");
        }

        return false;
    }

    private double? CheckNumber(JsonElement value, string path, double min, double max, bool exclusiveMin, string? unit)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            string fix = value.ValueKind == JsonValueKind.String && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                ? "remove the quotes around the number."
                : "write a number, e.g. 12.5.";
            _file.Error(path, $"expected a number but found {Describe(value)}.", fix);
            return null;
        }

        double d = value.GetDouble();
        bool tooLow = exclusiveMin ? d <= min : d < min;
        if (tooLow || d > max)
        {
            string range = (double.IsNegativeInfinity(min), double.IsPositiveInfinity(max)) switch
            {
                (false, false) => exclusiveMin ? string.Create(CultureInfo.InvariantCulture, $"greater than {min} and at most {max}") : string.Create(CultureInfo.InvariantCulture, $"between {min} and {max}"),
                (false, true) => exclusiveMin ? string.Create(CultureInfo.InvariantCulture, $"greater than {min}") : string.Create(CultureInfo.InvariantCulture, $"at least {min}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"at most {max}"),
            };
            _file.Error(
                path,
                string.Create(CultureInfo.InvariantCulture, $"{d} is out of range: it must be {range}{(unit is null ? string.Empty : " " + unit)}."),
                $"give a value {range}{(unit is null ? string.Empty : " (" + unit + ")")}.");
            return null;
        }

        return d;
    }
}
