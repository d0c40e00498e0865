namespace CorridorSim.Investments;

/// <summary>What investments are ranked by; each is a paired difference from the base (doing nothing), larger better.</summary>
public enum InvestmentCriterion
{
    /// <summary>Days of mean transit saved.</summary>
    TransitReduction,

    /// <summary>Hours of mean transit saved per million US dollars.</summary>
    TransitReductionPerCost,

    /// <summary>TEU a year more delivered.</summary>
    ThroughputGain,

    /// <summary>TEU a year more delivered per million US dollars.</summary>
    ThroughputGainPerCost,
}
