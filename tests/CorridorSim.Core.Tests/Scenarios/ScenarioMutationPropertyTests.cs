using System.Text;
using System.Text.RegularExpressions;
using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Tests.TestSupport;
using CsCheck;

namespace CorridorSim.Tests.Scenarios;

/// <summary>
/// Random byte and token mutations of a valid scenario (the 2024 baseline) load into a scenario
/// that runs, or into errors that each name a JSON path and say what is wrong — never an
/// exception, a crash or a run without end. CsCheck shrinks a failing list of mutations to a
/// shortest one and prints the seed that repeats it.
/// </summary>
public sealed partial class ScenarioMutationPropertyTests
{
    private static readonly string ScenariosFolder = Path.Combine(RepositoryRoot.Path, "scenarios");
    private static readonly string Baseline = File.ReadAllText(Path.Combine(ScenariosFolder, "baseline-2024.json"));
    private static readonly string[] Tokens = [.. TokenPattern().Matches(Baseline).Select(m => m.Value)];

    // What a mutation puts in: numbers at the edges of every range, other literals, punctuation, ids of the network.
    private static readonly string[] Replacements =
    [
        "0", "-1", "1", "0.5", "-0.0", "1e308", "1e-308", "1e999", "2147483648", "9223372036854775808", "123456789", "3.5",
        "true", "false", "null", "\"\"", "\"xian\"", "\"aktau\"", "\"nowhere\"", "\"normal\"", "\"baseline-2024.json\"",
        "[", "]", "{", "}", ",", ":", "[]", "{}", "\"", "//", "/*",
    ];

    /// <summary>One edit: its kind, where (a share of the text or of the tokens), and what (an index into the replacements or a byte).</summary>
    private sealed record Mutation(int Kind, double Where, int What);

    private static readonly Gen<Mutation[]> Mutations =
        Gen.Select(Gen.Int[0, 5], Gen.Double[0.0, 1.0], Gen.Int[0, 255], (kind, where, what) => new Mutation(kind, where, what)).Array[1, 3];

    [Fact]
    public void Ten_thousand_mutations_of_a_valid_scenario_give_a_run_or_clear_errors()
    {
        int valid = 0;
        Mutations.Sample(mutations =>
        {
            string text = Apply(Baseline, mutations);
            var loaded = ScenarioLoader.LoadFromText("mutant.json", text, ScenariosFolder);
            if (!loaded.Succeeded)
            {
                Assert.NotEmpty(loaded.Errors);
                Assert.All(loaded.Errors, e =>
                {
                    Assert.StartsWith("$", e.JsonPath, StringComparison.Ordinal);
                    Assert.False(string.IsNullOrWhiteSpace(e.Message), e.ToString());
                    Assert.False(string.IsNullOrEmpty(e.File), e.ToString());
                });
                return;
            }

            // A valid mutant runs, briefly: the event limit stops one whose volume or length was multiplied.
            Interlocked.Increment(ref valid);
            try
            {
                var run = ScenarioRunner.Run(loaded.Value!, options: new RunOptions { Limits = new RunLimits { MaxEvents = 20_000 } });
                Assert.True(run.Info.Events <= 20_000);
            }
            catch (RunStoppedException)
            {
                // Stopped within its warm-up: a clean stop, nothing measured.
            }
            catch (RunFailedException e)
            {
                string kept = Path.Combine(Path.GetTempPath(), $"corridorsim-mutant-{Environment.ProcessId}.json");
                File.WriteAllText(kept, text);
                Assert.Fail($"{string.Join(", ", mutations.Select(m => m.ToString()))} passed validation and failed to run: {e.Message}\nThe changed text: {Changed(Baseline, text)}\nThe whole file: {kept}");
            }
        }, iter: 10_000, time: -1);

        Assert.True(valid > 100, $"only {valid} of 10,000 mutants were valid scenarios: the runs were hardly tried");
    }

    /// <summary>The part of <paramref name="after"/> that differs from <paramref name="before"/>, with some context.</summary>
    private static string Changed(string before, string after)
    {
        int start = 0;
        while (start < before.Length && start < after.Length && before[start] == after[start])
        {
            start++;
        }

        int end = 0;
        while (end < before.Length - start && end < after.Length - start && before[^(end + 1)] == after[^(end + 1)])
        {
            end++;
        }

        int from = Math.Max(0, start - 80);
        return $"…{after[from..(after.Length - end)]}… (was …{before[from..(before.Length - end)]}…)";
    }

    private static string Apply(string text, Mutation[] mutations)
    {
        foreach (var m in mutations)
        {
            var tokens = TokenPattern().Matches(text).ToList();
            int at = Math.Min((int)(m.Where * text.Length), text.Length - 1);
            var token = tokens.Count == 0 ? null : tokens[Math.Min((int)(m.Where * tokens.Count), tokens.Count - 1)];
            text = m.Kind switch
            {
                // A byte changed, removed or added (any byte: the text may stop being UTF-8).
                0 => Encoding.Latin1.GetString([.. Encoding.UTF8.GetBytes(text[..at]), (byte)m.What, .. Encoding.UTF8.GetBytes(text[(at + 1)..])]),
                1 => text.Remove(at, 1),
                2 => token is null ? text : text.Remove(token.Index, token.Length).Insert(token.Index, Replacements[m.What % Replacements.Length]),
                3 => token is null ? text : text.Remove(token.Index, token.Length),
                4 => token is null ? text : text.Insert(token.Index, token.Value + " "),
                _ => token is null ? text : text.Remove(token.Index, token.Length).Insert(token.Index, Tokens[m.What % Tokens.Length]),
            };
        }

        return text;
    }

    // Strings, numbers, literals and punctuation of JSON (with comments).
    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|[\[\]{}:,]")]
    private static partial Regex TokenPattern();
}
