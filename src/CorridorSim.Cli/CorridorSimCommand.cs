using System.CommandLine;
using CorridorSim.Cli.Commands;

namespace CorridorSim.Cli;

/// <summary>The <c>corridorsim</c> command line: the root command and its subcommands.</summary>
public static class CorridorSimCommand
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code when a run completed but a check failed (e.g. a benchmark model disagreed with theory).</summary>
    public const int CheckFailed = 1;

    /// <summary>Exit code for a user error (bad arguments or input files).</summary>
    public const int UserError = 2;

    /// <summary>Builds the root command.</summary>
    public static RootCommand Create()
    {
        var root = new RootCommand(
            "CorridorSim: a stochastic discrete-event simulator of the Middle Corridor freight route " +
            "transport route and its comparators. Moves containers, trains and ferry sailings through a " +
            "network of terminals, ports, borders and links, and measures throughput and transit times.");
        root.Subcommands.Add(BenchCommand.Create());
        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the chosen command, writing to the given writers.</summary>
    /// <returns>The process exit code: 0 success, 1 a check failed, 2 a user error.</returns>
    public static int Invoke(string[] args, TextWriter output, TextWriter error)
    {
        var parseResult = Create().Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                error.WriteLine($"error: {parseError.Message}");
            }

            error.WriteLine("Run 'corridorsim --help' for usage.");
            return UserError;
        }

        return parseResult.Invoke(configuration);
    }
}
