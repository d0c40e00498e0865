using System.CommandLine;
using CorridorSim.Input;
using CorridorSim.Model.Network;

namespace CorridorSim.Cli.Commands;

/// <summary>The <c>--network</c> option shared by the network commands, and loading with error reporting.</summary>
public static class NetworkInput
{
    /// <summary>Creates the option: a root network file; the built-in corridor network when absent.</summary>
    public static Option<string?> CreateOption() =>
        new("--network")
        {
            Description = $"Root network file (JSON). Default: the built-in corridor network ({NetworkLoader.BuiltInName}).",
            HelpName = "file",
            Recursive = true,
        };

    /// <summary>
    /// Loads the network named by <paramref name="option"/>, or prints every problem to the error
    /// writer and returns null (the caller exits with <see cref="CorridorSimCommand.UserError"/>).
    /// </summary>
    public static TransportNetwork? Load(ParseResult parseResult, Option<string?> option)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        string? path = parseResult.GetValue(option);
        var result = path is null ? NetworkLoader.LoadBuiltIn() : NetworkLoader.LoadFile(path);
        if (result.Succeeded)
        {
            return result.Value;
        }

        ReportErrors(parseResult.InvocationConfiguration.Error, result.Errors);
        return null;
    }

    /// <summary>
    /// Runs <paramref name="write"/>, which writes <paramref name="path"/>; reports a file-system
    /// failure as a user error instead of a stack trace, and prints <paramref name="done"/> (if not
    /// empty) on success.
    /// </summary>
    public static int WriteFile(ParseResult parseResult, string path, Action write, string done)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(write);
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            parseResult.InvocationConfiguration.Error.WriteLine($"error: cannot write {path}: {e.Message}");
            return CorridorSimCommand.UserError;
        }

        if (done.Length > 0)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(done);
        }

        return CorridorSimCommand.Success;
    }

    /// <summary>Prints input errors, one per line, with a count.</summary>
    public static void ReportErrors(TextWriter error, IReadOnlyList<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var e in errors)
        {
            error.WriteLine($"error: {e}");
        }

        error.WriteLine($"{errors.Count} problem{(errors.Count == 1 ? string.Empty : "s")} found; nothing was done.");
    }
}
