using System.Globalization;

namespace CorridorSim.Cli.Commands;

/// <summary>
/// Which shard of a sweep this process runs: <c>--shard i/N</c> (i from 0), else a Slurm job
/// array's task (<c>SLURM_ARRAY_TASK_ID</c> less <c>SLURM_ARRAY_TASK_MIN</c>, of
/// <c>SLURM_ARRAY_TASK_COUNT</c>), else a Kubernetes Indexed Job's index
/// (<c>JOB_COMPLETION_INDEX</c>, of <c>--shards</c> or <c>CORRIDORSIM_SHARDS</c>), else all of it.
/// </summary>
public static class ShardOption
{
    /// <summary>Parses "i/N"; null when it is not two whole numbers with 0 ≤ i &lt; N.</summary>
    public static (int Index, int Count)? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int i)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            && n >= 1 && i < n
            ? (i, n)
            : null;
    }

    /// <summary>
    /// The shard from <paramref name="given"/> (<c>--shard</c>), <paramref name="shards"/>
    /// (<c>--shards</c>) and the environment <paramref name="variable"/> reads; with where it
    /// came from, or an error saying what is wrong.
    /// </summary>
    public static (int Index, int Count, string From)? Resolve((int Index, int Count)? given, int? shards, Func<string, string?> variable, out string? error)
    {
        ArgumentNullException.ThrowIfNull(variable);
        error = null;
        if (given is (int i, int n))
        {
            return (i, n, "--shard");
        }

        if (variable("SLURM_ARRAY_TASK_ID") is string task)
        {
            int min = Whole(variable("SLURM_ARRAY_TASK_MIN")) ?? 0;
            if (Whole(task) is int id && Whole(variable("SLURM_ARRAY_TASK_COUNT")) is int count && count >= 1 && id - min >= 0 && id - min < count)
            {
                return (id - min, count, "Slurm job array");
            }

            error = $"SLURM_ARRAY_TASK_ID={task} with SLURM_ARRAY_TASK_MIN={variable("SLURM_ARRAY_TASK_MIN")} and SLURM_ARRAY_TASK_COUNT={variable("SLURM_ARRAY_TASK_COUNT")} is not a shard: submit the array as --array=0-(N-1), or give --shard i/N.";
            return null;
        }

        if (variable("JOB_COMPLETION_INDEX") is string index)
        {
            int? count = shards ?? Whole(variable("CORRIDORSIM_SHARDS"));
            if (Whole(index) is int k && count is int c && c >= 1 && k < c)
            {
                return (k, c, "Kubernetes Indexed Job");
            }

            error = count is null
                ? $"JOB_COMPLETION_INDEX={index} is set but not how many shards there are: give --shards N (the Job's completions) or set CORRIDORSIM_SHARDS."
                : $"JOB_COMPLETION_INDEX={index} is not a shard of {count}: the Job's completions and --shards must agree.";
            return null;
        }

        return (0, 1, "all runs here");
    }

    private static int? Whole(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : null;
}
