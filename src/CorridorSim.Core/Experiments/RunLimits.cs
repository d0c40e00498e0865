namespace CorridorSim.Experiments;

/// <summary>
/// Bounds on a run's work, against a run that would go on far longer than meant: past either, the
/// run stops and returns what it measured so far, marked partial (<see cref="Results.RunInfo.StoppedEarly"/>).
/// Stopping is checked at least every <see cref="CheckEveryEvents"/> events.
/// </summary>
public sealed record RunLimits
{
    /// <summary>Events a run may execute, warm-up included; null for no limit.</summary>
    public long? MaxEvents
    {
        get;
        init => field = value is null or > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The event limit must be positive.");
    }

    /// <summary>
    /// Signalled to stop every run in progress early (a caller's time limit: Core keeps no clock).
    /// Unlike cancellation, which discards the runs, a run told to stop returns its results so far.
    /// </summary>
    public CancellationToken StopEarly { get; init; }

    /// <summary>Why a run stops when <see cref="StopEarly"/> is signalled, as its results will say (e.g. "the time limit of 10 s was reached").</summary>
    public string StopEarlyReason { get; init; } = "it was told to stop early";

    /// <summary>Events between two checks of <see cref="StopEarly"/>.</summary>
    public const long CheckEveryEvents = 1 << 20;
}
