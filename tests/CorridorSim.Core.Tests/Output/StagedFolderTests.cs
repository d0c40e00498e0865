using CorridorSim.Output;

namespace CorridorSim.Tests.Output;

/// <summary>A results folder is written beside its target and put in its place whole.</summary>
public sealed class StagedFolderTests : IDisposable
{
    private readonly string _parent = Path.Combine(Path.GetTempPath(), $"corridorsim-staged-{Guid.NewGuid():N}");

    [Fact]
    public void Nothing_appears_under_the_target_name_until_it_is_published()
    {
        string target = Path.Combine(_parent, "results");
        using var staged = StagedFolder.Begin(target);
        File.WriteAllText(Path.Combine(staged.Path, "summary.json"), "{}");

        Assert.False(Directory.Exists(target));
        staged.Publish();

        Assert.Equal("{}", File.ReadAllText(Path.Combine(target, "summary.json")));
        Assert.Equal(["results"], Directory.EnumerateFileSystemEntries(_parent).Select(Path.GetFileName));
    }

    [Fact]
    public void A_folder_of_earlier_results_is_replaced_whole()
    {
        string target = Path.Combine(_parent, "results");
        Directory.CreateDirectory(Path.Combine(target, "runs"));
        File.WriteAllText(Path.Combine(target, "runs", "replication-001.json"), "old");
        File.WriteAllText(Path.Combine(target, "replications.csv"), "old");
        File.WriteAllText(Path.Combine(target, "summary.json"), "old");

        using (var staged = StagedFolder.Begin(target))
        {
            File.WriteAllText(Path.Combine(staged.Path, "summary.json"), "new");
            staged.Publish();
        }

        Assert.Equal(["summary.json"], Directory.EnumerateFileSystemEntries(target).Select(Path.GetFileName));
        Assert.Equal("new", File.ReadAllText(Path.Combine(target, "summary.json")));
        Assert.Equal(["results"], Directory.EnumerateFileSystemEntries(_parent).Select(Path.GetFileName));
    }

    [Fact]
    public void A_folder_that_holds_other_files_keeps_them_and_loses_only_earlier_outputs()
    {
        string target = Path.Combine(_parent, "work");
        Directory.CreateDirectory(Path.Combine(target, "runs"));
        File.WriteAllText(Path.Combine(target, "notes.txt"), "mine");
        File.WriteAllText(Path.Combine(target, "2024-figures.txt"), "mine too");
        File.WriteAllText(Path.Combine(target, "runs", "replication-001.json"), "old");
        File.WriteAllText(Path.Combine(target, "kpis.csv"), "old");

        using (var staged = StagedFolder.Begin(target))
        {
            File.WriteAllText(Path.Combine(staged.Path, "kpis.csv"), "new");
            staged.Publish();
        }

        Assert.Equal(["2024-figures.txt", "kpis.csv", "notes.txt"], Directory.EnumerateFileSystemEntries(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("new", File.ReadAllText(Path.Combine(target, "kpis.csv")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(target, "notes.txt")));
    }

    [Fact]
    public void Results_not_published_are_removed_and_the_previous_ones_kept()
    {
        string target = Path.Combine(_parent, "results");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "summary.json"), "old");

        using (var staged = StagedFolder.Begin(target))
        {
            File.WriteAllText(Path.Combine(staged.Path, "summary.json"), "half");
        }

        Assert.Equal("old", File.ReadAllText(Path.Combine(target, "summary.json")));
        Assert.Equal(["results"], Directory.EnumerateFileSystemEntries(_parent).Select(Path.GetFileName));
    }

    [Fact]
    public void What_a_killed_process_left_beside_the_target_is_removed_by_the_next_begin()
    {
        string target = Path.Combine(_parent, "results");
        string killed = Path.Combine(_parent, ".results.99999999-00002a.staging");
        string aside = Path.Combine(_parent, ".results.99999999-00002b.old");
        string foreign = Path.Combine(_parent, ".git");
        foreach (string folder in new[] { killed, aside, foreign })
        {
            Directory.CreateDirectory(folder);
        }

        using var staged = StagedFolder.Begin(target);

        Assert.False(Directory.Exists(killed));
        Assert.False(Directory.Exists(aside));
        Assert.True(Directory.Exists(foreign));
        Assert.True(Directory.Exists(staged.Path));
    }

    public void Dispose()
    {
        if (Directory.Exists(_parent))
        {
            Directory.Delete(_parent, recursive: true);
        }
    }
}
