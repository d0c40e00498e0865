using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace CorridorSim.Cli.Commands;

/// <summary>
/// Options with parsers of our own, so a bad value gets a plain message that says what is
/// expected ("--containers must be a whole number of at least 100000") instead of a .NET type
/// name or an exception.
/// </summary>
public static class Options
{
    /// <summary>An option taking a whole number of at least <paramref name="min"/>.</summary>
    public static Option<long> WholeNumber(string name, string description, long defaultValue, long min) =>
        new(name)
        {
            Description = description,
            HelpName = "n",
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value) && value >= min)
                {
                    return value;
                }

                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be a whole number of at least {min}, not '{text}'."));
                return defaultValue;
            },
        };

    /// <summary>An option taking a run seed: a whole number from 0 to 18446744073709551615.</summary>
    public static Option<ulong> Seed(ulong defaultValue = 1) =>
        new("--seed")
        {
            Description = "Run seed; the same seed gives the same results.",
            HelpName = "n",
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong value))
                {
                    return value;
                }

                result.AddError($"--seed must be a whole number from 0 to {ulong.MaxValue}, not '{text}'.");
                return defaultValue;
            },
        };

    /// <summary>An option taking one or more names from <paramref name="allowed"/> (any case), separated by spaces.</summary>
    public static Option<string[]> Choices(string name, string description, IReadOnlyList<string> allowed) =>
        new(name)
        {
            Description = description,
            HelpName = string.Join('|', allowed),
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => [.. allowed],
            CustomParser = result =>
            {
                var chosen = new List<string>();
                foreach (var token in result.Tokens)
                {
                    string? match = allowed.FirstOrDefault(a => string.Equals(a, token.Value, StringComparison.OrdinalIgnoreCase));
                    if (match is null)
                    {
                        result.AddError($"unknown value '{token.Value}' for {name}; choose from {string.Join(", ", allowed)}, separated by spaces.");
                    }
                    else if (!chosen.Contains(match))
                    {
                        chosen.Add(match);
                    }
                }

                return [.. chosen];
            },
        };
}
