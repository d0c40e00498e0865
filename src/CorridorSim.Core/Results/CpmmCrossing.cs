namespace CorridorSim.Results;

/// <summary>Time to clear one border crossing (a border followed by its gauge change counts as one).</summary>
/// <param name="Node">Border node id.</param>
/// <param name="Country">Its country.</param>
/// <param name="Containers">Crossings completed in the period.</param>
/// <param name="MeanHours">Mean hours to clear, all traffic.</param>
/// <param name="OrdinaryMeanHours">Mean hours for ordinary traffic (NaN when none crossed).</param>
/// <param name="PriorityMeanHours">Mean hours for priority block trains (NaN when none crossed).</param>
/// <param name="HasPriorityDwell">Whether the border clears priority trains with a dwell of their own.</param>
public sealed record CpmmCrossing(string Node, string Country, long Containers, double MeanHours, double OrdinaryMeanHours, double PriorityMeanHours, bool HasPriorityDwell);
