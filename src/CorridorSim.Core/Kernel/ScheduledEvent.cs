namespace CorridorSim.Kernel;

/// <summary>
/// One entry of the event list: a plain struct, so scheduling allocates nothing.
/// Ordered by <see cref="Time"/>, then by <see cref="Sequence"/> (insertion order), which makes
/// equal-time events run first-scheduled-first and every run deterministic.
/// </summary>
internal struct ScheduledEvent
{
    public double Time;
    public long Sequence;
    public int Target;
    public int Kind;
    public int Argument;

    public readonly bool RunsBefore(in ScheduledEvent other) =>
        Time < other.Time || (Time == other.Time && Sequence < other.Sequence);
}
