namespace CorridorSim.Input;

/// <summary>The outcome of checking one input file without running it.</summary>
/// <param name="File">The file, as the user named it.</param>
/// <param name="Kind">What the file was taken for; null when that could not be told (missing, not JSON, neither kind).</param>
/// <param name="Errors">Every problem found, in file order, including those in files it extends or includes; empty when valid.</param>
public sealed record FileValidation(string File, InputKind? Kind, IReadOnlyList<InputError> Errors)
{
    /// <summary>Whether the file loaded without errors.</summary>
    public bool Valid => Errors.Count == 0;

    /// <summary>Values that are valid but probably in the wrong unit (see <see cref="Scenarios.Scenario.InputWarnings"/>); empty when none.</summary>
    public IReadOnlyList<InputError> Warnings { get; init; } = [];

    /// <summary>What was loaded, for a valid file, e.g. <c>scenario "Baseline 2024", 7 streams</c>; null otherwise.</summary>
    public string? Summary { get; init; }
}
