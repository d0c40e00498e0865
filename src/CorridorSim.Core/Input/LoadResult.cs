namespace CorridorSim.Input;

/// <summary>The outcome of loading an input: the value, or every problem found.</summary>
/// <typeparam name="T">What was loaded.</typeparam>
/// <param name="Value">The loaded value; null when there are errors.</param>
/// <param name="Errors">Every problem found, in file order; empty on success.</param>
public sealed record LoadResult<T>(T? Value, IReadOnlyList<InputError> Errors)
    where T : class
{
    /// <summary>Whether the input loaded without errors.</summary>
    public bool Succeeded => Errors.Count == 0 && Value is not null;

    /// <summary>Values that are valid but probably in the wrong unit; empty when none.</summary>
    public IReadOnlyList<InputError> Warnings { get; init; } = [];

    /// <summary>The value, or an exception listing the errors (for callers that treat bad input as a bug, such as tests).</summary>
    public T ValueOrThrow() =>
        Succeeded ? Value! : throw new InvalidOperationException("Input has errors:\n" + string.Join("\n", Errors));
}
