namespace CorridorSim.Tests.TestSupport;

/// <summary>
/// Tests that run commands from the repository root as the current folder, which is the whole
/// process's: they run after every other test of this assembly, one at a time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FromRepositoryRoot
{
    public const string Name = "current folder: repository root";
}
