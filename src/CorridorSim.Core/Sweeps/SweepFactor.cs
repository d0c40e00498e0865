namespace CorridorSim.Sweeps;

/// <summary>One factor of a sweep: a name for tables and charts, the JSON Pointer (RFC 6901) of the value it sets in the resolved scenario, and the values it takes.</summary>
/// <param name="Name">The factor's name in results, e.g. <c>feederFleet</c>.</param>
/// <param name="Target">Where it goes, e.g. <c>/overrides/links/some-feeder/fleet</c> or <c>/streams/some-stream/teuPerYear</c> (see <see cref="ScenarioPointer"/>).</param>
/// <param name="Domain">The values it takes.</param>
public sealed record SweepFactor(string Name, string Target, FactorDomain Domain);
