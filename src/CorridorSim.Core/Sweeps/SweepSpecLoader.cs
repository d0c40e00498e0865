using System.Text.Json;
using System.Text.Json.Nodes;
using CorridorSim.Input;

namespace CorridorSim.Sweeps;

/// <summary>
/// Reads a sweep file (schema: docs/schema/sweep.schema.json): every mistake — in the file, in its
/// base scenario, in a factor's pointer into that scenario, in the design — reported at once,
/// each with its file, JSON path and a fix, as the scenario loader does.
/// </summary>
public static class SweepSpecLoader
{
    private static readonly string[] DomainKeys = ["values", "range", "uniform"];

    /// <summary>The columns the results have besides the factors' and the KPIs' (component/measure).</summary>
    private static readonly string[] Reserved = ["point", "replication", "seed", "n"];

    private static readonly Dictionary<string, DesignKind> Kinds = new(StringComparer.Ordinal)
    {
        ["grid"] = DesignKind.Grid,
        ["lhs"] = DesignKind.LatinHypercube,
        ["morris"] = DesignKind.Morris,
    };

    /// <summary>Loads the sweep file at <paramref name="path"/>; its <c>base</c> is relative to the file's folder, the built-in baseline when absent.</summary>
    public static LoadResult<SweepSpec> LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var errors = new List<InputError>();
        var file = InputFile.Read(path, path, errors);
        if (file.Document is null)
        {
            return new LoadResult<SweepSpec>(null, errors);
        }

        var root = JsonObjectReader.ForObject(file.Document.RootElement, "$", file);
        if (root is null)
        {
            return new LoadResult<SweepSpec>(null, errors);
        }

        string? name = root.String("name", required: true);
        string? description = root.String("description");
        string? basePath = root.String("base");
        double? years = root.Number("years", min: 0, max: 1000, exclusiveMin: true, unit: "years");
        int replications = root.Integer("replications", min: 1) ?? 3;
        var design = Design(root.Object("design", required: true));
        var read = Factors(root, file);
        var factors = read?.Select(r => r.Factor).ToList();
        root.ReportUnknownProperties();

        var scenario = SpecBase.Load(path, basePath, years, file, errors);
        if (scenario is not null && factors is not null)
        {
            // Checked whenever the base loads, so that a wrong pointer is reported with the rest.
            var resolved = SweepScenario.Resolve(scenario);
            foreach (var (f, message) in SweepScenario.Check(scenario, resolved, factors))
            {
                file.Error($"$.factors[{read![f].At}].pointer", message, "point at a value of the resolved scenario (ids as keys for streams), or at an override of a node, link, sea area or rolling-stock pool the network has, e.g. \"/overrides/links/<link id>/fleet\".");
            }
        }

        if (scenario is null || name is null || design is null || factors is null || errors.Count > 0)
        {
            return new LoadResult<SweepSpec>(null, errors);
        }

        var spec = new SweepSpec(name, scenario, factors, design, replications) { Description = description };
        try
        {
            _ = spec.Points();
        }
        catch (ArgumentException e)
        {
            file.Error("$.design", e.Message, "change the design or the factors as the message says.");
        }

        return errors.Count > 0 ? new LoadResult<SweepSpec>(null, errors) : new LoadResult<SweepSpec>(spec, errors);
    }

    private static SweepDesign? Design(JsonObjectReader? design)
    {
        if (design is null)
        {
            return null;
        }

        var kind = design.Enum("kind", Kinds, required: true);
        var defaults = new SweepDesign(DesignKind.Grid);
        var result = kind is DesignKind k
            ? new SweepDesign(
                k,
                Points: design.Integer("points", min: 2) ?? defaults.Points,
                Trajectories: design.Integer("trajectories", min: 1) ?? defaults.Trajectories,
                Levels: design.Integer("levels", min: 2) ?? defaults.Levels,
                Candidates: design.Integer("candidates", min: 1) ?? defaults.Candidates,
                Seed: (ulong)(design.Integer("seed", min: 0) ?? 1))
            : null;
        design.ReportUnknownProperties();
        return result;
    }

    /// <summary>The factors that read without a mistake, each with its place in the file's list.</summary>
    private static List<(SweepFactor Factor, int At)>? Factors(JsonObjectReader root, InputFile file)
    {
        if (root.Array("factors", required: true) is not JsonElement array)
        {
            return null;
        }

        if (array.GetArrayLength() == 0)
        {
            file.Error("$.factors", "a sweep needs at least one factor.", "add a factor, e.g. { \"name\": \"fleet\", \"pointer\": \"/overrides/links/<link id>/fleet\", \"values\": [4, 6, 8] }.");
            return null;
        }

        var factors = new List<(SweepFactor, int)>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        int i = -1;
        foreach (var element in array.EnumerateArray())
        {
            string path = $"$.factors[{++i}]";
            var f = JsonObjectReader.ForObject(element, path, file);
            if (f is null)
            {
                continue;
            }

            string? name = f.String("name", required: true);
            string? target = f.String("pointer", required: true);
            bool whole = f.Bool("whole") ?? false;
            var domain = Domain(f, whole);
            f.ReportUnknownProperties();
            if (name is not null && !names.Add(name))
            {
                file.Error($"{path}.name", $"two factors are named \"{name}\".", "give each factor a name of its own: it heads a column of the results.");
            }
            else if (name is not null && (Reserved.Contains(name, StringComparer.Ordinal) || name.Contains('/', StringComparison.Ordinal)))
            {
                file.Error($"{path}.name", $"\"{name}\" would head the same column of the results as {(name.Contains('/', StringComparison.Ordinal) ? "a KPI (component/measure)" : $"the sweep's own \"{name}\"")}.", $"give the factor another name, without '/' and none of {string.Join(", ", Reserved)}, e.g. \"{name.Replace('/', '-')}Value\".");
            }

            if (target is not null && !(target.Length > 0 && target[0] == '/'))
            {
                file.Error($"{path}.pointer", $"\"{target}\" is not a JSON Pointer.", "start it with '/', e.g. \"/streams/<stream id>/teuPerYear\" (RFC 6901: '~1' for '/' and '~0' for '~' in a key).");
            }
            else if (name is not null && target is not null && domain is not null)
            {
                factors.Add((new SweepFactor(name, target, domain), i));
            }
        }

        return factors;
    }

    private static FactorDomain? Domain(JsonObjectReader f, bool whole)
    {
        var given = DomainKeys.Where(f.Has).ToList();
        if (given.Count != 1)
        {
            f.File.Error(f.Path, given.Count == 0 ? "a factor needs its values." : $"a factor gives its values one way, not by {string.Join(" and ", given)}.", "give one of \"values\": [4, 6, 8], \"range\": { \"from\": 1000, \"to\": 3000, \"step\": 500 } or \"uniform\": { \"min\": 0.5, \"max\": 2 }.");
            return null;
        }

        switch (given[0])
        {
            case "values":
                var array = f.Array("values");
                if (array is not JsonElement list || list.GetArrayLength() == 0)
                {
                    f.File.Error(f.PathOf("values"), "the list of values is empty.", "give at least one value, e.g. [4, 6, 8].");
                    return null;
                }

                return FactorDomain.List([.. list.EnumerateArray().Select(v => JsonNode.Parse(v.GetRawText()))]);
            case "range":
                var range = f.Object("range");
                double? from = range?.Number("from", required: true);
                double? to = range?.Number("to", required: true);
                double? step = range?.Number("step", min: 0, exclusiveMin: true);
                range?.ReportUnknownProperties();
                return Bounded(f, "range", from, to, (a, b) => FactorDomain.Range(a, b, step, whole));
            default:
                var uniform = f.Object("uniform");
                double? min = uniform?.Number("min", required: true);
                double? max = uniform?.Number("max", required: true);
                uniform?.ReportUnknownProperties();
                return Bounded(f, "uniform", min, max, (a, b) => FactorDomain.Uniform(a, b, whole));
        }
    }

    private static FactorDomain? Bounded(JsonObjectReader f, string what, double? low, double? high, Func<double, double, FactorDomain> make)
    {
        if (low is not double a || high is not double b)
        {
            return null;
        }

        if (b < a)
        {
            f.File.Error(f.PathOf(what), $"runs from {a} down to {b}.", "give the lower bound first.");
            return null;
        }

        return make(a, b);
    }
}
