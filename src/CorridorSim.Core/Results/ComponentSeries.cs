using System.Text.Json.Serialization;

namespace CorridorSim.Results;

/// <summary>A capacity-limited component over time, week by week of the measured period.</summary>
/// <param name="Id">Component id.</param>
/// <param name="MeanQueue">Time-average containers waiting in each week.</param>
/// <param name="Backlog">Containers held (waiting or in service) at the end of each week.</param>
public sealed record ComponentSeries([property: JsonPropertyOrder(-2)] string Id, IReadOnlyList<double> MeanQueue, IReadOnlyList<double> Backlog)
{
    /// <summary>The component as a reader names it (see <see cref="ComponentNames"/>); null in a result saved before names were kept.</summary>
    [JsonPropertyOrder(-1)]
    public string? Name { get; init; }

    /// <summary>
    /// Share of capacity in use in each week: the largest of the component's kinds of capacity
    /// (servers or daily capacity; fleet, line slots and rolling stock; yard room), NaN for an
    /// origin, which has none; empty in a result saved before it was kept.
    /// </summary>
    public IReadOnlyList<double> Utilisation { get; init; } = [];
}
