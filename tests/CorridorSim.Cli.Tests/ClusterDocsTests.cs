using System.Text.RegularExpressions;
using CorridorSim.Cli;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests;

/// <summary>
/// docs/cluster.md and its files in docs/cluster/: the Kubernetes Indexed Job (sweep-job.yaml)
/// and its merge (merge-job.yaml) agree with each other and with the command line, and their pods'
/// commands, run here as Kubernetes would run them (JOB_COMPLETION_INDEX set, the image's /app and
/// the volume's /results mapped to folders here), merge to the single-machine sweep byte for
/// byte; the page shows each file as it is. No cluster runs here: SlurmSweepTests submits the
/// Slurm script to a real Slurm.
/// </summary>
public sealed partial class ClusterDocsTests : IDisposable
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "docs", "cluster");

    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-cluster-docs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_indexed_job_runs_one_shard_per_completion_into_its_own_folder_of_a_read_write_many_claim_and_the_merge_takes_them_all()
    {
        var (claim, job) = Documents("sweep-job.yaml");
        var (merge, _) = Documents("merge-job.yaml");

        Assert.Equal("PersistentVolumeClaim", Value(claim, "kind"));
        Assert.Contains("\"ReadWriteMany\"", Value(claim, "accessModes"), StringComparison.Ordinal);
        Assert.Equal("Job", Value(job, "kind"));
        Assert.Equal("Indexed", Value(job, "completionMode"));
        int completions = int.Parse(Value(job, "completions"), System.Globalization.CultureInfo.InvariantCulture);
        int parallelism = int.Parse(Value(job, "parallelism"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(parallelism, 1, completions);
        Assert.Equal("Never", Value(job, "restartPolicy"));

        // The shard count the command line is told is the Job's completions; each index its own folder.
        var args = Args(job);
        Assert.Equal("sweep", args[0]);
        Assert.Equal($"{completions}", After(args, "--shards"));
        Assert.Equal("/results/shard-$(JOB_COMPLETION_INDEX)", After(args, "--out"));
        Assert.Contains("metadata.annotations['batch.kubernetes.io/job-completion-index']", job, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, args[1].Replace("/app/", string.Empty, StringComparison.Ordinal))), $"{args[1]} is not in the image: scenarios/ is copied to /app/scenarios");
        Assert.Empty(CorridorSimCommand.Create().Parse(args).Errors);

        // The merge takes every index's folder, on the same claim mounted at the same place, from the same image.
        Assert.Equal(["merge", .. Enumerable.Range(0, completions).Select(i => $"/results/shard-{i}"), "--out", "/results/merged"], Args(merge));
        Assert.Empty(CorridorSimCommand.Create().Parse(Args(merge)).Errors);
        foreach (string key in new[] { "claimName", "mountPath", "image", "command" })
        {
            Assert.Equal(Value(job, key), Value(merge, key));
        }

        Assert.Equal(Value(claim, "name"), Value(job, "claimName"));
        Assert.Equal("/results", Value(job, "mountPath"));

        // The Slurm script splits the example into as many shards.
        Assert.Matches($"(?m)^#SBATCH --array=0-{completions - 1}$", File.ReadAllText(Path.Combine(Folder, "sweep.sbatch")));
    }

    [Fact]
    public async Task The_indexed_jobs_pods_run_here_as_kubernetes_would_merge_to_the_single_machine_sweep_byte_for_byte()
    {
        var (_, job) = Documents("sweep-job.yaml");
        var (merge, _) = Documents("merge-job.yaml");
        int completions = int.Parse(Value(job, "completions"), System.Globalization.CultureInfo.InvariantCulture);
        string spec = SweepExample.Shortened(_folder), results = Directory.CreateDirectory(Path.Combine(_folder, "results")).FullName;
        string whole = Path.Combine(_folder, "whole");
        Assert.Equal(0, CliRunner.Run("sweep", spec, "--out", whole, "--quiet").ExitCode);

        // The image's paths mapped to here: the spec shortened, /results a folder of the test.
        string[] Here(string[] args, string index) =>
            [.. args.Select(a => a.Replace("$(JOB_COMPLETION_INDEX)", index, StringComparison.Ordinal))
                .Select(a => a == Args(job)[1] ? spec : a.Replace("/results", results, StringComparison.Ordinal))];

        Assert.Equal(["dotnet", "/app/corridorsim.dll"], Flow(Value(job, "command")));
        var pods = Enumerable.Range(0, completions).Select(k =>
        {
            var environment = new Dictionary<string, string?> { ["JOB_COMPLETION_INDEX"] = $"{k}", ["SLURM_ARRAY_TASK_ID"] = null };
            return Task.Run(() => DotnetProcess.Exec(_folder, Path.Combine(DotnetProcess.DotnetRoot, "dotnet"), TimeSpan.FromMinutes(2), environment, [Path.Combine(AppContext.BaseDirectory, "corridorsim.dll"), .. Here(Args(job), $"{k}")]));
        }).ToArray();
        var ended = await Task.WhenAll(pods);

        for (int k = 0; k < completions; k++)
        {
            var (code, output, error) = ended[k];
            Assert.True(code == 0, $"index {k}: {output}\n{error}");
            Assert.Contains($"shard {k}/{completions} (Kubernetes Indexed Job)", output, StringComparison.Ordinal);
        }

        var merged = CliRunner.Run(Here(Args(merge), string.Empty));
        Assert.True(merged.ExitCode == 0, merged.Error);
        foreach (string file in new[] { "runs.parquet", "points.parquet", "results.csv", "points.csv", "sweep.json", "report.html" })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(whole, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(results, "merged", file))), $"{file} differs from the single-machine sweep's");
        }
    }

    [Fact]
    public void The_cluster_page_shows_each_file_of_docs_cluster_as_it_is()
    {
        string page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "cluster.md")).ReplaceLineEndings("\n");

        foreach (string file in Directory.GetFiles(Folder).Where(f => !f.EndsWith(".dockerignore", StringComparison.Ordinal)))
        {
            string text = File.ReadAllText(file).ReplaceLineEndings("\n");
            Assert.True(page.Contains($"\n{text}```\n", StringComparison.Ordinal), $"docs/cluster.md does not show docs/cluster/{Path.GetFileName(file)} as it is");
            Assert.Contains($"(cluster/{Path.GetFileName(file)})", page, StringComparison.Ordinal);
        }
    }

    /// <summary>The two YAML documents of <paramref name="file"/> (the second empty when there is one).</summary>
    private static (string First, string Second) Documents(string file)
    {
        var parts = File.ReadAllText(Path.Combine(Folder, file)).ReplaceLineEndings("\n").Split("\n---\n");
        Assert.InRange(parts.Length, 1, 2);
        return (parts[0], parts.Length > 1 ? parts[1] : string.Empty);
    }

    /// <summary>The value of the one key <paramref name="key"/> of a document (a line "key: value", comments aside).</summary>
    private static string Value(string document, string key)
    {
        var values = Regex.Matches(document, $@"(?m)^\s*(?:- )?{Regex.Escape(key)}:\s*(.*?)\s*$", RegexOptions.None, TimeSpan.FromSeconds(1)).Select(m => m.Groups[1].Value).ToList();
        Assert.True(values.Count == 1, $"'{key}:' appears {values.Count} times");
        return values[0];
    }

    private static string[] Args(string document) => Flow(Value(document, "args"));

    /// <summary>A flow sequence of quoted strings, ["a", "b"].</summary>
    private static string[] Flow(string value)
    {
        Assert.Matches(@"^\[("".*?""(, )?)*\]$", value);
        return [.. Quoted().Matches(value).Select(m => m.Groups[1].Value)];
    }

    private static string After(string[] args, string option) => args[Array.IndexOf(args, option) + 1];

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex Quoted();
}
