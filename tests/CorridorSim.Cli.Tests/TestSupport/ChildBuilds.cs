namespace CorridorSim.Tests.TestSupport;

/// <summary>
/// Tests that start a dotnet build of the repository's projects (pack the tool, build a script
/// that references Core) run one at a time: they read and may write the same bin/ and obj/
/// folders, and each build wants both cores.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ChildBuilds
{
    public const string Name = "child dotnet builds";
}
