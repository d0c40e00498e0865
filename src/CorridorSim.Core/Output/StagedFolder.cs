using System.Globalization;
using System.Text.RegularExpressions;

namespace CorridorSim.Output;

/// <summary>
/// A results folder written as a whole: everything goes into a staging folder beside the target
/// (<c>.name.&lt;process&gt;-&lt;n&gt;.staging</c>), and <see cref="Publish"/> puts it in the target's
/// place, so a run killed at any moment leaves the previous complete results or none, never a mix
/// of old and new files. Disposed unpublished (a failed or cancelled run), the staging folder is
/// removed; one left by a killed process is removed by the next <see cref="Begin"/> beside it.
/// </summary>
/// <remarks>
/// A target holding only what CorridorSim writes (<see cref="IsOutput"/>) is renamed aside, the
/// staging folder renamed in, and the old one removed: a kill between the two renames leaves no
/// results under the target's name, and the old ones beside it, removed as stale next time. A
/// target that also holds other files (say <c>--out .</c>) is never renamed: the new files replace
/// the old ones there one by one, each in one rename, and the outputs of an earlier run that this
/// one does not write (a longer experiment's replications) are removed.
/// </remarks>
public sealed partial class StagedFolder : IDisposable
{
    private static long _folders;
    private readonly string _target;
    private bool _published;

    private StagedFolder(string target, string staging)
    {
        _target = target;
        Path = staging;
    }

    /// <summary>Where to write the results until they are published.</summary>
    public string Path { get; }

    /// <summary>Whether <paramref name="entry"/>, a file or folder in a results folder, is one CorridorSim writes there (or a temporary file of its own).</summary>
    public static bool IsOutput(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        string name = System.IO.Path.GetFileName(entry);
        return Directory.Exists(entry) ? OutputFolderName().IsMatch(name) : OutputFileName().IsMatch(name);
    }

    /// <summary>Starts writing results for <paramref name="target"/>: creates an empty staging folder beside it, and removes those left by processes no longer running.</summary>
    public static StagedFolder Begin(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        string full = System.IO.Path.GetFullPath(target.TrimEnd(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar));
        string parent = System.IO.Path.GetDirectoryName(full) ?? throw new IOException($"'{target}' has no parent folder to write beside.");
        Directory.CreateDirectory(parent);
        RemoveStale(parent);
        string unique = Interlocked.Increment(ref _folders).ToString("x6", CultureInfo.InvariantCulture);
        string staging = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(full)}.{Environment.ProcessId}-{unique}.staging");
        Directory.CreateDirectory(staging);
        return new StagedFolder(full, staging);
    }

    /// <summary>Puts the staged results in the target's place (see the remarks).</summary>
    public void Publish()
    {
        ObjectDisposedException.ThrowIf(_published, this);
        if (!Directory.Exists(_target))
        {
            Directory.Move(Path, _target);
        }
        else if (Directory.EnumerateFileSystemEntries(_target).All(IsOutput))
        {
            string aside = Path[..^".staging".Length] + ".old";
            Directory.Move(_target, aside);
            Directory.Move(Path, _target);
            Directory.Delete(aside, recursive: true);
        }
        else
        {
            MergeInto(Path, _target);
            Directory.Delete(Path, recursive: true);
        }

        _published = true;
    }

    /// <summary>Removes the staging folder unless it was published.</summary>
    public void Dispose()
    {
        if (!_published && Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }

        _published = true;
    }

    /// <summary>Removes the staging and set-aside folders in <paramref name="parent"/> left by processes no longer running; returns how many.</summary>
    public static int RemoveStale(string parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        if (!Directory.Exists(parent))
        {
            return 0;
        }

        int removed = 0;
        foreach (string folder in Directory.EnumerateDirectories(parent, ".*"))
        {
            var match = StagingName().Match(System.IO.Path.GetFileName(folder));
            if (match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int process) && !AtomicFile.IsRunning(process))
            {
                Directory.Delete(folder, recursive: true);
                removed++;
            }
        }

        return removed;
    }

    /// <summary>Moves every staged file over its namesake in <paramref name="target"/>, and removes the target's outputs the staged ones do not replace.</summary>
    private static void MergeInto(string staged, string target)
    {
        Directory.CreateDirectory(target);
        var names = Directory.EnumerateFileSystemEntries(staged).Select(System.IO.Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        foreach (string old in Directory.EnumerateFileSystemEntries(target))
        {
            string name = System.IO.Path.GetFileName(old);
            if (!names.Contains(name) && IsOutput(old))
            {
                if (Directory.Exists(old))
                {
                    Directory.Delete(old, recursive: true);
                }
                else
                {
                    File.Delete(old);
                }
            }
        }

        foreach (string file in Directory.EnumerateFiles(staged))
        {
            File.Move(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)), overwrite: true);
        }

        foreach (string folder in Directory.EnumerateDirectories(staged))
        {
            MergeInto(folder, System.IO.Path.Combine(target, System.IO.Path.GetFileName(folder)));
        }
    }

    // The files run, compare and capacity write into a results folder, and AtomicFile's temporary files.
    [GeneratedRegex(@"^(summary\.json|kpis\.csv|timeseries\.csv|replications\.csv|scenario\.resolved\.json|shipments\.csv|shipments\.parquet|compare\.csv|compare\.json|capacity\.csv|capacity\.json|report\.html|\..+\.\d+-[0-9a-f]+\.tmp.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex OutputFileName();

    // Their folders: charts, a run's replications, a comparison's numbered scenarios (1-base, 2-what-if).
    [GeneratedRegex(@"^(charts|runs|\d+-.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex OutputFolderName();

    [GeneratedRegex(@"^\..+\.(\d+)-[0-9a-f]+\.(staging|old)$", RegexOptions.CultureInvariant)]
    private static partial Regex StagingName();
}
