using CorridorSim.Results;

namespace CorridorSim.Experiments;

/// <summary>What a single run does besides simulating.</summary>
public sealed record RunOptions
{
    /// <summary>Called for every container delivered in the measured period, in delivery order; null for none (the default: a run then keeps no per-container record).</summary>
    public Action<ShipmentRecord>? OnShipment { get; init; }

    /// <summary>Told the share of the run's simulated time done (0 to 1) after every simulated week.</summary>
    public IProgress<double>? Progress { get; init; }

    /// <summary>Bounds on the run's work; none by default.</summary>
    public RunLimits? Limits { get; init; }
}
