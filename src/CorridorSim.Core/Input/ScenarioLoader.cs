using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CorridorSim.Model.Network;
using CorridorSim.Scenarios;

namespace CorridorSim.Input;

/// <summary>
/// Loads a scenario (JSON, comments allowed; format in <c>docs/schema/scenario.schema.json</c>),
/// merged over the scenario it <c>extends</c> if any: its network (built in unless it names a
/// file) with the scenario's overrides applied, and its demand streams, checked against the
/// network. Returns every problem at once, each in the file that holds it; never throws for bad
/// input.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Name of the scenario built into the program.</summary>
    public const string BuiltInName = "scenarios/baseline-2024.json";

    private static readonly JsonSerializerOptions ResolvedJson = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Loads the scenario file at <paramref name="path"/>, with any scenario it extends.</summary>
    public static LoadResult<Scenario> LoadFile(string path) => LoadFile(path, years: null);

    /// <summary>
    /// Loads the scenario file at <paramref name="path"/>, with any scenario it extends, to run for
    /// <paramref name="years"/> (the file's <c>years</c> when null): what the file holds is checked
    /// against that run length, e.g. that every closure starts within it.
    /// </summary>
    public static LoadResult<Scenario> LoadFile(string path, double? years)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return new LoadResult<Scenario>(null, [new InputError(path, "$", InputFile.NotAFile(path), "check the path; relative paths start from the current folder." + NearestFile(path))]);
        }

        return Load(ScenarioSource.FromFile(path), years);
    }

    /// <summary>Loads the built-in baseline scenario.</summary>
    public static LoadResult<Scenario> LoadBuiltIn() => LoadBuiltIn("baseline-2024.json");

    /// <summary>Loads a scenario built into the program, by file name (e.g. "growth-2030.json").</summary>
    public static LoadResult<Scenario> LoadBuiltIn(string fileName) => LoadBuiltIn(fileName, years: null);

    /// <summary>Loads a scenario built into the program, by file name, to run for <paramref name="years"/> (its own when null).</summary>
    public static LoadResult<Scenario> LoadBuiltIn(string fileName, double? years) =>
        ScenarioSource.BuiltIn(fileName) is ScenarioSource source
            ? Load(source, years)
            : new LoadResult<Scenario>(null, [new InputError($"scenarios/{fileName}", "$", "no such built-in scenario.", $"built in are: {string.Join(", ", ScenarioSource.BuiltInNames)}.")]);

    /// <summary>Loads a scenario from text; "network" and "extends" paths are resolved against <paramref name="folder"/>.</summary>
    public static LoadResult<Scenario> LoadFromText(string name, string text, string folder = ".") =>
        Load(ScenarioSource.FromText(name, text, folder));

    private static LoadResult<Scenario> Load(ScenarioSource source, double? years = null)
    {
        if (years is double y && !(y > 0 && y <= 1000))
        {
            throw new ArgumentOutOfRangeException(nameof(years), years, "A run lasts more than 0 and at most 1000 years.");
        }

        var errors = new List<InputError>();
        var chain = new List<string>();
        var scenario = Read(source, errors, chain, years);
        return errors.Count == 0 ? new LoadResult<Scenario>(scenario, errors) : new LoadResult<Scenario>(null, InFileOrder(errors, chain));
    }

    /// <summary>
    /// The problems file by file, each file's from the top down: first the scenario named, then the
    /// ones it extends, nearest first, then any other file (the network) in the order met.
    /// </summary>
    private static List<InputError> InFileOrder(List<InputError> errors, List<string> chain)
    {
        var files = chain.Concat(errors.Select(e => e.File)).Distinct().ToList();
        return [.. errors.OrderBy(e => files.IndexOf(e.File)).ThenBy(e => e.Line ?? 0)];
    }

    /// <summary>The scenario, or null when there are errors; fills <paramref name="chain"/> with the files of the scenario and those it extends.</summary>
    private static Scenario? Read(ScenarioSource source, List<InputError> errors, List<string> chain, double? runYears)
    {
        if (ScenarioChain.Resolve(source, errors, chain) is not (InputFile file, JsonObject json) || JsonObjectReader.ForObject(file.Document!.RootElement, "$", file) is not JsonObjectReader r)
        {
            return null;
        }

        string? name = r.String("name", required: true);
        string? description = r.String("description");
        string? networkPath = r.String("network");
        double seed = r.Number("seed", min: 0, max: 9.007199254740992E15) ?? 1;
        if (seed != Math.Floor(seed))
        {
            r.File.Error(r.PathOf("seed"), string.Create(CultureInfo.InvariantCulture, $"a seed is a whole number, not {seed}."), "write a whole number from 0 up, e.g. 2024.");
        }

        // At most 1,000 years, as --years: a run of more is a typo, not an experiment, and would not end.
        double years = r.Number("years", min: 0, max: 1000, exclusiveMin: true, unit: "years") ?? 1.0;
        var runLength = new RunLength(runYears ?? years, runYears is not null);
        double warmUp = r.Number("warmUpDays", min: 0, unit: "days") ?? 60.0;
        var (overrides, streamOverrides) = ReadOverrides(r, source.DisplayName);
        var streams = DemandStreamReader.Read(r, streamOverrides, "$.overrides.streams", inherited: chain.Count > 1);
        var closures = ReadClosures(r);
        r.String("notes");

        // Resolved by the chain already; named here so that a misspelling of them gets a suggestion.
        r.Has("extends");
        r.Has("demandScale");
        r.ReportUnknownProperties();

        // Go on to the network even after mistakes above, so that every problem is reported at once.
        // The chain has made a network path absolute.
        var network = networkPath is null ? NetworkLoader.LoadBuiltIn(overrides) : NetworkLoader.LoadFile(networkPath, overrides);

        // The network as written, before the overrides: what they are checked against.
        var published = overrides == NetworkOverrides.None ? null : networkPath is null ? NetworkLoader.LoadBuiltIn() : NetworkLoader.LoadFile(networkPath);
        if (!network.Succeeded)
        {
            errors.AddRange(network.Errors);

            // A mistake in an override should not hide mistakes in the streams or closures: check
            // their ids against the network as published (overrides change values, not ids).
            if (published is { Succeeded: true, Value: { } unpatched })
            {
                DemandStreamReader.Check(unpatched, streams);
                CheckClosures(file, unpatched, closures, runLength);
            }

            return null;
        }

        DemandStreamReader.Check(network.Value!, streams);
        CheckClosures(file, network.Value!, closures, runLength);
        CheckVolume(streams, runLength.Years + (warmUp / 365.0));
        if (errors.Count > 0)
        {
            return null;
        }

        return new Scenario(name!, network.Value!, streams.ConvertAll(s => s.Stream))
        {
            InputWarnings =
            [
                .. published?.Value is { } asWritten ? [.. published.Warnings, .. OverrideWarnings(file, asWritten, network.Value!)] : network.Warnings,
                .. PlausibilityCheck.OfDemand(file, file.Document!.RootElement.TryGetProperty("streams", out var written) ? written : null, streamOverrides),
                .. DemandScaleWarnings(source),
            ],
            Description = description,
            File = source.DisplayName,
            Seed = (ulong)seed,
            Years = runLength.Years,
            WarmUpDays = warmUp,
            Closures = closures.ConvertAll(c => c.Closure),
            SourceText = json.ToJsonString(ResolvedJson),
        };
    }

    /// <summary>" Did you mean …?" naming the scenario file beside <paramref name="path"/> whose name is nearest, when one is near; empty otherwise.</summary>
    private static string NearestFile(string path)
    {
        string folder = Path.GetDirectoryName(path) is { Length: > 0 } d ? d : ".";
        if (Directory.Exists(path) || !Directory.Exists(folder))
        {
            return string.Empty;
        }

        var names = Directory.EnumerateFiles(folder, "*.json").Select(Path.GetFileName).OfType<string>().ToList();
        return DidYouMean.Suggest(Path.GetFileName(path), names) is string near ? $" Did you mean \"{Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, near)}\"?" : string.Empty;
    }

    /// <summary>The overrides' values probably in the wrong unit: against the figures they replace, then against what freight transport can do (one warning per value).</summary>
    private static List<InputError> OverrideWarnings(InputFile file, TransportNetwork published, TransportNetwork run)
    {
        var warnings = PlausibilityCheck.Of(file, published, run);
        warnings.AddRange(NetworkPlausibility.OfOverrides(file, published, run).Where(w => !warnings.Any(v => v.JsonPath == w.JsonPath)));
        return warnings;
    }

    /// <summary>The warning about the scale the scenario file itself gives its inherited streams (the chain has checked that it is valid), if it looks like a percentage.</summary>
    private static List<InputError> DemandScaleWarnings(ScenarioSource source)
    {
        var own = InputFile.Parse(source.DisplayName, source.Bytes, []);
        return own.Document?.RootElement is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("demandScale", out var scale) && scale.ValueKind == JsonValueKind.Number
            ? PlausibilityCheck.OfDemandScale(own, scale.GetDouble())
            : [];
    }

    /// <summary>The overrides of network elements, and those of streams, by id (null: remove the stream).</summary>
    private static (NetworkOverrides Network, Dictionary<string, JsonObject?> Streams) ReadOverrides(JsonObjectReader r, string displayName)
    {
        if (r.Object("overrides") is not JsonObjectReader o)
        {
            return (NetworkOverrides.None, new Dictionary<string, JsonObject?>());
        }

        Dictionary<string, JsonObject?> Patches(string kind)
        {
            var result = new Dictionary<string, JsonObject?>(StringComparer.Ordinal);
            if (o.Object(kind) is JsonObjectReader set)
            {
                foreach (var property in set.Properties())
                {
                    if (property.Value.ValueKind == JsonValueKind.Object)
                    {
                        result[property.Name] = JsonNode.Parse(property.Value.GetRawText())!.AsObject();
                    }
                    else if (property.Value.ValueKind == JsonValueKind.Null && kind == "streams")
                    {
                        result[property.Name] = null;
                    }
                    else
                    {
                        o.File.Error($"{set.Path}.{property.Name}", "an override must be an object of the properties to change.", kind == "streams" ? "write e.g. { \"priority\": false }, or null to remove the stream." : "write e.g. { \"servers\": 8 }.");
                    }
                }
            }

            return result;
        }

        var nodes = Patches("nodes");
        var links = Patches("links");
        var seaAreas = Patches("seaAreas");
        var pools = Patches("rollingStock");
        var streams = Patches("streams");
        o.ReportUnknownProperties();
        return (new NetworkOverrides(nodes.ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal), links.ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal), displayName, o.Path)
        {
            SeaAreas = seaAreas.ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal),
            Source = o.File,
            RollingStock = pools.ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal),
        }, streams);
    }

    /// <summary>Each closure written, with the JSON path of its entry.</summary>
    private static List<(PlannedClosure Closure, string Path)> ReadClosures(JsonObjectReader r)
    {
        var closures = new List<(PlannedClosure, string)>();
        if (r.Array("closures") is not JsonElement array)
        {
            return closures;
        }

        int i = 0;
        foreach (var element in array.EnumerateArray())
        {
            string path = $"$.closures[{i++}]";
            if (JsonObjectReader.ForObject(element, path, r.File) is not JsonObjectReader c)
            {
                continue;
            }

            string? target = c.String("target", required: true);
            double? start = c.Number("startDay", required: true, min: 0, unit: "days after the warm-up");
            double? end = c.Number("endDay", required: true, min: 0, unit: "days after the warm-up");
            string? notes = c.String("notes");
            c.ReportUnknownProperties();
            if (start is double s && end is double e && !(e > s))
            {
                c.File.Error(c.PathOf("endDay"), "a closure must end after it starts.", "make endDay greater than startDay.");
            }
            else if (target is not null && start is not null && end is not null)
            {
                closures.Add((new PlannedClosure(target, start.Value, end.Value) { Notes = notes }, path));
            }
        }

        return closures;
    }

    private static void CheckClosures(InputFile file, TransportNetwork network, List<(PlannedClosure Closure, string Path)> closures, RunLength run)
    {
        double runDays = run.Years * 365;
        for (int i = 0; i < closures.Count; i++)
        {
            var (closure, path) = closures[i];
            if (closure.StartDay >= runDays)
            {
                var error = file.ErrorAt(
                    $"{path}.startDay",
                    string.Create(CultureInfo.InvariantCulture, $"the closure starts on day {closure.StartDay:0.##}, after the measured run ends (day {runDays:0.##}, {run.Years:0.##} year(s) {(run.FromCommandLine ? "as the run's length is set for this run" : "as \"years\" sets it")}); it would change nothing."),
                    run.FromCommandLine
                        ? "run longer, or count startDay in days from the end of the warm-up."
                        : "count startDay in days from the end of the warm-up, or lengthen \"years\".");
                file.Errors.Add(run.FromCommandLine ? error with { RunSetting = "years" } : error);
            }

            string target = closure.Target;
            if (!network.HasNode(target) && !network.HasLink(target))
            {
                file.Error($"{path}.target", $"unknown node or link \"{target}\".", DidYouMean.Hint(target, [.. network.Nodes.Select(n => n.Id), .. network.Links.Select(l => l.Id)], "node or link ids"));
            }

            // One window per target at a time: two that overlap are a closure given twice, as when a scenario repeats one it inherits.
            for (int j = 0; j < i; j++)
            {
                var (earlier, earlierPath) = closures[j];
                if (earlier.Target == target && earlier.StartDay < closure.EndDay && closure.StartDay < earlier.EndDay)
                {
                    var at = file.ErrorAt(earlierPath, string.Empty);
                    string where = at.Line is int line ? string.Create(CultureInfo.InvariantCulture, $"{at.File}:{line}") : at.File;
                    file.Error(
                        path,
                        string.Create(CultureInfo.InvariantCulture, $"\"{target}\" is closed from day {closure.StartDay:0.##} to {closure.EndDay:0.##}, which overlaps its closure from day {earlier.StartDay:0.##} to {earlier.EndDay:0.##} ({where}, {at.JsonPath})."),
                        string.Create(CultureInfo.InvariantCulture, $"give one closure from day {Math.Min(earlier.StartDay, closure.StartDay):0.##} to {Math.Max(earlier.EndDay, closure.EndDay):0.##}, or remove this one if it repeats a closure the scenario inherits."));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Refuses up front a demand no run could get through: more than <see cref="MaxContainersPerRun"/>
    /// containers in one replication (warm-up included), reported at the largest stream.
    /// </summary>
    private static void CheckVolume(List<(DemandStream Stream, string Path, InputFile File)> streams, double years)
    {
        double containers = streams.Sum(s => s.Stream.ContainersPerYear) * years;
        if (!(containers > MaxContainersPerRun))
        {
            return;
        }

        var (largest, path, file) = streams.MaxBy(s => s.Stream.ContainersPerYear);
        file.Error(
            $"{path}.teuPerYear",
            string.Create(CultureInfo.InvariantCulture, $"the streams would send {containers:0.###e+0} containers in one run ({years:0.##} years with the warm-up; this stream {largest.TeuPerYear:0.###e+0} TEU a year), more than the {MaxContainersPerRun:N0} a run can simulate in reasonable time."),
            "check that teuPerYear is TEU a year (not a day, nor thousands), or run fewer years: the 2024 baseline sends 55,000 TEU a year, growth-2030 about 500,000.");
    }

    /// <summary>Containers one replication may generate, warm-up included: at about 1.5 µs each on a laptop core, some minutes of simulation — 250 years of the 2030 targets.</summary>
    public const double MaxContainersPerRun = 100_000_000;

    /// <summary>How long the scenario will run, and whether the command line set it rather than the file.</summary>
    private readonly record struct RunLength(double Years, bool FromCommandLine);
}
