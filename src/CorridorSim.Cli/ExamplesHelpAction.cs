using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace CorridorSim.Cli;

/// <summary>
/// The help action with an "Examples:" section after the standard help. System.CommandLine 3 keeps
/// its help builder internal, so this wraps the standard <see cref="HelpAction"/> and appends.
/// </summary>
internal sealed class ExamplesHelpAction(HelpAction standard, IReadOnlyDictionary<Command, IReadOnlyList<string>> examples) : SynchronousCommandLineAction
{
    /// <summary>As the standard help: <c>--help</c> shows help even when required options are missing.</summary>
    public override bool ClearsParseErrors => standard.ClearsParseErrors;

    public override int Invoke(ParseResult parseResult)
    {
        int code = standard.Invoke(parseResult);
        if (examples.TryGetValue(parseResult.CommandResult.Command, out var lines))
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (string line in lines)
            {
                output.WriteLine($"  {line}");
            }

            output.WriteLine();
        }

        return code;
    }
}
