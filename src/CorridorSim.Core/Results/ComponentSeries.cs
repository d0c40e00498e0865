namespace CorridorSim.Results;

/// <summary>A capacity-limited component over time, week by week of the measured period.</summary>
/// <param name="Id">Component id.</param>
/// <param name="MeanQueue">Time-average containers waiting in each week.</param>
/// <param name="Backlog">Containers held (waiting or in service) at the end of each week.</param>
public sealed record ComponentSeries(string Id, IReadOnlyList<double> MeanQueue, IReadOnlyList<double> Backlog);
