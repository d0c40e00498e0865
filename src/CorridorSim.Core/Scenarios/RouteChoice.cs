namespace CorridorSim.Scenarios;

/// <summary>
/// How the shipments of a stream with several routes are shared among them. Every container of
/// a shipment (a block train's boxes) takes the shipment's route.
/// </summary>
/// <param name="Rule">Fixed shares or a logit on generalised cost.</param>
public sealed record RouteChoice(RouteChoiceRule Rule)
{
    /// <summary>With <see cref="RouteChoiceRule.Shares"/>: the probability of each route, in route order, summing to 1.</summary>
    public IReadOnlyList<double> Shares { get; init; } = [];

    /// <summary>
    /// With <see cref="RouteChoiceRule.Logit"/>: the scale θ, per USD per TEU. Route r is taken with
    /// probability exp(−θ C_r + ln PS_r) / Σ_s exp(−θ C_s + ln PS_s), C the generalised cost and PS
    /// the path size (1 without <see cref="PathSize"/>); 0 shares equally.
    /// </summary>
    public double Theta { get; init; }

    /// <summary>With <see cref="RouteChoiceRule.Logit"/>: days between updates of the probabilities, from the start of the run.</summary>
    public double UpdateDays { get; init; } = 1.0;

    /// <summary>
    /// With <see cref="RouteChoiceRule.Logit"/>: the time scale of learning, in days. At each
    /// update a route's expected time moves 1 − exp(−updateDays / memoryDays) of the way towards
    /// what its containers met in the interval (deliveries, and overdue boxes at their age), or,
    /// with no news, towards its planning estimate, so a route abandoned after a jam comes back.
    /// </summary>
    public double MemoryDays { get; init; } = 7.0;

    /// <summary>
    /// With <see cref="RouteChoiceRule.Logit"/>: whether to correct for routes that share links
    /// (path-size logit, Ben-Akiva and Bierlaire 1999): PS_r = Σ_a (km_a / km_r) / N_a over the
    /// links a of route r, N_a the number of the stream's routes that use link a.
    /// </summary>
    public bool PathSize { get; init; }
}
