namespace CorridorSim.Output;

/// <summary>Checks that results can be written to a folder, before any simulation time is spent on them.</summary>
public static class OutputFolder
{
    /// <summary>Why results cannot be written to <paramref name="folder"/>, or null when they can: writes and removes a probe file beside it (creating its parent) and, if it exists, in it.</summary>
    public static string? CannotWrite(string folder)
    {
        try
        {
            if (File.Exists(folder))
            {
                return "it is a file, not a folder.";
            }

            // Results are written beside the folder and then moved in (StagedFolder): its parent must
            // take a new folder, and an existing folder new files.
            string full = Path.GetFullPath(folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
            foreach (string place in Directory.Exists(full) ? [Path.GetDirectoryName(full)!, full] : new[] { Path.GetDirectoryName(full)! })
            {
                Directory.CreateDirectory(place);
                string probe = Path.Combine(place, $".write-test-{Environment.ProcessId}");
                File.WriteAllText(probe, string.Empty);
                File.Delete(probe);
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return e.Message;
        }
    }
}
