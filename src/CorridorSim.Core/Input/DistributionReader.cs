using System.Globalization;
using System.Text.Json;
using CorridorSim.Model.Network;

namespace CorridorSim.Input;

/// <summary>Reads a duration written as a number or as a distribution object, checking its parameters.</summary>
internal static class DistributionReader
{
    private static readonly string[] AllParameters = ["value", "mean", "sd", "min", "mode", "max", "k"];

    public static DistributionSpec? Read(JsonElement value, string path, InputFile file)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            double fixedValue = value.GetDouble();
            if (fixedValue < 0)
            {
                file.Error(path, string.Create(CultureInfo.InvariantCulture, $"{fixedValue} is out of range: a duration must be at least 0."), "give the hours as 0 or more.");
                return null;
            }

            return DistributionSpec.Fixed(fixedValue);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            bool quotedNumber = value.ValueKind == JsonValueKind.String && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out _);
            file.Error(
                path,
                $"expected a number of hours or a distribution {{ \"dist\": … }} but found {JsonObjectReader.Describe(value)}.",
                quotedNumber
                    ? $"remove the quotes: {value.GetString()}."
                    : "give the hours as a number (e.g. 12.5), or a distribution such as { \"dist\": \"triangular\", \"min\": 10, \"mode\": 12, \"max\": 20 }.");
            return null;
        }

        var reader = JsonObjectReader.ForObject(value, path, file)!;
        int errorsBefore = file.Errors.Count;
        string? kind = reader.String("dist", required: true);
        var parameters = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (string name in AllParameters)
        {
            if (reader.Number(name) is double d)
            {
                parameters[name] = d;
            }
        }

        var values = reader.NumberList("values") ?? [];
        var weights = reader.NumberList("weights", min: 0.0) ?? [];
        reader.ReportUnknownProperties();
        if (kind is null)
        {
            return null;
        }

        if (!DistributionSpec.Kinds.Contains(kind))
        {
            file.Error(reader.PathOf("dist"), $"unknown distribution \"{kind}\".", DidYouMean.Hint(kind, DistributionSpec.Kinds.ToList(), "distributions"));
            return null;
        }

        foreach (string name in DistributionSpec.RequiredParameters(kind).Where(n => !parameters.ContainsKey(n)))
        {
            file.Error(path, $"a {kind} distribution needs \"{name}\".", $"add \"{name}\": …; a {kind} takes {string.Join(", ", DistributionSpec.RequiredParameters(kind))}.");
        }

        foreach (string name in parameters.Keys.Where(n => !DistributionSpec.RequiredParameters(kind).Contains(n)))
        {
            file.Error(reader.PathOf(name), $"a {kind} distribution takes no \"{name}\".", $"remove it; a {kind} takes {string.Join(", ", DistributionSpec.RequiredParameters(kind))}.");
        }

        if (file.Errors.Count > errorsBefore)
        {
            return null;
        }

        string? problem = Problem(kind, parameters, values, weights);
        if (problem is not null)
        {
            file.Error(path, problem, FixFor(kind, parameters, weights));
            return null;
        }

        return new DistributionSpec(kind, parameters, values, weights);
    }

    private static string FixFor(string kind, Dictionary<string, double> p, IReadOnlyList<double> weights) => kind switch
    {
        "normal" when p["sd"] >= 0 && p["mean"] < 2.0 * p["sd"] =>
            "raise the mean or lower the sd, or write {\"dist\": \"lognormal\"} or {\"dist\": \"gamma\"} with the same mean and sd: they are never below zero.",
        "empirical" when weights.Count > 0 && weights.All(w => w == 0) =>
            "give at least one value a weight above 0, or leave out \"weights\" to weigh every value alike.",
        _ => "change the parameters to meet this (the distribution forms are under \"hours\" in docs/schema/network.schema.json).",
    };

    private static string? Problem(string kind, Dictionary<string, double> p, IReadOnlyList<double> values, IReadOnlyList<double> weights)
    {
        switch (kind)
        {
            case "fixed" when p["value"] < 0:
                return "a duration must be at least 0.";
            case "exponential" or "erlang" when p["mean"] <= 0:
                return $"a{(kind == "exponential" ? "n" : string.Empty)} {kind} needs a mean greater than 0.";
            case "erlang" when p["k"] < 1 || p["k"] != Math.Floor(p["k"]):
                return "an erlang needs a whole number of phases k ≥ 1.";
            case "uniform" when !(0 <= p["min"] && p["min"] <= p["max"]):
                return "a uniform needs 0 ≤ min ≤ max.";
            case "triangular" when !(0 <= p["min"] && p["min"] <= p["mode"] && p["mode"] <= p["max"] && p["min"] < p["max"]):
                return "a triangular needs 0 ≤ min ≤ mode ≤ max with min < max.";
            case "normal" or "lognormal" or "gamma" when p["sd"] < 0:
                return $"a {kind} needs sd ≥ 0.";
            case "normal" when p["mean"] < 2.0 * p["sd"]:
                // Draws below zero are drawn again; beyond 2.3 % of them the truncation would shift the mean noticeably.
                return string.Create(CultureInfo.InvariantCulture, $"a normal duration needs a mean of at least 2 × sd ({2.0 * p["sd"]}), so that it is rarely below zero; it has {p["mean"]}.");
            case "lognormal" or "gamma" when p["mean"] <= 0:
                return $"a {kind} needs a mean greater than 0.";
            case "gamma" when p["sd"] == 0:
                return "a gamma needs sd > 0; for a constant write a number instead.";
            case "empirical" when values.Count == 0:
                return "an empirical distribution needs \"values\": [ … ].";
            case "empirical" when weights.Count > 0 && weights.Count != values.Count:
                return $"an empirical distribution needs one weight per value ({values.Count}), or none.";
            case "empirical" when values.Any(v => v < 0):
                return "durations must be at least 0.";
            case "empirical" when weights.Count > 0 && weights.All(w => w == 0):
                return "an empirical distribution needs at least one weight above 0.";
            default:
                return null;
        }
    }
}
