using System.Diagnostics;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Commands;

/// <summary>
/// docs/cluster/sweep.sbatch, the job-array script of docs/cluster.md, on the example grid
/// shortened: submitted as an array of three to a real Slurm (a single-node cluster the test
/// starts itself when Debian's slurmctld, slurmd and munge are installed, as .ci/run installs
/// them), or, where there is no Slurm, run here as three array tasks would be (bash with
/// SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_MIN and SLURM_ARRAY_TASK_COUNT set); either way its
/// shards, merged, are the single-machine sweep byte for byte. The test's output says which it did;
/// in CI (CI set) Slurm must be there.
/// </summary>
public sealed class SlurmSweepTests(ITestOutputHelper log) : IDisposable
{
    private const int Shards = 3;

    private static readonly string[] Results = ["runs.parquet", "points.parquet", "results.csv", "points.csv", "sweep.json"];

    private static readonly string Script = Path.Combine(RepositoryRoot.Path, "docs", "cluster", "sweep.sbatch");

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-slurm-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    [Trait("Speed", "Slow")]
    public async Task A_slurm_job_array_of_shards_merges_to_the_single_machine_sweep_byte_for_byte()
    {
        string spec = SweepExample.Shortened(_folder);
        string whole = Path.Combine(_folder, "whole"), shards = Path.Combine(_folder, "shards");
        Assert.Equal(0, CliRunner.Run("sweep", spec, "--out", whole, "--quiet").ExitCode);

        // As docs/cluster.md has it: the script told the spec, the output folder and the command.
        string dotnet = Path.Combine(DotnetProcess.DotnetRoot, "dotnet"), tool = Path.Combine(AppContext.BaseDirectory, "corridorsim.dll");
        Assert.DoesNotContain(' ', dotnet + tool);
        var environment = new Dictionary<string, string?> { ["SPEC"] = spec, ["OUT"] = shards, ["CORRIDORSIM"] = $"{dotnet} {tool}" };

        var clock = Stopwatch.StartNew();
        string how;
        using (var cluster = SlurmCluster.Find(Directory.CreateDirectory(Path.Combine(_folder, "slurm")).FullName, out string why))
        {
            if (cluster is null)
            {
                Assert.False(Environment.GetEnvironmentVariable("CI") is { Length: > 0 }, $"Slurm is missing in CI ({why}): .ci/run installs Debian's slurmctld, slurmd, slurm-client and munge.");
                await RunHere(environment);
                how = $"Slurm is not available ({why}): ran {Shards} array tasks of {Path.GetFileName(Script)} here, SLURM_ARRAY_TASK_* set in each one's environment";
            }
            else
            {
                how = RunOnSlurm(cluster, environment);
            }
        }

        how += $"; {clock.Elapsed.TotalSeconds:F1} s in all, with starting and stopping any cluster; merged, the shards are the single-machine sweep byte for byte ({string.Join(", ", Results)}).";
        var (code, output, error) = CliRunner.Run(["merge", .. Enumerable.Range(0, Shards).Select(i => Path.Combine(shards, $"shard-{i}")), "--out", Path.Combine(_folder, "merged")]);
        Assert.True(code == 0, error);
        Assert.Contains($"Merged 18 runs of {Shards} shard folder(s)", output, StringComparison.Ordinal);
        foreach (string file in Results)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(whole, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_folder, "merged", file))), $"{file} differs from the single-machine sweep's");
        }

        log.WriteLine(how);
        TestContext.Current.SendDiagnosticMessage("SlurmSweepTests: {0}", how);
    }

    /// <summary>sbatch --array=0-2 of the script, squeue polled until the array is gone; what was done.</summary>
    private string RunOnSlurm(SlurmCluster cluster, Dictionary<string, string?> environment)
    {
        var clock = Stopwatch.StartNew();
        int job = cluster.Submit(_folder, environment, $"--array=0-{Shards - 1}", Script);
        Assert.True(cluster.WaitUntilGone(job, Limit), $"Slurm job {job} is still queued after {Limit}.\n{cluster.Client("squeue").Output}\n{cluster.Logs()}");
        var took = clock.Elapsed;

        var tasks = cluster.Tasks(job);
        Assert.True(tasks.Select(t => t.Task).SequenceEqual(Enumerable.Range(0, Shards)), $"job {job}'s tasks: {string.Join(", ", tasks)}");
        for (int i = 0; i < Shards; i++)
        {
            string printed = Path.Combine(_folder, $"corridorsim-sweep-{job}_{i}.out");
            string text = File.Exists(printed) ? File.ReadAllText(printed) : $"(no {printed})";
            Assert.True(tasks[i] is { State: "COMPLETED", ExitCode: "0:0" }, $"array task {job}_{i} ended {tasks[i].State} with {tasks[i].ExitCode}:\n{text}\n{cluster.Logs()}");
            Assert.Contains($"shard {i}/{Shards} (Slurm job array): 6 of them; ran 6", text, StringComparison.Ordinal);
        }

        return $"Slurm job {job}, an array of {Shards} tasks ({string.Join(", ", tasks.Select(t => $"{job}_{t.Task} {t.State} {t.ExitCode}"))}) on {cluster.Description}: submitted to gone from squeue in {took.TotalSeconds:F1} s";
    }

    /// <summary>The script run here once per array task, all at once, each with the variables Slurm would set.</summary>
    private async Task RunHere(Dictionary<string, string?> environment)
    {
        string? bash = SlurmCluster.OnPath("bash");
        var runs = Enumerable.Range(0, Shards).Select(i => Task.Run(() =>
        {
            var task = new Dictionary<string, string?>(environment)
            {
                ["SLURM_ARRAY_TASK_ID"] = $"{i}",
                ["SLURM_ARRAY_TASK_MIN"] = "0",
                ["SLURM_ARRAY_TASK_COUNT"] = $"{Shards}",
            };

            // Without bash (Windows), the command the script runs.
            return bash is not null
                ? DotnetProcess.Exec(_folder, bash, Limit, task, Script)
                : DotnetProcess.Exec(_folder, Path.Combine(DotnetProcess.DotnetRoot, "dotnet"), Limit, task, Path.Combine(AppContext.BaseDirectory, "corridorsim.dll"), "sweep", environment["SPEC"]!, "--out", Path.Combine(environment["OUT"]!, $"shard-{i}"), "--quiet");
        })).ToArray();

        var ended = await Task.WhenAll(runs);
        for (int i = 0; i < Shards; i++)
        {
            Assert.True(ended[i].Code == 0, $"array task {i}: {ended[i].Output}\n{ended[i].Error}");
            Assert.Contains($"shard {i}/{Shards} (Slurm job array): 6 of them; ran 6", ended[i].Output, StringComparison.Ordinal);
        }
    }
}
