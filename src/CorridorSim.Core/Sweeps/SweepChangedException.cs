namespace CorridorSim.Sweeps;

/// <summary>A sweep's folder holds the results of a different sweep (another base, other points or replications), which resuming would mix with this one's.</summary>
public sealed class SweepChangedException : Exception
{
    /// <summary>The folder <paramref name="folder"/> holds another sweep: <paramref name="difference"/>.</summary>
    public SweepChangedException(string folder, string difference)
        : base($"{folder} holds the results of a different sweep: {difference}.")
    {
        Folder = folder;
    }

    /// <summary>A sweep's folder holds another sweep.</summary>
    public SweepChangedException()
    {
        Folder = string.Empty;
    }

    /// <summary>A sweep's folder holds another sweep, as <paramref name="message"/> says.</summary>
    public SweepChangedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Folder = string.Empty;
    }

    /// <summary>The folder.</summary>
    public string Folder { get; }
}
