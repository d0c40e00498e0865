namespace CorridorSim.Input;

/// <summary>File names as errors give them: as the user typed them, tidied.</summary>
internal static class DisplayPath
{
    /// <summary>
    /// <paramref name="path"/> relative to the folder <paramref name="folder"/> as the user sees
    /// it, with "." and "dir/.." steps taken out ("broken/../scenarios/x.json" is
    /// "scenarios/x.json"), still relative when both are: the name errors give.
    /// </summary>
    public static string Join(string folder, string path)
    {
        string joined = Path.Combine(folder, path);
        bool rooted = Path.IsPathRooted(joined);
        var steps = new List<string>();
        foreach (string step in joined.Split(['/', Path.DirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries))
        {
            if (step == ".")
            {
                continue;
            }

            if (step == ".." && steps.Count > 0 && steps[^1] != "..")
            {
                steps.RemoveAt(steps.Count - 1);
            }
            else if (step != ".." || !rooted)
            {
                steps.Add(step);
            }
        }

        string result = string.Join(Path.DirectorySeparatorChar, steps);
        return rooted ? Path.GetPathRoot(joined) + result : result.Length == 0 ? "." : result;
    }
}
