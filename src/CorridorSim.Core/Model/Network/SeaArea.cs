namespace CorridorSim.Model.Network;

/// <summary>
/// A stretch of sea whose crossings share one storm process: every link naming the area
/// (<see cref="NetworkLink.SeaArea"/>) is closed by the area's storms, each with its own chance
/// (<see cref="NetworkLink.CloseChance"/>).
/// </summary>
/// <param name="Id">Unique kebab-case id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Weather">The area's storms.</param>
public sealed record SeaArea(string Id, string Name, WeatherSpec Weather)
{
    /// <summary>Source ids of the area's figures.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Notes on estimates and caveats.</summary>
    public string? Notes { get; init; }

    /// <summary>The file the area was read from.</summary>
    public string? File { get; init; }

    /// <summary>Where in <see cref="File"/> the area was read from, e.g. <c>$.seaAreas[0]</c>.</summary>
    public string? JsonPath { get; init; }
}
