using CorridorSim.Investments;

namespace CorridorSim.Tests.Investments;

/// <summary>Rankings made from paired replications alone: equal means rank the cheaper option first, and a criterion with an indifference zone selects its top option.</summary>
public sealed class InvestmentRankingsTests
{
    private static readonly InvestmentOption[] Options = [new("package", "Package", ["a", "b"], 261), new("b", "B alone", ["b"], 168), new("a", "A alone", ["a"], 93)];

    [Fact]
    public void Options_with_equal_means_rank_the_cheaper_first()
    {
        // "a" adds nothing to "b": the package and "b" alone save exactly the same in every replication.
        var samples = Samples(package: [8, 7, 9], b: [8, 7, 9], a: [1, 0.5, 1.5]);

        var transit = InvestmentRankings.Of(Options, samples, 0.95).Single(r => r.Criterion == InvestmentCriterion.TransitReduction);

        Assert.Equal(["b", "package", "a"], transit.Ranks.Select(r => r.Option));
    }

    [Fact]
    public void An_indifference_zone_selects_the_top_option_with_intervals_of_that_width()
    {
        var samples = Samples(package: [8, 7, 9], b: [6, 5, 7], a: [1, 0.5, 1.5]);
        var zones = new Dictionary<InvestmentCriterion, double> { [InvestmentCriterion.TransitReduction] = 3 };

        var transit = InvestmentRankings.Of(Options, samples, 0.95, zones).Single(r => r.Criterion == InvestmentCriterion.TransitReduction);

        // Package 8 against "b" 6: [min(0, 2 − 3), max(0, 2 + 3)] = [−1, 5]; "b" 6 against 8: [−5, 1], within the zone.
        Assert.Equal("package", transit.Best);
        Assert.Equal((-1.0, 5.0), (transit.Ranks[0].BestLower, transit.Ranks[0].BestUpper));
        Assert.Equal((-5.0, 1.0), (transit.Ranks[1].BestLower, transit.Ranks[1].BestUpper));
        Assert.Equal(["package", "b"], transit.Contenders);
    }

    /// <summary>Transit saved in each of three replications (days, from a base of 30), throughput unchanged.</summary>
    private static List<InvestmentSample> Samples(double[] package, double[] b, double[] a)
    {
        var samples = new List<InvestmentSample>();
        for (int r = 0; r < 3; r++)
        {
            ulong seed = (ulong)(r + 1);
            samples.Add(new InvestmentSample(null, r + 1, seed, 30, 1000));
            samples.Add(new InvestmentSample("package", r + 1, seed, 30 - package[r], 1000));
            samples.Add(new InvestmentSample("b", r + 1, seed, 30 - b[r], 1000));
            samples.Add(new InvestmentSample("a", r + 1, seed, 30 - a[r], 1000));
        }

        return samples;
    }
}
