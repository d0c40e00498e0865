using System.Globalization;

namespace CorridorSim.Kernel;

/// <summary>
/// An instant on the simulation clock, in hours since the start of the run (time zero).
/// Calendar dates exist only at the edges (input seasonality, output series).
/// </summary>
/// <param name="Hours">Hours since the start of the run; never negative in a valid run.</param>
public readonly record struct SimTime(double Hours) : IComparable<SimTime>
{
    /// <summary>The start of every run.</summary>
    public static SimTime Zero => default;

    /// <summary>An instant later than any reachable time; used as "run until stopped".</summary>
    public static SimTime Never => new(double.PositiveInfinity);

    /// <summary>The instant <paramref name="duration"/> after <paramref name="time"/>.</summary>
    public static SimTime operator +(SimTime time, SimDuration duration) => new(time.Hours + duration.Hours);

    /// <summary>The elapsed duration between two instants.</summary>
    public static SimDuration operator -(SimTime later, SimTime earlier) => new(later.Hours - earlier.Hours);

    /// <summary>Whether <paramref name="left"/> is earlier than <paramref name="right"/>.</summary>
    public static bool operator <(SimTime left, SimTime right) => left.Hours < right.Hours;

    /// <summary>Whether <paramref name="left"/> is later than <paramref name="right"/>.</summary>
    public static bool operator >(SimTime left, SimTime right) => left.Hours > right.Hours;

    /// <summary>Whether <paramref name="left"/> is not later than <paramref name="right"/>.</summary>
    public static bool operator <=(SimTime left, SimTime right) => left.Hours <= right.Hours;

    /// <summary>Whether <paramref name="left"/> is not earlier than <paramref name="right"/>.</summary>
    public static bool operator >=(SimTime left, SimTime right) => left.Hours >= right.Hours;

    /// <inheritdoc />
    public int CompareTo(SimTime other) => Hours.CompareTo(other.Hours);

    /// <inheritdoc />
    public override string ToString() => Hours.ToString("0.###", CultureInfo.InvariantCulture) + " h";
}
