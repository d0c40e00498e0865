using CorridorSim.Experiments;
using Spectre.Console;

namespace CorridorSim.Cli.Commands;

/// <summary>
/// A progress bar on standard error for replications and comparisons (Spectre.Console), shown only
/// when standard error is a terminal and <c>--quiet</c> is not given; otherwise the work just runs.
/// </summary>
public static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/>, showing its progress when <paramref name="show"/> and standard error is a terminal.</summary>
    public static T Run<T>(string description, bool show, Func<IProgress<ExperimentProgress>, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!show || Console.IsErrorRedirected)
        {
            return work(new Progress<ExperimentProgress>());
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var latest = new Latest();
        T result = default!;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(description), maxValue: 1);
                var running = Task.Run(() => work(latest));
                while (!running.Wait(100))
                {
                    Update(task, latest.Value);
                }

                Update(task, latest.Value);
                result = running.GetAwaiter().GetResult();
            });
        return result;
    }

    private static void Update(ProgressTask task, ExperimentProgress progress)
    {
        task.MaxValue = Math.Max(1, progress.Planned);
        task.Value = progress.Completed;
        task.Description = $"{progress.Completed}/{progress.Planned} runs";
    }

    /// <summary>Keeps the latest report from any thread, for the display's own thread to read.</summary>
    private sealed class Latest : IProgress<ExperimentProgress>
    {
        private readonly Lock _lock = new();
        private ExperimentProgress _value;

        public ExperimentProgress Value
        {
            get
            {
                lock (_lock)
                {
                    return _value;
                }
            }
        }

        public void Report(ExperimentProgress value)
        {
            lock (_lock)
            {
                if (value.Completed >= _value.Completed || value.Planned > _value.Planned)
                {
                    _value = new ExperimentProgress(Math.Max(value.Completed, _value.Completed), Math.Max(value.Planned, _value.Planned));
                }
            }
        }
    }
}
