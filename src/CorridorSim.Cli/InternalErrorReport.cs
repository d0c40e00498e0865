using CorridorSim.Experiments;

namespace CorridorSim.Cli;

/// <summary>
/// What the command line prints when the simulator itself fails (input mistakes are reported as
/// input errors before anything runs): one line saying what went wrong, the scenario and seed to
/// reproduce it, and where to report it; the full trace only with <c>--verbose</c>.
/// </summary>
public static class InternalErrorReport
{
    /// <summary>Writes the report of <paramref name="exception"/>, raised by the command <paramref name="args"/>, to <paramref name="error"/>.</summary>
    public static void Write(TextWriter error, Exception exception, IReadOnlyList<string> args, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(args);
        var failure = Unwrap(exception);
        var cause = failure is RunFailedException run ? run.InnerException ?? run : failure;
        error.WriteLine($"internal error: {cause.GetType().Name}: {FirstLine(cause.Message)}");
        if (failure is RunFailedException r)
        {
            string file = r.File ?? "the built-in baseline";
            error.WriteLine($"  in the run of scenario \"{r.Scenario}\" ({file}) with seed {r.Seed}; to reproduce it alone: corridorsim run {(r.File is null ? string.Empty : Quote(r.File) + " ")}--seed {r.Seed} --replications 1");
        }

        error.WriteLine($"  command: corridorsim {string.Join(' ', args.Where(a => a != "--verbose").Select(Quote))}");
        error.WriteLine("This is a fault in CorridorSim, not in your input; please report it with the lines above" + (verbose ? " and the details below." : " (add --verbose for the details)."));
        if (verbose)
        {
            error.WriteLine(exception.ToString());
        }
    }

    private static Exception Unwrap(Exception exception)
    {
        while (exception is AggregateException { InnerExceptions.Count: > 0 } aggregate)
        {
            exception = aggregate.InnerExceptions[0];
        }

        return exception;
    }

    private static string FirstLine(string message)
    {
        int end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }

    private static string Quote(string arg) => arg.Length == 0 || arg.Any(char.IsWhiteSpace) ? $"\"{arg}\"" : arg;
}
