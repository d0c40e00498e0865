namespace CorridorSim.Investments;

/// <summary>The name, unit and label of each <see cref="InvestmentCriterion"/>, as the result files and charts write them.</summary>
public static class InvestmentCriteria
{
    /// <summary>Every criterion, in the order results list them.</summary>
    public static IReadOnlyList<InvestmentCriterion> All { get; } =
        [InvestmentCriterion.TransitReduction, InvestmentCriterion.TransitReductionPerCost, InvestmentCriterion.ThroughputGain, InvestmentCriterion.ThroughputGainPerCost];

    /// <summary>The criterion's name in files: a column or key.</summary>
    public static string Name(InvestmentCriterion criterion) => criterion switch
    {
        InvestmentCriterion.TransitReduction => "transitReductionDays",
        InvestmentCriterion.TransitReductionPerCost => "transitReductionHoursPerMillionUsd",
        InvestmentCriterion.ThroughputGain => "throughputGainTeuPerYear",
        _ => "throughputGainTeuPerYearPerMillionUsd",
    };

    /// <summary>The criterion's unit.</summary>
    public static string Unit(InvestmentCriterion criterion) => criterion switch
    {
        InvestmentCriterion.TransitReduction => "days",
        InvestmentCriterion.TransitReductionPerCost => "hours per US$ million",
        InvestmentCriterion.ThroughputGain => "TEU/year",
        _ => "TEU/year per US$ million",
    };

    /// <summary>The criterion in words, for a table heading or a chart.</summary>
    public static string Label(InvestmentCriterion criterion) => criterion switch
    {
        InvestmentCriterion.TransitReduction => "Transit-time reduction",
        InvestmentCriterion.TransitReductionPerCost => "Transit-time reduction per US$ million",
        InvestmentCriterion.ThroughputGain => "Throughput gain",
        _ => "Throughput gain per US$ million",
    };

    /// <summary>The .NET format string its figures are written with in tables and words: days to a hundredth, hours per million to a thousandth, whole TEU, TEU per million to a tenth.</summary>
    public static string NumberFormat(InvestmentCriterion criterion) => criterion switch
    {
        InvestmentCriterion.TransitReduction => "F2",
        InvestmentCriterion.TransitReductionPerCost => "F3",
        InvestmentCriterion.ThroughputGain => "N0",
        _ => "N1",
    };

    /// <summary>The criterion named <paramref name="name"/> in files, or null.</summary>
    public static InvestmentCriterion? Parse(string name) => All.Cast<InvestmentCriterion?>().FirstOrDefault(c => Name(c!.Value) == name);

    /// <summary>
    /// The criterion's value for an option in one replication, from that replication's transit
    /// (days) and throughput (TEU a year) with and without the option, and the option's cost.
    /// </summary>
    public static double Value(InvestmentCriterion criterion, double baseTransitDays, double transitDays, double baseThroughput, double throughput, double costMillionUsd) => criterion switch
    {
        InvestmentCriterion.TransitReduction => baseTransitDays - transitDays,
        InvestmentCriterion.TransitReductionPerCost => (baseTransitDays - transitDays) * 24.0 / costMillionUsd,
        InvestmentCriterion.ThroughputGain => throughput - baseThroughput,
        _ => (throughput - baseThroughput) / costMillionUsd,
    };
}
