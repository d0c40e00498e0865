namespace CorridorSim.Results;

/// <summary>One key performance indicator of a run: a component (or stream, group, crossing …), a measure, its unit and value.</summary>
/// <param name="Component">What is measured: <c>stream:&lt;id&gt;</c>, <c>destination:&lt;id&gt;</c>, <c>corridor:&lt;name&gt;</c>, <c>total</c>, <c>cargo</c>, a component id, <c>crossing:&lt;node&gt;</c>, <c>section:…</c>, <c>country:&lt;name&gt;</c>.</param>
/// <param name="Measure">The measure, camelCase.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Value">The value; NaN when the run measured nothing for it.</param>
public readonly record struct Kpi(string Component, string Measure, string Unit, double Value)
{
    /// <summary>"component/measure", unique within a run.</summary>
    public string Key => $"{Component}/{Measure}";
}
