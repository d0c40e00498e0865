namespace CorridorSim.Tests.TestSupport;

/// <summary>The example grid of scenarios/sweeps/, shortened for tests: a tenth of a year per run.</summary>
internal static class SweepExample
{
    public static string File { get; } = System.IO.Path.Combine(RepositoryRoot.Path, "scenarios", "sweeps", "feeder-fleet-demand.json");

    /// <summary>Writes the example grid into <paramref name="folder"/> at a tenth of a year and <paramref name="replications"/> replications, its base named by full path; returns the file.</summary>
    public static string Shortened(string folder, int replications = 2)
    {
        string text = System.IO.File.ReadAllText(File)
            .Replace("\"years\": 0.5", "\"years\": 0.1", StringComparison.Ordinal)
            .Replace("\"replications\": 3", $"\"replications\": {replications}", StringComparison.Ordinal)
            .Replace("\"base\": \"../baseline-2024.json\"", $"\"base\": \"{System.IO.Path.Combine(RepositoryRoot.Path, "scenarios", "baseline-2024.json").Replace("\\", "/", StringComparison.Ordinal)}\"", StringComparison.Ordinal);
        string path = System.IO.Path.Combine(folder, $"grid-{replications}.json");
        System.IO.File.WriteAllText(path, text);
        return path;
    }
}
