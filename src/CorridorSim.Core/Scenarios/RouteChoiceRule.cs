namespace CorridorSim.Scenarios;

/// <summary>How each shipment of a stream with several routes picks its route.</summary>
public enum RouteChoiceRule
{
    /// <summary>Fixed shares: route r with probability <see cref="RouteChoice.Shares"/>[r].</summary>
    Shares,

    /// <summary>
    /// A multinomial logit on generalised cost, with each route's expected time updated during the
    /// run from the transit times its containers meet.
    /// </summary>
    Logit,
}
