namespace CorridorSim.Model.Network;

/// <summary>
/// A pool of rolling stock shared by the rail links that name it: container platforms and train
/// sets (locomotive and crew) of one railway operator or region, on one track gauge. A departure
/// on such a link takes one train set and the platforms its load needs, and gives them back when
/// the train is back at its origin (loaded run, unloading, empty return over the same distance)
/// plus <see cref="TurnaroundHours"/>.
/// </summary>
/// <param name="Id">Unique kebab-case id, named by links' <c>rollingStock</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Operator">The railway operator or region whose stock it is.</param>
/// <param name="GaugeMm">Track gauge in mm (1520 or 1435): stock does not cross a gauge change.</param>
/// <param name="Countries">ISO 3166-1 alpha-2 codes of the countries it serves; a link using it joins nodes in them (or border crossings and gauge changes, which belong to both sides).</param>
/// <param name="TrainSets">Train sets, ≥ 1.</param>
/// <param name="Platforms">Container platforms, ≥ 1.</param>
/// <param name="TeuPerPlatform">TEU one platform carries (2 for a 40-ft platform, 3 for a 60-ft one, 4 for an 80-ft one).</param>
public sealed record RollingStockSpec(string Id, string Name, string Operator, int GaugeMm, IReadOnlyList<string> Countries, int TrainSets, int Platforms, int TeuPerPlatform)
{
    /// <summary>Hours a train's stock stays out after the train is back at its origin (inspection, re-forming); 0 by default.</summary>
    public double TurnaroundHours { get; init; }

    /// <summary>Source ids of the pool's figures.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Notes on estimates and caveats.</summary>
    public string? Notes { get; init; }

    /// <summary>The file the pool was read from.</summary>
    public string? File { get; init; }

    /// <summary>Where in <see cref="File"/> the pool was read from, e.g. <c>$.rollingStock[0]</c>.</summary>
    public string? JsonPath { get; init; }

    /// <summary>TEU the pool's platforms carry at once.</summary>
    public int TeuCapacity => Platforms * TeuPerPlatform;
}
