namespace CorridorSim.Results;

/// <summary>The CAREC CPMM indicators of a run: border-crossing times, and speeds per section and per country.</summary>
/// <param name="Crossings">Border crossings on some stream's route, in network order.</param>
/// <param name="Sections">Sections (a link in the direction travelled) that some container completed.</param>
/// <param name="Countries">Distance-weighted speeds over each country's rail and road sections.</param>
public sealed record CpmmResult(IReadOnlyList<CpmmCrossing> Crossings, IReadOnlyList<CpmmSection> Sections, IReadOnlyList<CpmmCountry> Countries);
