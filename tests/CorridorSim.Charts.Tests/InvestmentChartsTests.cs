using System.Xml.Linq;
using CorridorSim.Charts;
using CorridorSim.Investments;

namespace CorridorSim.Tests;

/// <summary>An investment ranking's charts: one per criterion, a row per option in rank order with its cost, the verdict in the subtitle and the best in the accent colour.</summary>
public sealed class InvestmentChartsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-invest-charts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Each_criterion_draws_its_options_ranked_with_their_costs_and_the_verdict()
    {
        // Three options over three paired replications: "big" saves 2 days, "small" 1, "none" nothing.
        InvestmentOption[] options = [new("none", "Nothing useful", ["none"], 5), new("small", "Small", ["small"], 10), new("big", "Big", ["big"], 100)];
        var samples = new List<InvestmentSample>();
        for (int r = 1; r <= 3; r++)
        {
            double noise = r * 0.1;
            samples.Add(new InvestmentSample(null, r, (ulong)r, 20 + noise, 1000 + r));
            samples.Add(new InvestmentSample("none", r, (ulong)r, 20 + noise, 1000 + r));
            samples.Add(new InvestmentSample("small", r, (ulong)r, 19 + noise + (r * 0.01), 1000 + r));
            samples.Add(new InvestmentSample("big", r, (ulong)r, 18 + noise - (r * 0.01), 1010 + r));
        }

        var result = new InvestmentResult("Toy set", "Toy base", 1, options, samples, InvestmentRankings.Of(options, samples, 0.95));

        var names = InvestmentCharts.WriteAll(result, _folder);

        Assert.Equal(InvestmentCriteria.All.Select(InvestmentCharts.FileName), names);
        var transit = Texts("invest-transitReductionDays");
        Assert.Contains("Transit-time reduction", transit);
        Assert.Contains(transit, t => t.StartsWith("Best at 95 % jointly: Big", StringComparison.Ordinal));
        int big = transit.FindIndex(t => t.StartsWith("1. Big (US$", StringComparison.Ordinal));
        int small = transit.FindIndex(t => t.StartsWith("2. Small (US$", StringComparison.Ordinal));
        int none = transit.FindIndex(t => t.StartsWith("3. Nothing useful (US$", StringComparison.Ordinal));
        Assert.True(big >= 0 && small >= 0 && none >= 0, string.Join(" | ", transit));
        Assert.Contains("#D55E00", File.ReadAllText(Path.Combine(_folder, "invest-transitReductionDays.svg")), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Texts("invest-transitReductionHoursPerMillionUsd"), t => t.StartsWith("1. Small (US$", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(_folder, "invest-throughputGainTeuPerYearPerMillionUsd.png")));
    }

    private List<string> Texts(string chart) =>
        [.. XDocument.Load(Path.Combine(_folder, chart + ".svg")).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim())];
}
