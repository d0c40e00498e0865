namespace CorridorSim.Experiments;

/// <summary>
/// A run stopped by a fault in the simulator rather than in its input (input is checked when it is
/// loaded): carries what a user needs to reproduce it — the scenario, its file and the seed —
/// with the original exception as <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class RunFailedException : Exception
{
    /// <summary>Creates the exception for a run of <paramref name="scenario"/> (from <paramref name="file"/>, when loaded from one) with <paramref name="seed"/>.</summary>
    public RunFailedException(string scenario, string? file, ulong seed, Exception inner)
        : base($"The run of scenario \"{scenario}\" with seed {seed} failed: {inner?.Message}", inner)
    {
        Scenario = scenario;
        File = file;
        Seed = seed;
    }

    /// <summary>The scenario's name.</summary>
    public string Scenario { get; }

    /// <summary>The scenario's file as the user named it, or null for one built in code.</summary>
    public string? File { get; }

    /// <summary>The seed of the run that failed.</summary>
    public ulong Seed { get; }
}
