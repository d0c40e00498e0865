using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Commands;

/// <summary>
/// <c>report</c> on a sweep's folder draws it from the folder's files alone: the same charts,
/// report.html and morris.csv, byte for byte, as the whole sweep and as a merge of its shards; a
/// shard or a sweep stopped before its end is drawn from the runs it holds with a note of how many
/// are missing; a folder without a run, or a KPI the runs lack, is refused with a fix.
/// </summary>
public sealed class SweepReportCommandTests : IDisposable
{
    private static readonly string[] Drawn = ["charts", "report.html", "morris.csv"];

    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-sweep-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Report_on_a_copy_of_a_whole_sweep_without_its_charts_and_page_draws_them_again_byte_for_byte()
    {
        string whole = Sweep(SweepExample.Shortened(_folder), "whole");
        string copy = Copy(whole, "copy");
        Forget(copy);

        var (code, output, error) = CliRunner.Run("report", copy);

        Assert.True(code == 0, error);
        Assert.Equal($"Wrote {Path.Combine(copy, "report.html")} and {Path.Combine(copy, "charts")}/.", output.Trim());
        Assert.Empty(error);
        Assert.Equal(Files(whole), Files(copy));
        Assert.Contains("sweep-heatmap.svg", Files(copy).Keys);
    }

    [Fact]
    public void A_merge_of_a_morris_sweeps_shards_draws_what_the_whole_sweep_draws_byte_for_byte_and_so_does_report_on_the_merge()
    {
        string spec = Morris();
        string whole = Sweep(spec, "whole");
        string[] shards = [Sweep(spec, "shard-0", "--shard", "0/2"), Sweep(spec, "shard-1", "--shard", "1/2")];
        string merged = Path.Combine(_folder, "merged");

        var (code, output, error) = CliRunner.Run(["merge", .. shards, "--out", merged]);
        var drawnByMerge = Files(merged);
        Forget(merged);
        var (again, _, againError) = CliRunner.Run("report", merged);

        Assert.True(code == 0, error);
        Assert.Contains("points.csv, morris.csv, charts/, report.html.", output, StringComparison.Ordinal);
        Assert.Contains("Morris screening of total/transitMeanDays", output, StringComparison.Ordinal);
        Assert.Equal(Files(whole), drawnByMerge);
        Assert.True(again == 0, againError);
        Assert.Equal(Files(whole), Files(merged));
        Assert.Contains("morris.csv", drawnByMerge.Keys);
        Assert.Contains("sweep-morris.svg", drawnByMerge.Keys);
        Assert.False(File.Exists(Path.Combine(shards[0], "report.html")), "a shard draws nothing by itself");
    }

    [Fact]
    public void Report_on_a_shard_draws_the_runs_it_holds_and_says_on_the_page_in_each_chart_and_on_the_console_how_many_are_missing()
    {
        string shard = Sweep(SweepExample.Shortened(_folder), "shard-1", "--shard", "1/3");

        var (code, _, error) = CliRunner.Run("report", shard);

        Assert.True(code == 0, error);
        Assert.Contains($"warning: {shard} is shard 1/3 of its sweep and holds 6 of the sweep's 18 runs (12 missing)", error, StringComparison.Ordinal);
        Assert.Contains("merge the folders of all 3 shards", error, StringComparison.Ordinal);
        string page = File.ReadAllText(Path.Combine(shard, "report.html"));
        Assert.Contains("<p class=\"partial\">Partial results: this folder is shard 1/3 of the sweep, and holds 6 of its 18 runs (6 are this shard&#39;s); 12 are missing.", page, StringComparison.Ordinal);
        var charts = Directory.GetFiles(Path.Combine(shard, "charts"), "*.svg");
        Assert.NotEmpty(charts);
        Assert.All(charts, c => Assert.Contains("Partial: only 6 of the sweep&apos;s 18 runs (shard 1/3)", File.ReadAllText(c), StringComparison.Ordinal));
    }

    [Fact]
    public void Report_on_a_sweep_stopped_before_its_end_draws_its_runs_so_far_and_the_sweep_resumed_draws_what_an_uninterrupted_one_does()
    {
        string spec = SweepExample.Shortened(_folder);
        string whole = Sweep(spec, "whole");
        string stopped = Path.Combine(_folder, "stopped");
        Directory.CreateDirectory(stopped);
        File.Copy(Path.Combine(whole, "sweep.json"), Path.Combine(stopped, "sweep.json"));
        var lines = File.ReadAllLines(Path.Combine(whole, "runs.log"));
        File.WriteAllText(Path.Combine(stopped, "runs.log"), string.Join("\n", lines[..7]) + "\n" + lines[7][..(lines[7].Length / 2)]);

        var (code, output, error) = CliRunner.Run("report", stopped);
        string page = File.ReadAllText(Path.Combine(stopped, "report.html"));
        Sweep(spec, "stopped");

        Assert.True(code == 0, error);
        Assert.Contains("Wrote ", output, StringComparison.Ordinal);
        Assert.Contains($"warning: the sweep in {stopped} has not run to its end: it holds 7 of its 18 runs (11 missing)", error, StringComparison.Ordinal);
        Assert.Contains($"To finish it: run the same sweep again into it (corridorsim sweep SPEC --out {stopped})", error, StringComparison.Ordinal);
        Assert.Contains("Partial results: the sweep has not run to its end, and this folder holds 7 of its 18 runs; 11 are missing.", page, StringComparison.Ordinal);
        Assert.Contains("The runs so far are in runs.log", page, StringComparison.Ordinal);
        Assert.Equal(Files(whole), Files(stopped));
    }

    [Fact]
    public void Report_on_a_sweep_folder_without_a_finished_run_is_refused_with_a_fix()
    {
        string whole = Sweep(SweepExample.Shortened(_folder), "whole");
        string empty = Directory.CreateDirectory(Path.Combine(_folder, "empty")).FullName;
        File.Copy(Path.Combine(whole, "sweep.json"), Path.Combine(empty, "sweep.json"));

        var (code, _, error) = CliRunner.Run("report", empty);

        Assert.Equal(2, code);
        Assert.Contains($"error: {empty} holds none of its sweep's 18 runs yet, so there is nothing to draw.", error, StringComparison.Ordinal);
        Assert.Contains("Fix: run the sweep into it", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(empty, "report.html")));
    }

    [Fact]
    public void A_kpi_the_runs_lack_is_refused_with_the_nearest_and_a_kpi_for_a_runs_folder_is_refused()
    {
        string whole = Sweep(SweepExample.Shortened(_folder), "whole");
        string run = Directory.CreateDirectory(Path.Combine(_folder, "run")).FullName;
        File.WriteAllText(Path.Combine(run, "summary.json"), "{}");

        var (code, _, error) = CliRunner.Run("report", whole, "--kpi", "total/deliveredTeuPerYears");
        var (runCode, _, runError) = CliRunner.Run("report", run, "--kpi", "total/deliveredTeuPerYear");

        Assert.Equal(2, code);
        Assert.Contains("error: --kpi total/deliveredTeuPerYears: the runs have no such KPI, so it was neither charted nor screened.", error, StringComparison.Ordinal);
        Assert.Contains("did you mean \"total/deliveredTeuPerYear\"?", error, StringComparison.Ordinal);
        Assert.Equal(2, runCode);
        Assert.Contains("--kpi chooses what a sweep's charts draw", runError, StringComparison.Ordinal);
        Assert.Contains("Fix: leave out --kpi", runError, StringComparison.Ordinal);
    }

    /// <summary>Runs the sweep <paramref name="spec"/> into the folder <paramref name="name"/>; returns the folder.</summary>
    private string Sweep(string spec, string name, params string[] options)
    {
        string folder = Path.Combine(_folder, name);
        var (code, _, error) = CliRunner.Run(["sweep", spec, "--out", folder, "--quiet", .. options]);
        Assert.True(code == 0, error);
        return folder;
    }

    /// <summary>The Morris screening of scenarios/sweeps/, shortened: 2 trajectories of a twentieth of a year.</summary>
    private string Morris()
    {
        string spec = Path.Combine(_folder, "morris.json");
        File.WriteAllText(spec, File.ReadAllText(Path.Combine(RepositoryRoot.Path, "scenarios", "sweeps", "morris-screening.json"))
            .Replace("\"years\": 0.25", "\"years\": 0.05", StringComparison.Ordinal)
            .Replace("\"trajectories\": 10", "\"trajectories\": 2", StringComparison.Ordinal)
            .Replace("\"base\": \"../baseline-2024.json\"", $"\"base\": \"{Path.Combine(RepositoryRoot.Path, "scenarios", "baseline-2024.json").Replace("\\", "/", StringComparison.Ordinal)}\"", StringComparison.Ordinal));
        return spec;
    }

    private string Copy(string folder, string name)
    {
        string copy = Path.Combine(_folder, name);
        foreach (string file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            string to = Path.Combine(copy, Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return copy;
    }

    /// <summary>Deletes what drawing a sweep writes: its charts, report.html and morris.csv.</summary>
    private static void Forget(string folder)
    {
        foreach (string path in Drawn.Select(d => Path.Combine(folder, d)))
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }

            File.Delete(path);
        }
    }

    /// <summary>Every file of <paramref name="folder"/> but runs.log (whose lines come in the order runs finish) by its path in the folder, as text of its bytes.</summary>
    private static SortedDictionary<string, string> Files(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "runs.log")
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/').Replace("charts/", string.Empty, StringComparison.Ordinal), f => Convert.ToBase64String(File.ReadAllBytes(f))), StringComparer.Ordinal);
}
