namespace CorridorSim.Investments;

/// <summary>One option's place in a ranking by one criterion.</summary>
/// <param name="Option">The option's id.</param>
/// <param name="Rank">1 for the largest mean.</param>
/// <param name="Mean">The criterion's mean over the paired replications.</param>
/// <param name="Lower">Lower bound of the paired confidence interval of the mean (the option against doing nothing, on its own).</param>
/// <param name="Upper">Upper bound of that interval.</param>
/// <param name="BestLower">Lower bound of the MCB interval: the option's mean minus the best other option's, simultaneous for every option.</param>
/// <param name="BestUpper">Upper bound of the MCB interval.</param>
/// <param name="Best">Whether the option is the best at the ranking's confidence.</param>
/// <param name="Contender">Whether the option may be the best: the contenders contain the best at the ranking's confidence.</param>
public sealed record InvestmentRank(string Option, int Rank, double Mean, double Lower, double Upper, double BestLower, double BestUpper, bool Best, bool Contender);
