using System.CommandLine;
using CorridorSim.Input;

namespace CorridorSim.Cli.Commands;

/// <summary><c>corridorsim validate &lt;files…&gt;</c>: check scenario and network files without running them.</summary>
public static class ValidateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Scenario or network files (JSON), told apart by content: a scenario gives \"streams\" or \"extends\", a network \"nodes\", \"links\" or \"include\".", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON: {\"files\": [{\"file\", \"kind\", \"valid\", \"errors\": [{\"file\", \"line\", \"path\", \"message\", \"fix\"}]}]}." };
        var command = new Command("validate", "Check scenario and network files without running them, reporting every problem with file, line, JSON path and a fix. Example: corridorsim validate my-what-if.json data/network/corridor.json")
        {
            files,
            json,
        };
        files.Validators.Add(result => ExperimentInput.RefuseUnknownOptions(result, ["--json"]));
        command.SetAction(parseResult =>
        {
            var results = InputValidator.Validate(parseResult.GetValue(files) ?? []);
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (parseResult.GetValue(json))
            {
                output.WriteLine(InputValidator.ToJson(results));
            }
            else
            {
                Print(output, error, results);
            }

            return results.All(r => r.Valid) ? CorridorSimCommand.Success : CorridorSimCommand.UserError;
        });
        return command;
    }

    private static void Print(TextWriter output, TextWriter error, IReadOnlyList<FileValidation> results)
    {
        foreach (var result in results)
        {
            if (result.Valid)
            {
                foreach (var w in result.Warnings)
                {
                    error.WriteLine($"warning: {w}");
                }

                output.WriteLine($"ok: {result.File} ({result.Summary}{(result.Warnings.Count > 0 ? $", {result.Warnings.Count} warning{(result.Warnings.Count == 1 ? string.Empty : "s")}" : string.Empty)})");
                continue;
            }

            foreach (var e in result.Errors)
            {
                error.WriteLine($"error: {e}");
            }

            // The problems may lie in a file it extends or includes; say which file named here they belong to.
            error.WriteLine($"invalid: {result.File} ({result.Errors.Count} problem{(result.Errors.Count == 1 ? string.Empty : "s")})");
        }

        var invalid = results.Where(r => !r.Valid).ToList();
        if (invalid.Count > 0)
        {
            int problems = invalid.Sum(r => r.Errors.Count);
            error.WriteLine($"{problems} problem{(problems == 1 ? string.Empty : "s")} found in {invalid.Count} of {results.Count} file{(results.Count == 1 ? string.Empty : "s")}.");
        }
    }
}
