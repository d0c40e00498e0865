namespace CorridorSim.Output;

/// <summary>Checks that results can be written to a folder, before any simulation time is spent on them.</summary>
public static class OutputFolder
{
    /// <summary>Why results cannot be written to <paramref name="folder"/>, or null when they can: creates and removes a probe folder beside it (its parent created if missing).</summary>
    public static string? CannotWrite(string folder)
    {
        try
        {
            if (File.Exists(folder))
            {
                return "it is a file, not a folder.";
            }

            // Results are written beside the folder and then moved in (StagedFolder): its parent must
            // take new files. Nothing is written in the folder itself, so that a run killed here
            // leaves it as it was.
            string full = Path.GetFullPath(folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
            string parent = Path.GetDirectoryName(full) ?? full;
            for (string? above = parent; above is not null; above = Path.GetDirectoryName(above))
            {
                if (File.Exists(above))
                {
                    return $"'{above}' is a file, not a folder.";
                }

                if (Directory.Exists(above))
                {
                    break;
                }
            }

            Directory.CreateDirectory(parent);
            // Named as a staging folder, so that one left by a kill here goes with the next run.
            string probe = Path.Combine(parent, $".{Path.GetFileName(full)}.{Environment.ProcessId}-000000.staging");
            try
            {
                Directory.CreateDirectory(probe);
                File.WriteAllText(Path.Combine(probe, "probe"), string.Empty);
                Directory.Delete(probe, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return $"no folder can be made in {parent} ({e.GetType().Name.Replace("Exception", string.Empty, StringComparison.Ordinal)}).";
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return e.Message;
        }
    }
}
