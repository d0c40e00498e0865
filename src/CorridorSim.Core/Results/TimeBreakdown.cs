using CorridorSim.Model.Cargo;

namespace CorridorSim.Results;

/// <summary>Mean days per container in each time category; they add up to the mean transit time (NaN when none was delivered).</summary>
/// <param name="Moving">On trains, vessels and trucks.</param>
/// <param name="Handling">Cranes, berths, loading and unloading, customs.</param>
/// <param name="Border">Border dwell.</param>
/// <param name="GaugeChange">Transshipment between gauges.</param>
/// <param name="Consolidation">Waiting for a train or vessel to fill or to its timetable.</param>
/// <param name="Queueing">Waiting for a server, a daily capacity or room downstream.</param>
/// <param name="Disruption">Held by storms and closures.</param>
/// <param name="RollingStock">Waiting for wagons or a locomotive (0 in results written before the category existed).</param>
public sealed record TimeBreakdown(double Moving, double Handling, double Border, double GaugeChange, double Consolidation, double Queueing, double Disruption, double RollingStock = 0.0)
{
    /// <summary>The days in <paramref name="category"/>.</summary>
    public double this[TimeCategory category] => category switch
    {
        TimeCategory.Moving => Moving,
        TimeCategory.Handling => Handling,
        TimeCategory.Border => Border,
        TimeCategory.GaugeChange => GaugeChange,
        TimeCategory.Consolidation => Consolidation,
        TimeCategory.Queueing => Queueing,
        TimeCategory.RollingStock => RollingStock,
        _ => Disruption,
    };

    /// <summary>From days in <see cref="TimeCategory"/> order.</summary>
    public static TimeBreakdown FromDays(Func<TimeCategory, double> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return new(days(TimeCategory.Moving), days(TimeCategory.Handling), days(TimeCategory.Border), days(TimeCategory.GaugeChange), days(TimeCategory.Consolidation), days(TimeCategory.Queueing), days(TimeCategory.Disruption), days(TimeCategory.RollingStock));
    }
}
