namespace CorridorSim.Tests.TestSupport;

/// <summary>Finds the repository checkout the tests run from (the folder holding CorridorSim.sln).</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "CorridorSim.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CorridorSim.sln not found above " + AppContext.BaseDirectory);
    }
}
