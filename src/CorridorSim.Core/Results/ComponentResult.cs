namespace CorridorSim.Results;

/// <summary>The measures of one component (a row each in kpis.csv).</summary>
/// <param name="Id">Component id, e.g. <c>node:&lt;id&gt;:capacity</c> or <c>link:&lt;id&gt;:f</c>.</param>
/// <param name="Measures">Its measures, in a fixed order per kind of component.</param>
public sealed record ComponentResult(string Id, IReadOnlyList<Measure> Measures);
