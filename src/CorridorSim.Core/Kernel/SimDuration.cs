using System.Globalization;

namespace CorridorSim.Kernel;

/// <summary>A length of simulated time, in hours.</summary>
/// <param name="Hours">The length in hours; negative only as the result of subtracting a later instant.</param>
public readonly record struct SimDuration(double Hours) : IComparable<SimDuration>
{
    /// <summary>No time at all.</summary>
    public static SimDuration Zero => default;

    /// <summary>A duration of <paramref name="hours"/> hours.</summary>
    public static SimDuration FromHours(double hours) => new(hours);

    /// <summary>A duration of <paramref name="days"/> days of 24 hours.</summary>
    public static SimDuration FromDays(double days) => new(days * 24.0);

    /// <summary>The length in days of 24 hours.</summary>
    public double Days => Hours / 24.0;

    /// <summary>The sum of two durations.</summary>
    public static SimDuration operator +(SimDuration left, SimDuration right) => new(left.Hours + right.Hours);

    /// <summary>Whether <paramref name="left"/> is shorter than <paramref name="right"/>.</summary>
    public static bool operator <(SimDuration left, SimDuration right) => left.Hours < right.Hours;

    /// <summary>Whether <paramref name="left"/> is longer than <paramref name="right"/>.</summary>
    public static bool operator >(SimDuration left, SimDuration right) => left.Hours > right.Hours;

    /// <summary>Whether <paramref name="left"/> is not longer than <paramref name="right"/>.</summary>
    public static bool operator <=(SimDuration left, SimDuration right) => left.Hours <= right.Hours;

    /// <summary>Whether <paramref name="left"/> is not shorter than <paramref name="right"/>.</summary>
    public static bool operator >=(SimDuration left, SimDuration right) => left.Hours >= right.Hours;

    /// <inheritdoc />
    public int CompareTo(SimDuration other) => Hours.CompareTo(other.Hours);

    /// <inheritdoc />
    public override string ToString() => Hours.ToString("0.###", CultureInfo.InvariantCulture) + " h";
}
