using CorridorSim.Model.Network;
using CorridorSim.Scenarios;

namespace CorridorSim.Routing;

/// <summary>
/// What a planning estimate (<see cref="RouteTiming"/>) sends along a route: one shipment of
/// <see cref="Teu"/> TEU in boxes of <see cref="TeuPerContainer"/> TEU, arriving at once, alone on
/// an empty corridor.
/// </summary>
/// <param name="Teu">TEU of the shipment, at least 1.</param>
/// <param name="TeuPerContainer">Mean TEU per box, in [1, 2].</param>
/// <param name="Priority">Whether the shipment clears nodes with their priority dwell, as a priority stream's block train does.</param>
public sealed record PlanningLoad(double Teu, double TeuPerContainer, bool Priority)
{
    /// <summary>Boxes in the shipment.</summary>
    public double Containers => Teu / TeuPerContainer;

    /// <summary>One shipment of <paramref name="stream"/>: its containers per shipment, its box mix and its priority.</summary>
    public static PlanningLoad Of(DemandStream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        double teuPerBox = Math.Clamp(stream.TeuPerContainer, 1.0, 2.0);
        return new PlanningLoad(Math.Max(1.0, stream.ContainersPerShipment * teuPerBox), teuPerBox, stream.Priority);
    }

    /// <summary>
    /// The estimate <c>network routes</c> gives: a block train as long as the network's longest
    /// train (the largest rail <c>trainCapacityTeu</c>, or 100 TEU with none) in 40-ft boxes,
    /// without priority, so it fills every train it takes.
    /// </summary>
    public static PlanningLoad BlockTrain(TransportNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        int longest = network.Links.Where(l => l.Mode == TransportMode.Rail).Select(l => l.TrainCapacityTeu ?? 0).DefaultIfEmpty(0).Max();
        return new PlanningLoad(longest > 0 ? longest : 100, 2.0, Priority: false);
    }
}
