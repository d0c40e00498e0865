namespace CorridorSim.Results;

/// <summary>
/// Everything one finished run measured, as plain immutable data: built once at the end of the
/// run, so writers, charts, experiments and any user interface read this and never the live
/// components. It reads back from <c>summary.json</c> (<see cref="RunResultJson"/>), so charts and
/// reports can be drawn from a saved folder as from a live run. Times of journeys are in days,
/// times at components in hours, volumes in TEU or containers as each name says.
/// </summary>
public sealed record RunResult
{
    /// <summary>What was run: scenario, seed, run length.</summary>
    public required RunInfo Info { get; init; }

    /// <summary>Labels of the calendar months of the measured period ("Mar Y1", …), as in each stream's <see cref="StreamResult.DeliveredTeuByMonth"/>.</summary>
    public required IReadOnlyList<string> Months { get; init; }

    /// <summary>One entry per demand stream, in scenario order.</summary>
    public required IReadOnlyList<StreamResult> Streams { get; init; }

    /// <summary>Streams grouped by destination node, in order of first appearance.</summary>
    public required IReadOnlyList<GroupResult> Destinations { get; init; }

    /// <summary>Streams grouped by the main corridor of their route, as the network names corridors.</summary>
    public required IReadOnlyList<GroupResult> Corridors { get; init; }

    /// <summary>All streams together; transit figures are per container (container-weighted).</summary>
    public required GroupResult Total { get; init; }

    /// <summary>Measures per component (stations, capacities, services, storms, closures), in build order.</summary>
    public required IReadOnlyList<ComponentResult> Components { get; init; }

    /// <summary>Weekly queue length and backlog of each capacity-limited component.</summary>
    public required IReadOnlyList<ComponentSeries> ComponentSeries { get; init; }

    /// <summary>The CAREC CPMM indicators computed from the simulated containers.</summary>
    public required CpmmResult Cpmm { get; init; }

    /// <summary>The cargo ledger at the end of the run.</summary>
    public required CargoBalance Cargo { get; init; }

    /// <summary>What the run noticed about itself (a saturated component, too short a warm-up, …).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Number of whole or partial weeks in the measured period.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Weeks => (int)Math.Ceiling(Info.Years * Kernel.SimCalendar.HoursPerYear / Kernel.SimCalendar.HoursPerWeek);
}
