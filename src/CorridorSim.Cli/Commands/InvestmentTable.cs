using System.Globalization;
using CorridorSim.Investments;
using CorridorSim.Output;

namespace CorridorSim.Cli.Commands;

/// <summary>An investment ranking as the console prints it: a table per criterion, then the verdict.</summary>
public static class InvestmentTable
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Writes every ranking of <paramref name="result"/>, then its warnings.</summary>
    public static void Write(TextWriter output, InvestmentResult result, double seconds)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        double percent = result.ConfidenceLevel * 100;
        output.WriteLine(string.Create(Inv, $"Investments \"{result.Name}\" against \"{result.BaseScenario}\": {result.Replications} replications of the base and of each of {result.Options.Count} options, paired by seed (common random numbers); {seconds:F1} s"));
        output.WriteLine(string.Create(Inv, $"Each mean with its {percent:0.#} % interval against doing nothing; \"vs best\" is Hsu's interval of the option minus the best of the others, jointly at {percent:0.#} % (Bonferroni)."));
        if (result.Indifference.Count > 0)
        {
            string zones = string.Join(", ", result.Indifference.Select(z => string.Create(Inv, $"{InvestmentCriteria.Name(z.Key)} {z.Value:G4} {InvestmentCriteria.Unit(z.Key)}")));
            output.WriteLine(string.Create(Inv, $"Two stages (Nelson and Matejcik): {result.FirstStageReplications} replications, then as many more as the indifference zones need ({zones}): {result.Replications} in all."));
        }

        foreach (var ranking in result.Rankings)
        {
            string format = InvestmentCriteria.NumberFormat(ranking.Criterion);
            output.WriteLine();
            output.WriteLine($"{InvestmentCriteria.Label(ranking.Criterion)} ({InvestmentCriteria.Unit(ranking.Criterion)}; {(ranking.Criterion is InvestmentCriterion.TransitReduction or InvestmentCriterion.TransitReductionPerCost ? result.TransitKpi : result.ThroughputKpi)})");
            output.WriteLine(string.Format(Inv, "{0,4}  {1,-36} {2,10} {3,12} {4,24} {5,24}  {6}", "rank", "option", "US$ M", "mean", "interval", "vs best", "verdict"));
            foreach (var r in ranking.Ranks)
            {
                var option = result.Option(r.Option);
                output.WriteLine(string.Format(
                    Inv,
                    "{0,4}  {1,-36} {2,10:N0} {3,12} {4,24} {5,24}  {6}",
                    r.Rank,
                    Shorten(option.Id, 36),
                    option.CostMillionUsd,
                    Figure(r.Mean, format),
                    $"[{Figure(r.Lower, format)}, {Figure(r.Upper, format)}]",
                    $"[{Figure(r.BestLower, format)}, {Figure(r.BestUpper, format)}]",
                    InvestmentFiles.Verdict(r)));
            }

            output.WriteLine(ranking.Indifference is double delta
                ? string.Create(Inv, $"Selected: {result.Option(ranking.Best!).Name}: the best with probability at least {percent:0.#} % if it is at least {delta:G4} {InvestmentCriteria.Unit(ranking.Criterion)} better than every other (indifference zone; \"vs best\" is ± that much).")
                : ranking.Best is string best
                ? string.Create(Inv, $"Best: {result.Option(best).Name}, at {percent:0.#} % jointly.")
                : string.Create(Inv, $"Not separated at {percent:0.#} %: {string.Join(", ", ranking.Contenders)} may each be the best; more replications may separate them."));
        }

        output.WriteLine();
        output.WriteLine("Saturated (in at least half of the replications):");
        var none = result.Saturated.GetValueOrDefault(InvestmentFiles.BaseOption) ?? [];
        output.WriteLine($"  {"base",-36} {(none.Count == 0 ? "none" : string.Join(", ", none))}");
        foreach (var option in result.Options)
        {
            var (relieved, added) = result.SaturationChange(option.Id);
            string change = relieved.Count + added.Count == 0 ? "as the base" : string.Join("; ", new[] { relieved.Count > 0 ? "relieves " + string.Join(", ", relieved) : null, added.Count > 0 ? "saturates " + string.Join(", ", added) : null }.OfType<string>());
            output.WriteLine($"  {Shorten(option.Id, 36),-36} {change}");
        }

        foreach (string warning in result.Warnings)
        {
            output.WriteLine($"warning: {warning}");
        }
    }

    private static string Figure(double value, string format) => double.IsFinite(value) ? value.ToString(format, Inv) : "–";

    private static string Shorten(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
