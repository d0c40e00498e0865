using System.Globalization;
using nietras.SeparatedValues;

namespace CorridorSim.Output;

/// <summary>
/// The CSV dialect of every file CorridorSim writes (Sep's RFC 4180 writer): fields separated by
/// commas, a field holding a comma, a quote or a line break quoted with its quotes doubled,
/// numbers in the invariant culture, every row (the header's too) ended by <c>\n</c> whatever the
/// platform, the last one included.
/// </summary>
internal static class CsvText
{
    private static readonly SepWriterOptions Options = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture });

    /// <summary>A writer of rows of <paramref name="header"/>'s columns to <paramref name="text"/>, which it closes when disposed; the header is written with the first row, or on disposal if there is none.</summary>
    public static SepWriter Writer(TextWriter text, params ReadOnlySpan<string> header)
    {
        ArgumentNullException.ThrowIfNull(text);
        text.NewLine = "\n";
        var writer = Options.To(text);
        writer.Header.Add(header);
        return writer;
    }

    /// <summary>The CSV text of <paramref name="header"/> and the rows <paramref name="rows"/> writes.</summary>
    public static string Write(string[] header, Action<SepWriter> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = Writer(text, header))
        {
            rows(writer);
        }

        return text.ToString();
    }

    /// <summary>Writes <paramref name="value"/> as <see cref="ResultCsv.Number"/> does: rounded to 4 decimals, empty when not finite.</summary>
    public static void Number(SepWriter.Col col, double value)
    {
        if (double.IsFinite(value))
        {
            col.Format(Math.Round(value, 4), "G");
        }
        else
        {
            col.Set(ReadOnlySpan<char>.Empty);
        }
    }
}
