namespace CorridorSim.Output;

/// <summary>Checks that results can be written to a folder, before any simulation time is spent on them.</summary>
public static class OutputFolder
{
    /// <summary>Why results cannot be written to <paramref name="folder"/>, or null when they can: creates it and writes and removes a probe file.</summary>
    public static string? CannotWrite(string folder)
    {
        try
        {
            if (File.Exists(folder))
            {
                return "it is a file, not a folder.";
            }

            Directory.CreateDirectory(folder);
            string probe = Path.Combine(folder, $".write-test-{Environment.ProcessId}");
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return e.Message;
        }
    }
}
