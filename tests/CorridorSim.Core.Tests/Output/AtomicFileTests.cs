using CorridorSim.Output;

namespace CorridorSim.Tests.Output;

public sealed class AtomicFileTests
{
    [Fact]
    public void A_failed_write_leaves_the_old_file_and_no_temporary_file()
    {
        string folder = Directory.CreateTempSubdirectory("corridorsim-").FullName;
        string path = Path.Combine(folder, "summary.json");
        File.WriteAllText(path, "old");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, temp =>
        {
            File.WriteAllText(temp, "half");
            throw new InvalidOperationException("disk full");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void A_write_replaces_the_file_and_creates_missing_folders()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"corridorsim-{Guid.NewGuid():N}");
        string path = Path.Combine(folder, "charts", "map.json");

        AtomicFile.WriteAllText(path, "new");

        Assert.Equal("new", File.ReadAllText(path));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Each_write_takes_its_own_temporary_name_beside_the_target_with_its_extension()
    {
        string path = Path.Combine(Path.GetTempPath(), "corridorsim-names", "kpis.csv");

        string first = AtomicFile.TemporaryFor(path);
        string second = AtomicFile.TemporaryFor(path);

        Assert.NotEqual(first, second);
        Assert.Equal(Path.GetDirectoryName(path), Path.GetDirectoryName(first));
        Assert.StartsWith($".kpis.{Environment.ProcessId}-", Path.GetFileName(first), StringComparison.Ordinal);
        Assert.EndsWith(".tmp.csv", first, StringComparison.Ordinal);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Fact]
    public void Temporaries_of_a_process_that_is_gone_are_removed_and_those_of_a_running_one_kept()
    {
        string folder = Directory.CreateTempSubdirectory("corridorsim-stale-").FullName;
        string ours = AtomicFile.TemporaryFor(Path.Combine(folder, "summary.json"));
        File.WriteAllText(ours, "being written");

        // A process id above any the kernel hands out (Linux caps them at 2^22): no process has it.
        string killed = Path.Combine(folder, ".summary.99999999-0123456789ab.tmp.json");
        File.WriteAllText(killed, "half");
        string result = Path.Combine(folder, "kpis.csv");
        File.WriteAllText(result, "complete");

        int removed = AtomicFile.RemoveStale(folder);

        Assert.Equal(1, removed);
        Assert.Equal([ours, result], Directory.GetFiles(folder).Order(StringComparer.Ordinal));
        Directory.Delete(folder, recursive: true);
    }
}
