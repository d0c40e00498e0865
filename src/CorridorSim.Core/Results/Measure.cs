namespace CorridorSim.Results;

/// <summary>One measured quantity.</summary>
/// <param name="Name">Name, camelCase (e.g. <c>meanWait</c>).</param>
/// <param name="Value">Value (NaN when nothing was measured).</param>
/// <param name="Unit">Unit: hours, days, containers, TEU, share, km/h, …</param>
public sealed record Measure(string Name, double Value, string Unit);
