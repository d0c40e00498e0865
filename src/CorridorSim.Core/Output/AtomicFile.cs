using System.Text;

namespace CorridorSim.Output;

/// <summary>
/// Writes files so that a reader never sees half a file: the content goes to a temporary file in
/// the same folder, which then replaces the target in one rename. If writing fails, the target is
/// left as it was and the temporary file is removed.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> as UTF-8 (no byte-order mark) to <paramref name="path"/>.</summary>
    public static void WriteAllText(string path, string text) =>
        Write(path, temp => File.WriteAllText(temp, text, new UTF8Encoding(false)));

    /// <summary>
    /// Lets <paramref name="write"/> fill a temporary file (whose name keeps <paramref name="path"/>'s
    /// extension), then moves it over <paramref name="path"/>, creating the folder if needed.
    /// </summary>
    public static void Write(string path, Action<string> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        string temp = Path.Combine(folder, $".{Path.GetFileNameWithoutExtension(full)}.{Environment.ProcessId}.tmp{Path.GetExtension(full)}");
        try
        {
            write(temp);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
