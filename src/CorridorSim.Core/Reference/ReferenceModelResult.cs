using CorridorSim.Statistics;

namespace CorridorSim.Reference;

/// <summary>What one run of a reference model measured, beside the value theory predicts.</summary>
/// <param name="Name">Model name (M1, M2, M3).</param>
/// <param name="Description">One line saying what the model is.</param>
/// <param name="Containers">Containers that left the model.</param>
/// <param name="Events">Kernel events executed.</param>
/// <param name="SimulatedHours">Simulated time at the end of the run.</param>
/// <param name="MeanSojournHours">Mean hours from arrival to leaving, with a 99 % batch-means interval.</param>
/// <param name="AnalyticMeanSojournHours">The closed-form (or reference) mean sojourn the run is checked against.</param>
/// <param name="MeanOriginWaitHours">For carrier models, the mean wait at the origin port; otherwise null.</param>
/// <param name="ReferenceOriginWaitHours">For carrier models, the reference origin-port wait; otherwise null.</param>
/// <param name="ReferenceToleranceHours">
/// Allowance beyond the confidence interval for a reference that is itself an estimate (0 for a
/// closed form).
/// </param>
public sealed record ReferenceModelResult(
    string Name,
    string Description,
    long Containers,
    long Events,
    double SimulatedHours,
    ConfidenceInterval MeanSojournHours,
    double AnalyticMeanSojournHours,
    double? MeanOriginWaitHours,
    double? ReferenceOriginWaitHours,
    double ReferenceToleranceHours)
{
    /// <summary>
    /// Whether the reference value lies within the 99 % interval of the measured mean, widened by
    /// <see cref="ReferenceToleranceHours"/>.
    /// </summary>
    public bool AgreesWithTheory =>
        Math.Abs(MeanSojournHours.Mean - AnalyticMeanSojournHours) <= MeanSojournHours.HalfWidth + ReferenceToleranceHours;
}
