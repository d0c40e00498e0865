namespace CorridorSim.Model.Links;

/// <summary>When a carrier's maximum-wait clock starts.</summary>
public enum MaxWaitClock
{
    /// <summary>When the carrier starts loading (is at the berth and first in line), even if no cargo is there yet.</summary>
    FromLoadingStart = 0,

    /// <summary>When the first unit boards the carrier.</summary>
    FromFirstBoarding = 1,
}
