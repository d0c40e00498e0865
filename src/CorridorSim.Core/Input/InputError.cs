using System.Globalization;

namespace CorridorSim.Input;

/// <summary>
/// One problem with a user's input file, as data: which file, where in it (JSON path and line),
/// what is wrong and how to fix it. Loaders collect every problem and return them all at once.
/// </summary>
/// <param name="File">The file, as the user named it.</param>
/// <param name="JsonPath">Where in the file, e.g. <c>$.links[3].to</c>; <c>$</c> for the whole file.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Fix">How to fix it, or null when the message says it all.</param>
/// <param name="Line">1-based line of the offending value, when known.</param>
public sealed record InputError(string File, string JsonPath, string Message, string? Fix = null, int? Line = null)
{
    /// <summary>
    /// The run setting given beside the file that the problem depends on, when it does — <c>years</c>
    /// for a closure after the end of a run shortened from outside the file — so that a front end
    /// can name its own control for it; null when the file alone is at fault.
    /// </summary>
    public string? RunSetting { get; init; }

    /// <inheritdoc />
    public override string ToString()
    {
        string where = Line is int line ? string.Create(CultureInfo.InvariantCulture, $"{File}:{line}") : File;
        return Fix is null ? $"{where}: {JsonPath}: {Message}" : $"{where}: {JsonPath}: {Message} Fix: {Fix}";
    }
}
