using System.CommandLine;
using CorridorSim.Cli.Commands;

namespace CorridorSim.Cli;

/// <summary>The <c>corridorsim</c> command line: the root command and its subcommands.</summary>
public static class CorridorSimCommand
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code when a run completed but a check failed (e.g. a benchmark model disagreed with theory), or the program failed (an internal error).</summary>
    public const int CheckFailed = 1;

    /// <summary>Exit code for a user error (bad arguments or input files).</summary>
    public const int UserError = 2;

    /// <summary>Exit code of <c>run</c> and <c>compare</c> with <c>--strict</c> when the results carry a warning (they are written all the same).</summary>
    public const int Warnings = 3;

    /// <summary>Exit code of <c>run</c> when <c>--max-events</c> or <c>--max-wall-time</c> stopped it early: its results, written, cover only the part simulated (or, stopped within the warm-up, there are none).</summary>
    public const int Partial = 4;

    /// <summary><c>--verbose</c>, on every command: the full trace of an internal error.</summary>
    public static Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "On an internal error (a fault in CorridorSim, not in the input), print its full trace.",
        Recursive = true,
    };

    /// <summary>Exit code when the user stopped a run (Ctrl+C) before it finished: 128 + SIGINT, as shells report it.</summary>
    public const int Cancelled = 130;

    /// <summary>Builds the root command.</summary>
    public static RootCommand Create()
    {
        var root = new RootCommand(
            "CorridorSim: a stochastic discrete-event simulator of the Middle Corridor freight route and its " +
            "comparators. It moves containers, trains and ferry sailings through a network of terminals, ports, " +
            "borders and links, and measures throughput and transit times.");
        root.Options.Add(Verbose);
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(CapacityCommand.Create());
        root.Subcommands.Add(InvestCommand.Create());
        root.Subcommands.Add(SweepCommand.Create());
        root.Subcommands.Add(MergeCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(NetworkCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        CommandExamples.AddTo(root);
        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the chosen command, writing to the given writers.</summary>
    /// <returns>The process exit code: 0 success, 1 a check failed, 2 a user error.</returns>
    public static int Invoke(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var root = Create();
        var parseResult = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (args.Length == 0)
        {
            error.WriteLine($"error: no command given; choose one of: {string.Join(", ", root.Subcommands.Select(c => c.Name))}.");
            error.WriteLine("Run 'corridorsim --help' for usage.");
            return UserError;
        }

        if (parseResult.Errors.Count > 0)
        {
            // An unknown command also yields "Required command was not provided"; the unknown token says more.
            var messages = parseResult.Errors.Select(e => e.Message).ToList();
            if (parseResult.UnmatchedTokens.Count > 0 && messages.Count > 1)
            {
                messages.RemoveAll(m => m.StartsWith("Required command", StringComparison.Ordinal));
            }

            // "--yeras 2": the value after a misspelt option is not a second mistake.
            for (int i = 0; i + 1 < args.Length; i++)
            {
                if (args[i].StartsWith('-') && messages.Any(m => m.StartsWith($"unknown option '{args[i]}'", StringComparison.Ordinal)))
                {
                    messages.Remove($"Unrecognized command or argument '{args[i + 1]}'.");
                }
            }

            foreach (string message in messages)
            {
                error.WriteLine($"error: {message}");
            }

            var names = new List<string>();
            for (var result = parseResult.CommandResult; result is not null && result.Command != root; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            {
                names.Insert(0, result.Command.Name);
            }

            string command = string.Join(' ', ["corridorsim", .. names]);
            error.WriteLine($"Run '{command} --help' for usage.");
            return UserError;
        }

        try
        {
            return parseResult.Invoke(configuration);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault of the program, never of the input: one summary line, how to reproduce it, and the trace only on request.
            InternalErrorReport.Write(error, e, args, parseResult.GetValue(Verbose));
            return CheckFailed;
        }
    }
}
