using System.Text.Json.Serialization;

namespace CorridorSim.Results;

/// <summary>The measures of one component (a row each in kpis.csv).</summary>
/// <param name="Id">Component id, e.g. <c>node:&lt;id&gt;:capacity</c> or <c>link:&lt;id&gt;:f</c>.</param>
/// <param name="Measures">Its measures, in a fixed order per kind of component.</param>
public sealed record ComponentResult([property: JsonPropertyOrder(-2)] string Id, IReadOnlyList<Measure> Measures)
{
    /// <summary>The component as a reader names it (see <see cref="ComponentNames"/>); null in a result saved before names were kept.</summary>
    [JsonPropertyOrder(-1)]
    public string? Name { get; init; }

    /// <summary><see cref="Name"/>, or the id when the result has none.</summary>
    [JsonIgnore]
    public string DisplayName => Name ?? Id;
}
