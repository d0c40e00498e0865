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
}
