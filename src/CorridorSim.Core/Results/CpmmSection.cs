namespace CorridorSim.Results;

/// <summary>One section: a link in the direction travelled, with the node it leaves from.</summary>
/// <param name="Link">Link id.</param>
/// <param name="From">Node it leaves from.</param>
/// <param name="To">Node it leads to.</param>
/// <param name="Country">Country of <paramref name="From"/>.</param>
/// <param name="Km">Length.</param>
/// <param name="Containers">Containers that completed it.</param>
/// <param name="MeanHours">Mean hours from arrival at <paramref name="From"/> to arrival at <paramref name="To"/>.</param>
/// <param name="SpeedWithoutDelayKmh">SWOD: km over mean hours moving.</param>
/// <param name="SpeedWithDelayKmh">SWD: km over <paramref name="MeanHours"/>.</param>
public sealed record CpmmSection(string Link, string From, string To, string Country, double Km, long Containers, double MeanHours, double SpeedWithoutDelayKmh, double SpeedWithDelayKmh)
{
    /// <summary>The section's id in kpis.csv: <c>section:&lt;link&gt;:f</c> or <c>:r</c>.</summary>
    public string Id { get; init; } = $"section:{Link}:f";
}
