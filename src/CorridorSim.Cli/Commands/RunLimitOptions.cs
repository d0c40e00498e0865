using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using CorridorSim.Experiments;

namespace CorridorSim.Cli.Commands;

/// <summary>
/// <c>--max-events</c> and <c>--max-wall-time</c>: bounds that stop a run going on far longer than
/// meant. Past either, the run stops and its results so far are written, marked partial.
/// </summary>
public sealed class RunLimitOptions
{
    /// <summary>The longest wall time accepted: 30 days.</summary>
    public static readonly TimeSpan LongestWallTime = TimeSpan.FromDays(30);

    /// <summary>Creates the two options.</summary>
    public RunLimitOptions()
    {
        MaxEvents = new Option<long?>("--max-events")
        {
            Description = "Stop each replication after this many simulated events (warm-up included) and write its results so far, marked partial.",
            HelpName = "n",
            CustomParser = r => long.TryParse(ExperimentInput.Token(r), NumberStyles.None, CultureInfo.InvariantCulture, out long v) && v > 0
                ? v
                : ExperimentInput.Fail<long?>(r, "--max-events must be a whole number of events above 0, e.g. 50000000."),
        };
        MaxWallTime = new Option<TimeSpan?>("--max-wall-time")
        {
            Description = "Stop the run after this long (e.g. 90s, 15m, 2h; a bare number is seconds) and write its results so far, marked partial.",
            HelpName = "time",
            CustomParser = r => ParseWallTime(ExperimentInput.Token(r)) is TimeSpan t
                ? t
                : ExperimentInput.Fail<TimeSpan?>(r, "--max-wall-time must be a time above 0 and at most 30 days: a number with s, m or h (90s, 15m, 2h), or a bare number of seconds."),
        };
    }

    /// <summary><c>--max-events</c>.</summary>
    public Option<long?> MaxEvents { get; }

    /// <summary><c>--max-wall-time</c>.</summary>
    public Option<TimeSpan?> MaxWallTime { get; }

    /// <summary>Both options.</summary>
    public IEnumerable<Option> All => [MaxEvents, MaxWallTime];

    /// <summary>Reads "90s", "15m", "2h" or "90" (seconds); null when not such a time or out of range.</summary>
    public static TimeSpan? ParseWallTime(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        double scale = text.EndsWith('h') ? 3600 : text.EndsWith('m') ? 60 : 1;
        string number = text.Length > 0 && char.IsLetter(text[^1]) && "smh".Contains(text[^1], StringComparison.Ordinal) ? text[..^1] : text;
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value) || !(value > 0))
        {
            return null;
        }

        double seconds = value * scale;
        return seconds <= LongestWallTime.TotalSeconds ? TimeSpan.FromSeconds(seconds) : null;
    }

    /// <summary>
    /// The limits given, or null for none. The wall-time clock starts now; dispose the returned
    /// timer source when the run is over.
    /// </summary>
    public RunLimits? Create(ParseResult parseResult, out CancellationTokenSource? timer)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        long? events = parseResult.GetValue(MaxEvents);
        var wall = parseResult.GetValue(MaxWallTime);
        timer = null;
        if (events is null && wall is null)
        {
            return null;
        }

        var limits = new RunLimits { MaxEvents = events };
        if (wall is TimeSpan t)
        {
            timer = new CancellationTokenSource(t);
            limits = limits with { StopEarly = timer.Token, StopEarlyReason = string.Create(CultureInfo.InvariantCulture, $"its time limit of {Describe(t)} was reached (--max-wall-time)") };
        }

        return limits;
    }

    private static string Describe(TimeSpan t) =>
        t.TotalHours >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{t.TotalHours:0.##} h") : t.TotalMinutes >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{t.TotalMinutes:0.##} min") : string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:0.##} s");
}
