using System.CommandLine;
using System.Globalization;
using CorridorSim.Charts;
using CorridorSim.Sweeps;

namespace CorridorSim.Cli.Commands;

/// <summary>
/// How <c>sweep</c>, <c>merge</c> and <c>report</c> draw a sweep's folder: all three read it back
/// (<see cref="StoredSweep"/>) and write its morris.csv, charts and report.html through
/// <see cref="SweepReport"/>, so that each gives the same bytes for the same runs, then print the
/// Morris ranking and, for a folder without every run, how many are missing and how to get them.
/// </summary>
public static class SweepReporting
{
    /// <summary>The KPI drawn and screened when <c>--kpi</c> is not given.</summary>
    public const string DefaultKpi = "total/transitMeanDays";

    /// <summary>The <c>--kpi</c> option of <c>sweep</c>, <c>merge</c> and <c>report</c>.</summary>
    public static Option<string?> KpiOption() => new("--kpi")
    {
        Description = $"The KPI (component/measure, a column of runs.parquet) the sweep's charts draw and a Morris design screens the factors on (morris.csv); default {DefaultKpi}.",
        HelpName = "component/measure",
    };

    /// <summary>
    /// Draws the sweep in <paramref name="folder"/> for <paramref name="kpi"/> and prints what
    /// <paramref name="done"/> says of it (nothing when null) and the Morris ranking; returns the
    /// exit code.
    /// <paramref name="tablesWritten"/> says whether the command wrote the sweep's tables before,
    /// for the error of a KPI the runs do not have.
    /// </summary>
    public static int Write(ParseResult parseResult, string folder, string kpi, Func<StoredSweep, string>? done, bool tablesWritten)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        StoredSweep sweep;
        try
        {
            sweep = StoredSweep.Read(folder);
        }
        catch (InvalidDataException e)
        {
            error.WriteLine($"error: {e.Message}");
            error.WriteLine("Fix: run the sweep again into a new folder with this version of corridorsim (corridorsim sweep SPEC --out FOLDER); a folder holds the sweep.json its sweep wrote.");
            return CorridorSimCommand.UserError;
        }

        if (sweep.Runs.Count == 0)
        {
            error.WriteLine(F($"error: {folder} holds none of its sweep's {sweep.TotalRuns:N0} runs yet, so there is nothing to draw."));
            error.WriteLine($"Fix: run the sweep into it (corridorsim sweep SPEC --out {folder}), then draw it again.");
            return CorridorSimCommand.UserError;
        }

        var kpis = sweep.Kpis;
        if (!kpis.Contains(kpi, StringComparer.Ordinal))
        {
            error.WriteLine($"error: --kpi {kpi}: the runs have no such KPI, so it was neither charted nor screened{(tablesWritten ? " (the results are written)" : string.Empty)}.");
            error.WriteLine($"Fix: {Input.DidYouMean.Hint(kpi, kpis, "KPIs (component/measure, the columns of runs.parquet)")}");
            return CorridorSimCommand.UserError;
        }

        IReadOnlyList<MorrisEffect>? effects = null;
        int written = NetworkInput.WriteFile(parseResult, folder, () => effects = SweepReport.Write(sweep, kpi), done?.Invoke(sweep) ?? string.Empty);
        if (written != CorridorSimCommand.Success)
        {
            return written;
        }

        if (!sweep.IsComplete)
        {
            Partial(error, sweep);
        }

        if (effects is not null)
        {
            output.WriteLine($"Morris screening of {kpi} (per unit of each factor's range; μ* with its 95 % bootstrap interval):");
            output.WriteLine(F($"{"factor",-28} {"μ*",10} {"interval",21} {"μ",10} {"σ",10}"));
            foreach (var e in effects)
            {
                output.WriteLine(F($"{e.Factor,-28} {e.MuStar,10:0.###} {$"{e.MuStarLow:0.###}–{e.MuStarHigh:0.###}",21} {e.Mu,10:0.###} {e.Sigma,10:0.###}"));
            }
        }

        return CorridorSimCommand.Success;
    }

    /// <summary>The files drawing a sweep writes, as a list's end: ", morris.csv, charts/, report.html" for a Morris design.</summary>
    public static string Drawn(DesignKind design) => design == DesignKind.Morris ? ", morris.csv, charts/, report.html" : ", charts/, report.html";

    /// <summary>Says how many runs a folder without every run of its sweep lacks, and how to get them.</summary>
    private static void Partial(TextWriter error, StoredSweep sweep)
    {
        string folder = sweep.Folder;
        if (sweep.ShardCount > 1)
        {
            int own = sweep.ShareRuns - sweep.Runs.Count;
            error.WriteLine(F($"warning: {folder} is shard {sweep.ShardIndex}/{sweep.ShardCount} of its sweep and holds {sweep.Runs.Count:N0} of the sweep's {sweep.TotalRuns:N0} runs ({sweep.MissingRuns:N0} missing{(own > 0 ? $", {own:N0} of them this shard's own, not yet run" : string.Empty)}): the charts and report.html show the runs it holds and say so."));
            error.WriteLine(F($"For the whole sweep: {(own > 0 ? "run each shard to its end (the same command again resumes it), then " : string.Empty)}merge the folders of all {sweep.ShardCount} shards (corridorsim merge FOLDER… --out FOLDER), which draws it."));
            return;
        }

        error.WriteLine(F($"warning: the sweep in {folder} has not run to its end: it holds {sweep.Runs.Count:N0} of its {sweep.TotalRuns:N0} runs ({sweep.MissingRuns:N0} missing); the charts and report.html show the runs it holds and say so."));
        error.WriteLine($"To finish it: run the same sweep again into it (corridorsim sweep SPEC --out {folder}); it runs only the missing runs, then draws them all.");
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
