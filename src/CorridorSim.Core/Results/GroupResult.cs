namespace CorridorSim.Results;

/// <summary>
/// Several streams together (those to one destination, on one corridor, or all): deliveries and
/// the transit times of their containers pooled, so the mean is container-weighted.
/// </summary>
/// <param name="Key">The destination id, the corridor name, or "all".</param>
/// <param name="Streams">Ids of the streams in the group.</param>
/// <param name="DeliveredTeu">TEU delivered in the measured period.</param>
/// <param name="DeliveredContainers">Containers delivered in the measured period.</param>
/// <param name="Transit">Transit times of all their delivered containers.</param>
public sealed record GroupResult(string Key, IReadOnlyList<string> Streams, long DeliveredTeu, long DeliveredContainers, TransitSummary Transit);
