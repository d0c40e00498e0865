using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CorridorSim.Results;

/// <summary>
/// <see cref="RunResult"/> as <c>summary.json</c> and back: camelCase names, numbers rounded to
/// 4 decimals, NaN written as <c>null</c> (a figure with nothing measured). Reading a file this
/// wrote and writing it again gives the same bytes.
/// </summary>
public static class RunResultJson
{
    /// <summary>The options every result file is written and read with.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new RoundedDoubleConverter(), new NumberListConverter<double>(), new NumberListConverter<long>(), new StringListConverter() },
        RespectNullableAnnotations = false,
    };

    private static readonly JsonSerializerOptions Compact = new(Options) { WriteIndented = false };

    /// <summary>The result as JSON text, with a final newline; <paramref name="indented"/> for people, compact (a third of the size) for files read by programs.</summary>
    public static string Write(RunResult result, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(result, indented ? Options : Compact) + "\n";
    }

    /// <summary>
    /// Writes the result as <see cref="Write(RunResult, bool)"/> does, the same bytes (UTF-8, final newline), to
    /// <paramref name="stream"/> as it goes: a run of centuries has a summary of tens of megabytes,
    /// never held as one string.
    /// </summary>
    public static void Write(Stream stream, RunResult result, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(result);
        JsonSerializer.Serialize(stream, result, indented ? Options : Compact);
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Reads a result written by <see cref="Write(Stream, RunResult, bool)"/> from <paramref name="stream"/>.</summary>
    /// <exception cref="JsonException">The text is not such a result.</exception>
    public static RunResult Read(Stream stream) =>
        JsonSerializer.Deserialize<RunResult>(stream, Options) ?? throw new JsonException("summary.json holds no run result.");

    /// <summary>Reads a result written by <see cref="Write(RunResult, bool)"/>.</summary>
    /// <exception cref="JsonException">The text is not such a result.</exception>
    public static RunResult Read(string json) =>
        JsonSerializer.Deserialize<RunResult>(json, Options) ?? throw new JsonException("summary.json holds no run result.");

    /// <summary>Lists of numbers (weekly series, histograms) on one line each, so an indented file stays readable.</summary>
    private sealed class NumberListConverter<T> : JsonConverter<IReadOnlyList<T>>
        where T : struct, IConvertible
    {
        public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException("A list of numbers must be a JSON array.");
            }

            var list = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                double value = reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();
                list.Add(typeof(T) == typeof(long) ? (T)(object)(long)value : (T)(object)value);
            }

            return list;
        }

        public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
        {
            var text = new System.Text.StringBuilder("[");
            for (int i = 0; i < value.Count; i++)
            {
                double x = value[i].ToDouble(System.Globalization.CultureInfo.InvariantCulture);
                text.Append(i == 0 ? string.Empty : ", ").Append(double.IsFinite(x) ? Math.Round(x, 4).ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "null");
            }

            writer.WriteRawValue(text.Append(']').ToString(), skipInputValidation: true);
        }
    }

    /// <summary>Lists of ids (a route's nodes and links, a group's streams) on one line each.</summary>
    private sealed class StringListConverter : JsonConverter<IReadOnlyList<string>>
    {
        private static readonly JsonSerializerOptions Plain = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            JsonSerializer.Deserialize<List<string>>(ref reader, Plain) ?? [];

        public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options) =>
            writer.WriteRawValue(JsonSerializer.Serialize(value, Plain).Replace("\",\"", "\", \"", StringComparison.Ordinal), skipInputValidation: true);
    }

    /// <summary>Doubles rounded to 4 decimals; NaN and infinities as null, read back as NaN.</summary>
    private sealed class RoundedDoubleConverter : JsonConverter<double>
    {
        public override bool HandleNull => true;

        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (double.IsFinite(value))
            {
                writer.WriteNumberValue(Math.Round(value, 4));
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
