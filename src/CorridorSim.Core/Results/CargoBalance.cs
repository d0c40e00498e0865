namespace CorridorSim.Results;

/// <summary>The cargo ledger at the end of a run: generated = delivered + rejected + in system, checked at the end of every run.</summary>
/// <param name="GeneratedContainers">Created in the measured period, plus those in the corridor when it began.</param>
/// <param name="DeliveredContainers">Delivered in the measured period.</param>
/// <param name="RejectedContainers">Refused at entry (a full yard at the origin).</param>
/// <param name="InSystemContainers">Still in the corridor at the end.</param>
public sealed record CargoBalance(long GeneratedContainers, long DeliveredContainers, long RejectedContainers, long InSystemContainers);
