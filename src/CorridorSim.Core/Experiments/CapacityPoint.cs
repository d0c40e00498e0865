namespace CorridorSim.Experiments;

/// <summary>One demand level of a capacity analysis: what was offered, what got through and how long it took, over the replications.</summary>
/// <param name="Factor">Demand as a multiple of the scenario's.</param>
/// <param name="OfferedTeuPerYear">Demand of all streams at that factor.</param>
/// <param name="Delivered">TEU delivered per year, all streams.</param>
/// <param name="TransitMeanDays">Mean transit time of all containers.</param>
/// <param name="TransitP95Days">95th percentile of the transit time of all containers.</param>
/// <param name="Saturated">Components saturated in at least half of the replications (<see cref="Results.OverloadCheck"/>), most often first.</param>
public sealed record CapacityPoint(double Factor, double OfferedTeuPerYear, KpiEstimate Delivered, KpiEstimate TransitMeanDays, KpiEstimate TransitP95Days, IReadOnlyList<string> Saturated);
