namespace CorridorSim.Model.Cargo;

/// <summary>Where a cargo unit's time goes; every hour of a unit's life falls in exactly one category.</summary>
public enum TimeCategory
{
    /// <summary>Travelling on a link (rail, sea, road).</summary>
    Moving = 0,

    /// <summary>Being handled at a terminal or port (crane, yard, loading).</summary>
    Handling = 1,

    /// <summary>Inspection and document dwell at a border crossing.</summary>
    Border = 2,

    /// <summary>Transshipment between track gauges.</summary>
    GaugeChange = 3,

    /// <summary>Waiting on board or on a wagon for a train or vessel to fill and depart.</summary>
    Consolidation = 4,

    /// <summary>Waiting for a free server, berth, vessel or downstream space.</summary>
    Queueing = 5,

    /// <summary>Waiting because a component was closed (storm, maintenance, border shutdown).</summary>
    Disruption = 6,

    /// <summary>Waiting for wagons or a locomotive: a train ready to leave that its rolling-stock pool could not supply.</summary>
    RollingStock = 7,
}
