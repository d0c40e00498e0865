namespace CorridorSim.Results;

/// <summary>A planned closure as run.</summary>
/// <param name="Target">Node or link id.</param>
/// <param name="StartDay">Days after the warm-up when it closed.</param>
/// <param name="EndDay">Days after the warm-up when it reopened.</param>
public sealed record ClosureInfo(string Target, double StartDay, double EndDay);
