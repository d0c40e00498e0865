using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CorridorSim.Charts;
using CorridorSim.Input;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Corridor;
using CorridorSim.Results;

namespace CorridorSim.Cli.Commands;

/// <summary><c>corridorsim run [scenario]</c>: simulate a scenario and write its results and charts.</summary>
public static class RunCommand
{
    /// <summary>Width of each time-category column in the summary table ("disrupt" and a space).</summary>
    private const int CategoryWidth = 8;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var scenario = new Argument<string?>("scenario") { Description = $"Scenario file (JSON). Default: the built-in baseline ({ScenarioLoader.BuiltInName}).", Arity = ArgumentArity.ZeroOrOne };
        var outOption = new Option<string?>("--out") { Description = "Folder for the results (default: out/<scenario file name>). Existing files there are replaced.", HelpName = "folder" };
        var seed = new Option<ulong?>("--seed")
        {
            Description = "Run seed (default: the scenario's).",
            HelpName = "n",
            CustomParser = r => ulong.TryParse(r.Tokens.Count == 1 ? r.Tokens[0].Value : string.Empty, NumberStyles.None, CultureInfo.InvariantCulture, out ulong v) ? v : Fail<ulong?>(r, $"--seed must be a whole number from 0 to {ulong.MaxValue}."),
        };
        var years = new Option<double?>("--years")
        {
            Description = "Simulated years after the warm-up (default: the scenario's).",
            HelpName = "n",
            CustomParser = r => double.TryParse(r.Tokens.Count == 1 ? r.Tokens[0].Value : string.Empty, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v > 0 && v <= 1000 ? v : Fail<double?>(r, "--years must be a number greater than 0 and at most 1000."),
        };
        var shipments = new Option<bool>("--shipments") { Description = "Also write shipments.csv, one row per delivered container with its time breakdown." };
        scenario.Validators.Add(result =>
        {
            string value = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (value.StartsWith('-'))
            {
                string? near = CorridorSim.Input.DidYouMean.Suggest(value, ["--out", "--seed", "--years", "--shipments"]);
                result.AddError($"unknown option '{value}'{(near is null ? string.Empty : $"; did you mean '{near}'")}?");
            }
        });
        var command = new Command("run", "Simulate a scenario: move containers through the corridor, then write summary.json, kpis.csv, timeseries.csv, charts and a summary table.")
        {
            scenario,
            outOption,
            seed,
            years,
            shipments,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            string? file = parseResult.GetValue(scenario);
            var loaded = file is null ? ScenarioLoader.LoadBuiltIn() : ScenarioLoader.LoadFile(file);
            if (!loaded.Succeeded)
            {
                NetworkInput.ReportErrors(parseResult.InvocationConfiguration.Error, loaded.Errors);
                return CorridorSimCommand.UserError;
            }

            var sc = loaded.Value! with { Years = parseResult.GetValue(years) ?? loaded.Value!.Years };
            string folder = parseResult.GetValue(outOption) ?? Path.Combine("out", Path.GetFileNameWithoutExtension(file ?? ScenarioLoader.BuiltInName));
            if (CannotWrite(folder) is string reason)
            {
                // Checked before the run, so a bad --out costs no simulation time.
                parseResult.InvocationConfiguration.Error.WriteLine($"error: cannot write results to '{folder}': {reason}");
                parseResult.InvocationConfiguration.Error.WriteLine("Fix: give --out a folder you can write to (it is created if missing).");
                return CorridorSimCommand.UserError;
            }

            var clock = Stopwatch.StartNew();
            var model = new CorridorModel(sc, parseResult.GetValue(seed));
            using ShipmentLog? log = parseResult.GetValue(shipments) ? new ShipmentLog(model, Path.Combine(folder, "shipments.csv")) : null;
            model.Run();
            double seconds = clock.Elapsed.TotalSeconds;
            log?.Complete();
            int written = NetworkInput.WriteFile(parseResult, folder, () =>
            {
                RunSummaryWriter.WriteAll(model, folder);
                RunCharts.WriteAll(model, Path.Combine(folder, "charts"));
            }, string.Empty);
            if (written != CorridorSimCommand.Success)
            {
                return written;
            }

            WriteTable(output, model, folder, seconds);
            return CorridorSimCommand.Success;
        });
        return command;
    }

    /// <summary>Why results cannot be written to <paramref name="folder"/>, or null when they can: creates it and writes and removes a probe file.</summary>
    private static string? CannotWrite(string folder)
    {
        try
        {
            if (File.Exists(folder))
            {
                return "it is a file, not a folder.";
            }

            Directory.CreateDirectory(folder);
            string probe = Path.Combine(folder, $".write-test-{Environment.ProcessId}");
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return e.Message;
        }
    }

    private static T Fail<T>(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError($"{message} Not '{(result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty)}'.");
        return default!;
    }

    private static void WriteTable(TextWriter output, CorridorModel model, string folder, double seconds)
    {
        var inv = CultureInfo.InvariantCulture;
        var sc = model.Scenario;
        var categories = Enum.GetValues<TimeCategory>();

        // Every category has its own column, so a stream without (say) a gauge change leaves a dash
        // in that column rather than shifting the ones after it.
        int idWidth = Math.Max(30, sc.Streams.Select(s => s.Id.Length).DefaultIfEmpty(0).Max());
        string figures = string.Format(inv, "{0} {1,10} {2,10} {3,7} {4,7} {5,7} {6,7}  ", "stream".PadRight(idWidth), "demand TEU", "deliv. TEU", "mean d", "p50 d", "p95 d", "max d");
        output.WriteLine(string.Create(inv, $"{sc.Name}: seed {model.Seed}, {sc.Years:0.##} year(s) after {sc.WarmUpDays:0} days of warm-up; {model.Simulation.EventsExecuted:N0} events in {seconds:F2} s"));
        output.WriteLine();
        output.WriteLine(new string(' ', figures.Length) + "where the time goes (mean days)");
        output.WriteLine(figures + string.Concat(categories.Select(c => Short(c).PadLeft(CategoryWidth))));
        long total = 0;
        for (int s = 0; s < sc.Streams.Count; s++)
        {
            var stream = sc.Streams[s];
            var record = model.Destinations[stream.Destination].Stream(s);
            total += record.Teu;
            var t = record.TransitHours;
            string breakdown = string.Concat(categories.Select(c => record.MeanHoursIn(c) / 24.0).Select(days => (days >= 0.05 ? days.ToString("F1", inv) : "–").PadLeft(CategoryWidth)));
            output.WriteLine(string.Format(inv, "{0} {1,10:N0} {2,10:N0} {3,7:F1} {4,7:F1} {5,7:F1} {6,7:F1}  {7}", stream.Id.PadRight(idWidth), stream.TeuPerYear * sc.Years, record.Teu, t.Mean / 24, t.Count > 0 ? t.Quantile(0.5) / 24 : double.NaN, t.Count > 0 ? t.Quantile(0.95) / 24 : double.NaN, t.Max / 24, breakdown));
        }

        var cargo = model.Simulation.Cargo;
        output.WriteLine(string.Format(inv, "{0} {1,10:N0} {2,10:N0}", "total".PadRight(idWidth), sc.Streams.Sum(s => s.TeuPerYear) * sc.Years, total));
        output.WriteLine();
        WriteCrossings(output, model);
        output.WriteLine(string.Create(inv, $"Cargo conserved: {cargo.Generated:N0} containers generated in the measured period (incl. those in the corridor at its start) = {cargo.Delivered:N0} delivered + {cargo.InSystem:N0} in the corridor + {cargo.Rejected:N0} rejected."));
        output.WriteLine($"Results in {folder}/: summary.json, kpis.csv, timeseries.csv, scenario.resolved.json, charts/throughput.png|svg, charts/transit-times.png|svg" + (File.Exists(Path.Combine(folder, "shipments.csv")) ? ", shipments.csv" : string.Empty));
    }

    /// <summary>The CPMM border-crossing times, one line, ordinary and priority traffic apart.</summary>
    private static void WriteCrossings(TextWriter output, CorridorModel model)
    {
        var inv = CultureInfo.InvariantCulture;
        var parts = new List<string>();
        foreach (var node in CpmmIndicators.BorderNodes(model))
        {
            // Ordinary and priority traffic apart only where the border treats them differently.
            int index = model.NodeIndexOf(node.Id);
            var (ordinary, priority, all) = (model.Passages.Crossing(index, priority: false), model.Passages.Crossing(index, priority: true), model.Passages.Crossing(index));
            var times = node.PriorityDwellHours is null
                ? all.Containers == 0 ? [] : [string.Create(inv, $"{all.MeanHours:F1} h")]
                : new[] { (Label: "ordinary", Time: ordinary), (Label: "priority", Time: priority) }
                    .Where(x => x.Time.Containers > 0)
                    .Select(x => string.Create(inv, $"{x.Time.MeanHours:F1} h {x.Label}"))
                    .ToList();
            if (times.Count > 0)
            {
                parts.Add($"{node.Id} {string.Join(", ", times)}");
            }
        }

        if (parts.Count > 0)
        {
            output.WriteLine($"Border crossings (CPMM, mean time to clear): {string.Join("; ", parts)}.");
        }

        if (model.Scenario.Closures.Count > 0)
        {
            output.WriteLine("Planned closures: " + string.Join("; ", model.Scenario.Closures.Select(c => string.Create(inv, $"{c.Target} days {c.StartDay:0.##}–{c.EndDay:0.##} after the warm-up"))) + ".");
        }
    }

    private static string Short(TimeCategory category) => category switch
    {
        TimeCategory.Moving => "move",
        TimeCategory.Handling => "handle",
        TimeCategory.Border => "border",
        TimeCategory.GaugeChange => "gauge",
        TimeCategory.Consolidation => "consol",
        TimeCategory.Queueing => "queue",
        _ => "disrupt",
    };

    /// <summary>Streams one row per delivered container to a temporary file, renamed into place when the run completes.</summary>
    private sealed class ShipmentLog : IDisposable
    {
        private readonly string _path;
        private readonly string _temp;
        private readonly StreamWriter _writer;

        public ShipmentLog(CorridorModel model, string path)
        {
            _path = Path.GetFullPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            _temp = _path + ".tmp";
            _writer = new StreamWriter(_temp, false, new UTF8Encoding(false));
            _writer.WriteLine("stream,teu,createdHours,deliveredHours,transitHours," + string.Join(',', Enum.GetValues<TimeCategory>().Select(c => char.ToLowerInvariant(c.ToString()[0]) + c.ToString()[1..] + "Hours")));
            var cargo = model.Simulation.Cargo;
            var streams = model.Scenario.Streams;
            foreach (var destination in model.Destinations.Values)
            {
                double measuredFrom = model.Scenario.WarmUpDays * 24.0;
                destination.OnDelivered = (unit, now) =>
                {
                    if (now < measuredFrom)
                    {
                        // Deliveries during the warm-up are not part of the results.
                        return;
                    }

                    int tag = cargo.Tag(unit);
                    double created = cargo.CreatedAt(unit);
                    var sb = new StringBuilder();
                    sb.Append(streams[CargoTag.Stream(tag)].Id).Append(',').Append(CargoTag.Teu(tag)).Append(',')
                        .Append(created.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                        .Append(now.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                        .Append((now - created).ToString("R", CultureInfo.InvariantCulture));
                    foreach (double hours in cargo.Breakdown(unit))
                    {
                        sb.Append(',').Append(hours.ToString("R", CultureInfo.InvariantCulture));
                    }

                    _writer.WriteLine(sb.ToString());
                };
            }
        }

        public void Complete()
        {
            _writer.Dispose();
            File.Move(_temp, _path, overwrite: true);
        }

        /// <summary>Closes the file; if the run did not complete, removes the partial file so nothing half-written remains.</summary>
        public void Dispose()
        {
            _writer.Dispose();
            if (File.Exists(_temp))
            {
                File.Delete(_temp);
            }
        }
    }
}
