using System.Text.Json;

namespace CorridorSim.Input;

/// <summary>
/// One input file being read: its parsed JSON (comments and trailing commas allowed), a map from
/// JSON paths to lines, and the list its problems are added to.
/// </summary>
internal sealed class InputFile
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The largest input file read: far above any scenario or network, far below what would exhaust memory.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    private readonly JsonLineMap? _lines;
    private readonly Func<string, string, string?, InputError>? _report;

    private InputFile(string displayName, JsonDocument? document, JsonLineMap? lines, List<InputError> errors, Func<string, string, string?, InputError>? report = null)
    {
        DisplayName = displayName;
        Document = document;
        _lines = lines;
        Errors = errors;
        _report = report;
    }

    public string DisplayName { get; }

    /// <summary>The parsed document, or null when the file could not be read or parsed.</summary>
    public JsonDocument? Document { get; }

    public List<InputError> Errors { get; }

    /// <summary>
    /// Parses <paramref name="utf8"/>, with or without the byte-order mark some editors write; a
    /// syntax error, or a file saved as UTF-16, becomes an <see cref="InputError"/> with its line.
    /// </summary>
    public static InputFile Parse(string displayName, byte[] utf8, List<InputError> errors)
    {
        if (utf8.Length > MaxBytes)
        {
            errors.Add(new InputError(displayName, "$", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the file is {utf8.Length / (1024.0 * 1024.0):0.#} MB, more than the {MaxBytes / (1024 * 1024)} MB an input file may be (scenarios and networks take a few kB)."), "check that this is the scenario or network file you meant.", 1));
            return new InputFile(displayName, null, null, errors);
        }

        if (utf8 is [0xEF, 0xBB, 0xBF, ..])
        {
            utf8 = utf8[3..];
        }
        else if (utf8 is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] || (utf8.Length >= 2 && (utf8[0] == 0 || utf8[1] == 0)))
        {
            errors.Add(new InputError(displayName, "$", "the file is saved as UTF-16 (\"Unicode\"), not as UTF-8.", "save it again as UTF-8 (in Notepad: Save as, Encoding UTF-8).", 1));
            return new InputFile(displayName, null, null, errors);
        }

        if (utf8.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            errors.Add(new InputError(displayName, "$", utf8.Length == 0 ? "the file is empty." : "the file holds only spaces and line breaks.", "write the JSON object it should hold, e.g. { \"name\": …, \"streams\": [ … ] }, or give the file you meant.", 1));
            return new InputFile(displayName, null, null, errors);
        }

        if (System.Text.Unicode.Utf8.IsValid(utf8) is false)
        {
            // Not UTF-8: most likely saved in a Windows code page ("ANSI"), where é, ü or ı is one byte.
            int bad = FirstInvalidUtf8(utf8);
            int line = 1 + utf8.AsSpan(0, bad).Count((byte)'\n');
            errors.Add(new InputError(displayName, "$", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the file is not UTF-8: byte 0x{utf8[bad]:X2} cannot start or continue a character; it was probably saved in a Windows code page (\"ANSI\", Windows-1252)."), "save it again as UTF-8 (in Notepad: Save as, Encoding UTF-8).", line));
            return new InputFile(displayName, null, null, errors);
        }

        try
        {
            var document = JsonDocument.Parse(utf8, DocumentOptions);
            var lines = new JsonLineMap(utf8, ReaderOptions);
            if (lines.Duplicates.Count == 0)
            {
                return new InputFile(displayName, document, lines, errors);
            }

            // Which of the two values counts is not obvious to whoever reads the file, so neither does.
            foreach (var (path, name, line) in lines.Duplicates)
            {
                errors.Add(new InputError(displayName, path, $"not valid JSON: property \"{name}\" is given twice in the same object.", "keep one of them.", line));
            }

            document.Dispose();
            return new InputFile(displayName, null, null, errors);
        }
        catch (JsonException e)
        {
            int? line = e.LineNumber is long l ? (int)l + 1 : null;
            errors.Add(new InputError(displayName, "$", $"not valid JSON: {FirstSentence(e.Message)}", "check the brackets, quotes and commas near that line (comments // and trailing commas are allowed).", line));
            return new InputFile(displayName, null, null, errors);
        }
    }

    /// <summary>Index of the first byte of <paramref name="utf8"/> that breaks UTF-8 (the text is known not to be valid).</summary>
    private static int FirstInvalidUtf8(byte[] utf8)
    {
        var rest = utf8.AsSpan();
        int at = 0;
        while (System.Text.Rune.DecodeFromUtf8(rest, out _, out int used) == System.Buffers.OperationStatus.Done)
        {
            rest = rest[used..];
            at += used;
        }

        return Math.Min(at, utf8.Length - 1);
    }

    /// <summary>
    /// A document merged from several files, e.g. a scenario and the ones it extends: a problem at a
    /// path of it is reported in the file and at the path <paramref name="origin"/> gives.
    /// </summary>
    public static InputFile Merged(string displayName, JsonDocument document, Func<string, (InputFile File, string Path)> origin, List<InputError> errors) =>
        new(displayName, document, null, errors, (jsonPath, message, fix) =>
        {
            var (file, path) = origin(jsonPath);
            return file.ErrorAt(path, message, fix);
        });

    /// <summary>
    /// This file with each problem passed through <paramref name="relocate"/> before it is recorded,
    /// e.g. to report a value an override gave where the override gives it.
    /// </summary>
    public InputFile Relocating(Func<InputError, InputError> relocate) =>
        new(DisplayName, Document, _lines, Errors, (jsonPath, message, fix) => relocate(ErrorAt(jsonPath, message, fix)));

    /// <summary>What to say of <paramref name="path"/>, which is not a file: a folder, or nothing at all.</summary>
    internal static string NotAFile(string path) =>
        Directory.Exists(path) ? "this is a folder, not a file." : "file not found.";

    /// <summary>Reads and parses <paramref name="path"/>; a missing file becomes an error.</summary>
    public static InputFile Read(string path, string displayName, List<InputError> errors)
    {
        if (!File.Exists(path))
        {
            errors.Add(new InputError(displayName, "$", NotAFile(path), "check the path; relative paths are relative to the current folder (or, for includes, to the including file)."));
            return new InputFile(displayName, null, null, errors);
        }

        return Parse(displayName, File.ReadAllBytes(path), errors);
    }

    public void Error(string jsonPath, string message, string? fix = null) => Errors.Add(ErrorAt(jsonPath, message, fix));

    /// <summary>A problem at <paramref name="jsonPath"/> of this file, with its line, not yet recorded.</summary>
    public InputError ErrorAt(string jsonPath, string message, string? fix = null)
    {
        return _report is not null ? _report(jsonPath, message, fix) : new(DisplayName, jsonPath, message, fix, LineOf(jsonPath));
    }

    /// <summary>The 1-based line where the value at <paramref name="jsonPath"/> starts, when known.</summary>
    public int? LineOf(string jsonPath) => _lines?.LineOf(jsonPath);

    private static string FirstSentence(string message)
    {
        foreach (string marker in new[] { " Path:", " LineNumber:" })
        {
            int cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        return message.TrimEnd(' ', '|');
    }
}
