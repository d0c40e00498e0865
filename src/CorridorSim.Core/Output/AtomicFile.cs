using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CorridorSim.Output;

/// <summary>
/// Writes files so that a reader never sees half a file: the content goes to a temporary file in
/// the same folder, named uniquely for this write, which is flushed to disk and then replaces the
/// target in one rename. If writing fails, the target is left as it was and the temporary file is
/// removed; one left by a killed process is removed by <see cref="RemoveStale"/>.
/// </summary>
public static partial class AtomicFile
{
    private static long _writes;

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no byte-order mark) to <paramref name="path"/>.</summary>
    public static void WriteAllText(string path, string text) =>
        Write(path, temp => File.WriteAllText(temp, text, new UTF8Encoding(false)));

    /// <summary>
    /// Lets <paramref name="write"/> fill a temporary file (whose name keeps <paramref name="path"/>'s
    /// extension), flushes it to disk, then moves it over <paramref name="path"/>, creating the folder if needed.
    /// </summary>
    public static void Write(string path, Action<string> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        string full = Path.GetFullPath(path);
        string temp = TemporaryFor(full);
        try
        {
            write(temp);
            Commit(temp, full);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>
    /// A new, unused temporary name beside <paramref name="path"/>, with its extension:
    /// <c>.name.&lt;process&gt;-&lt;random&gt;.tmp.ext</c>; creates the folder if needed.
    /// </summary>
    public static string TemporaryFor(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        // Unique in this process by the count of names given, across processes by the process id.
        string unique = Interlocked.Increment(ref _writes).ToString("x12", CultureInfo.InvariantCulture);
        return Path.Combine(folder, $".{Path.GetFileNameWithoutExtension(full)}.{Environment.ProcessId}-{unique}.tmp{Path.GetExtension(full)}");
    }

    /// <summary>Flushes the finished <paramref name="temp"/> to disk and renames it over <paramref name="path"/>.</summary>
    public static void Commit(string temp, string path)
    {
        ArgumentNullException.ThrowIfNull(temp);
        ArgumentNullException.ThrowIfNull(path);
        using (var stream = new FileStream(temp, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            // On disk before the rename: after a power cut the name points at the whole content or the old one.
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// Removes the temporary files in <paramref name="folder"/> (not its subfolders) left by a
    /// process that no longer runs, e.g. a run killed while writing; returns how many.
    /// </summary>
    public static int RemoveStale(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        int removed = 0;
        foreach (string file in Directory.EnumerateFiles(folder, ".*.tmp*"))
        {
            var match = TemporaryName().Match(Path.GetFileName(file));
            if (match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int process) && !IsRunning(process))
            {
                File.Delete(file);
                removed++;
            }
        }

        return removed;
    }

    /// <summary>Whether process <paramref name="process"/> is running (this one always is).</summary>
    internal static bool IsRunning(int process)
    {
        if (process == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var running = Process.GetProcessById(process);
            return !running.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^\..+\.(\d+)-[0-9a-f]{12}\.tmp(\.[^.]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TemporaryName();
}
