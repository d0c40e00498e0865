namespace CorridorSim.Scenarios;

/// <summary>How a demand stream's shipments are spaced in time.</summary>
public enum ArrivalPattern
{
    /// <summary>A Poisson process: independent shipments at the stream's (seasonal) rate.</summary>
    Poisson,

    /// <summary>A timetable: shipments evenly spaced at the month's rate, as scheduled block trains run.</summary>
    Scheduled,
}
