namespace CorridorSim.Experiments;

/// <summary>
/// A run stopped by its <see cref="RunLimits"/> before its warm-up was over: nothing was measured,
/// so there are no results to return. The message says when it stopped and why.
/// </summary>
public sealed class RunStoppedException : Exception
{
    /// <summary>Creates the exception for a run of <paramref name="scenario"/> stopped on day <paramref name="day"/> of its <paramref name="warmUpDays"/>-day warm-up after <paramref name="events"/> events.</summary>
    public RunStoppedException(string scenario, double day, double warmUpDays, long events, string reason)
        : base(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The run of scenario \"{scenario}\" stopped on day {day:0.#} of its {warmUpDays:0}-day warm-up, after {events:N0} events, because {reason}: nothing was measured."))
    {
        Scenario = scenario;
        Day = day;
        Events = events;
        Reason = reason;
    }

    /// <summary>The scenario's name.</summary>
    public string Scenario { get; }

    /// <summary>Simulated day the run stopped on.</summary>
    public double Day { get; }

    /// <summary>Events executed when it stopped.</summary>
    public long Events { get; }

    /// <summary>Why it stopped.</summary>
    public string Reason { get; }
}
