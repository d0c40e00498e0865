namespace CorridorSim.Investments;

/// <summary>Every option ranked by one criterion, with which is the best, or which may be, at the stated confidence.</summary>
/// <param name="Criterion">What the options are ranked by.</param>
/// <param name="Ranks">Every option, largest mean first.</param>
/// <param name="ConfidenceLevel">Joint confidence of the MCB intervals; each option's own interval is at this level too.</param>
public sealed record InvestmentRanking(InvestmentCriterion Criterion, IReadOnlyList<InvestmentRank> Ranks, double ConfidenceLevel)
{
    /// <summary>
    /// The indifference zone δ the replications were chosen for, or null: with it, the option of
    /// the largest mean is the one selected (the best with probability at least
    /// <see cref="ConfidenceLevel"/> whenever the best is at least δ better than the rest), and
    /// each MCB interval is the option's distance from the best of the others ± δ.
    /// </summary>
    public double? Indifference { get; init; }

    /// <summary>The id of the option that is the best at <see cref="ConfidenceLevel"/> (with <see cref="Indifference"/>, the one selected), or null when the replications cannot tell the contenders apart.</summary>
    public string? Best => Ranks.FirstOrDefault(r => r.Best)?.Option;

    /// <summary>The ids of the options that may be the best, largest mean first.</summary>
    public IReadOnlyList<string> Contenders => [.. Ranks.Where(r => r.Contender).Select(r => r.Option)];
}
