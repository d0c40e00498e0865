using CorridorSim.Input;

namespace CorridorSim.Sweeps;

/// <summary>The scenario of one of a sweep's points does not load: a factor's value is one the scenario cannot take.</summary>
public sealed class SweepPointException : Exception
{
    /// <summary>Point <paramref name="point"/>'s scenario has <paramref name="errors"/>.</summary>
    public SweepPointException(int point, string values, IReadOnlyList<InputError> errors)
        : base($"the scenario of point {point} ({values}) does not load: {string.Join("; ", errors.Take(3).Select(e => $"{e.JsonPath}: {e.Message}"))}")
    {
        (Point, Errors) = (point, errors);
    }

    /// <summary>A point's scenario does not load.</summary>
    public SweepPointException()
    {
        Errors = [];
    }

    /// <summary>A point's scenario does not load, as <paramref name="message"/> says.</summary>
    public SweepPointException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>The point.</summary>
    public int Point { get; }

    /// <summary>What is wrong with its scenario.</summary>
    public IReadOnlyList<InputError> Errors { get; }
}
