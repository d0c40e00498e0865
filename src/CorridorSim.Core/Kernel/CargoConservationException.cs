using System.Globalization;

namespace CorridorSim.Kernel;

/// <summary>
/// Thrown when cargo is not conserved: generated ≠ delivered + rejected + in system, or the
/// components hold a different number of units than the ledger says are in the system.
/// Always a bug in a component, never a user error.
/// </summary>
public sealed class CargoConservationException : InvalidOperationException
{
    /// <summary>Creates the exception from the ledger figures and the counted holdings.</summary>
    public CargoConservationException(long generated, long delivered, long rejected, long inSystem, long held)
        : base(string.Format(
            CultureInfo.InvariantCulture,
            "Cargo not conserved: generated {0} ≠ delivered {1} + rejected {2} + in system {3}, or components hold {4} units.",
            generated,
            delivered,
            rejected,
            inSystem,
            held))
    {
        Generated = generated;
        Delivered = delivered;
        Rejected = rejected;
        InSystem = inSystem;
        Held = held;
    }

    /// <summary>Units created by sources.</summary>
    public long Generated { get; }

    /// <summary>Units that reached a sink.</summary>
    public long Delivered { get; }

    /// <summary>Units refused at entry (full buffer).</summary>
    public long Rejected { get; }

    /// <summary>Units alive in the pool.</summary>
    public long InSystem { get; }

    /// <summary>Units the components report they hold.</summary>
    public long Held { get; }
}
