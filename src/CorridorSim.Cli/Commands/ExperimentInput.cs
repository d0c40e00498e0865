using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using CorridorSim.Experiments;

namespace CorridorSim.Cli.Commands;

/// <summary>The options <c>run</c> and <c>compare</c> share: seed, run length, replications, parallelism, output form.</summary>
public sealed class ExperimentInput
{
    /// <summary>Creates the options; <paramref name="defaultReplications"/> is what the help states.</summary>
    public ExperimentInput(string defaultReplications)
    {
        Seed = new Option<ulong?>("--seed")
        {
            Description = "Seed of replication 1 (default: the scenario's); replication i runs with seed + i − 1.",
            HelpName = "n",
            CustomParser = r => ulong.TryParse(Token(r), NumberStyles.None, CultureInfo.InvariantCulture, out ulong v) ? v : Fail<ulong?>(r, $"--seed must be a whole number from 0 to {ulong.MaxValue}."),
        };
        Years = new Option<double?>("--years")
        {
            Description = "Simulated years after the warm-up (default: the scenario's).",
            HelpName = "n",
            CustomParser = r => double.TryParse(Token(r), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v > 0 && v <= 1000 ? v : Fail<double?>(r, "--years must be a number greater than 0 and at most 1000."),
        };
        Replications = new Option<int?>("--replications", "-n")
        {
            Description = $"Independent replications, each with its own seed ({defaultReplications}).",
            HelpName = "n",
            CustomParser = r => int.TryParse(Token(r), NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v is >= 1 and <= 100_000 ? v : Fail<int?>(r, "--replications must be a whole number from 1 to 100000."),
        };
        Parallel = new Option<int?>("--parallel")
        {
            Description = $"Replications run at once (default: all {Environment.ProcessorCount} cores). The results do not depend on it.",
            HelpName = "p",
            CustomParser = r => int.TryParse(Token(r), NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v is >= 1 and <= 1024 ? v : Fail<int?>(r, "--parallel must be a whole number from 1 to 1024."),
        };
        Json = new Option<bool>("--json") { Description = "Print the results as JSON on standard output instead of the table." };
        Quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar (it is also off when standard error is redirected)." };
        Strict = new Option<bool>("--strict") { Description = "Refuse (exit 2) a scenario with a value probably in the wrong unit, and exit with 3 when the results carry a warning (a saturated component, too short a warm-up, refused containers); they are written all the same." };
    }

    /// <summary><c>--seed</c>.</summary>
    public Option<ulong?> Seed { get; }

    /// <summary><c>--years</c>.</summary>
    public Option<double?> Years { get; }

    /// <summary><c>--replications</c>.</summary>
    public Option<int?> Replications { get; }

    /// <summary><c>--parallel</c>.</summary>
    public Option<int?> Parallel { get; }

    /// <summary><c>--json</c>.</summary>
    public Option<bool> Json { get; }

    /// <summary><c>--strict</c>.</summary>
    public Option<bool> Strict { get; }

    /// <summary><c>--quiet</c>.</summary>
    public Option<bool> Quiet { get; }

    /// <summary>Every option, to add to a command.</summary>
    public IEnumerable<Option> All => [Seed, Years, Replications, Parallel, Json, Quiet, Strict];

    /// <summary>
    /// Loads the scenario at <paramref name="path"/> (the built-in baseline when null) with
    /// <c>--years</c> applied; its problems, if any, in <paramref name="errors"/>, and with
    /// <c>--strict</c> its warnings (values probably in the wrong unit) too.
    /// </summary>
    public Scenarios.Scenario? LoadScenario(ParseResult parseResult, string? path, List<Input.InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(errors);
        double? years = parseResult.GetValue(Years);
        var loaded = path is null ? Input.ScenarioLoader.LoadBuiltIn("baseline-2024.json", years) : Input.ScenarioLoader.LoadFile(path, years);
        if (!loaded.Succeeded)
        {
            // Core says what is wrong in the data; the command names its own options for the fix.
            bool missing = path is not null && !File.Exists(path);
            errors.AddRange(loaded.Errors.Select(e => e switch
            {
                { RunSetting: "years" } => e with { Fix = $"{e.Fix?.TrimEnd('.')} (--years sets the run's length)." },
                { JsonPath: "$" } when missing && e.File == path && parseResult.CommandResult.Command.Name == "run" => e with { Fix = $"{e.Fix} For the built-in baseline, give no file: 'corridorsim run'." },
                _ => e,
            }));
            return null;
        }

        if (parseResult.GetValue(Strict) && loaded.Value!.InputWarnings.Count > 0)
        {
            // A value probably in the wrong unit is run as written, with a warning; --strict refuses it instead.
            errors.AddRange(loaded.Value!.InputWarnings.Select(w => w with { Message = "refused by --strict, as probably in the wrong unit: " + w.Message }));
            return null;
        }

        return loaded.Value!;
    }

    /// <summary>
    /// Whether results cannot be written to <paramref name="folder"/>, saying why and how to fix it
    /// on <paramref name="error"/>: checked before the run, so a bad <c>--out</c> costs no simulation time.
    /// </summary>
    public static bool RefusesFolder(TextWriter error, string folder)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (Output.OutputFolder.CannotWrite(folder) is not string reason)
        {
            return false;
        }

        error.WriteLine($"error: cannot write results to '{folder}': {reason}");
        error.WriteLine("Fix: give --out a folder you can write to (it is created if missing).");
        return true;
    }

    /// <summary>The experiment options the parse result gives.</summary>
    public ExperimentOptions Options(ParseResult parseResult, int? defaultReplications = null)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return new ExperimentOptions
        {
            Replications = parseResult.GetValue(Replications) ?? defaultReplications,
            Parallelism = parseResult.GetValue(Parallel),
            Seed = parseResult.GetValue(Seed),
        };
    }

    /// <summary>
    /// The value of <paramref name="option"/> in a command validator, or default when its own
    /// parser already reported an error (reading it then would throw instead of letting that error
    /// be printed).
    /// </summary>
    public static T? Checked<T>(System.CommandLine.Parsing.CommandResult result, Option<T> option)
    {
        ArgumentNullException.ThrowIfNull(result);
        try
        {
            return result.GetValue(option);
        }
        catch (InvalidOperationException)
        {
            // System.CommandLine throws the parser's own error here; it is printed with the others.
            return default;
        }
    }

    /// <summary>An error for an argument that looks like an option none of <paramref name="options"/> is, with the nearest as a suggestion.</summary>
    public static void RefuseUnknownOptions(ArgumentResult result, IEnumerable<string> options)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
        {
            string? near = Input.DidYouMean.Suggest(token.Value, [.. options]);
            result.AddError($"unknown option '{token.Value}'{(near is null ? "." : $"; did you mean '{near}'?")}");
        }
    }

    /// <summary>The names of every option: for suggestions.</summary>
    public IEnumerable<string> Names => All.Select(o => o.Name);

    /// <summary>A parser for a number in (0, <paramref name="max"/>].</summary>
    internal static double? Fraction(ArgumentResult r, string name, double max) =>
        double.TryParse(Token(r), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v > 0 && v <= max
            ? v
            : Fail<double?>(r, string.Create(CultureInfo.InvariantCulture, $"{name} must be a number greater than 0 and at most {max}, e.g. 0.02 for 2 %."));

    internal static string Token(ArgumentResult r) => r.Tokens.Count == 1 ? r.Tokens[0].Value : string.Empty;

    internal static T Fail<T>(ArgumentResult result, string message)
    {
        result.AddError($"{message} Not '{Token(result)}'.");
        return default!;
    }
}
