using System.Globalization;
using CorridorSim.Randomness.Distributions;

namespace CorridorSim.Model.Network;

/// <summary>
/// A distribution as written in a data file: a kind ("fixed", "exponential", "uniform",
/// "triangular", "normal", "lognormal", "gamma", "erlang", "empirical") and its parameters.
/// Immutable; <see cref="Create"/> builds the sampler.
/// </summary>
/// <param name="Kind">The distribution family, lower case.</param>
/// <param name="Parameters">Named parameters: value, mean, sd, min, mode, max, k.</param>
/// <param name="Values">Values of an empirical distribution.</param>
/// <param name="Weights">Weights of an empirical distribution (equal when empty).</param>
public sealed record DistributionSpec(
    string Kind,
    IReadOnlyDictionary<string, double> Parameters,
    IReadOnlyList<double> Values,
    IReadOnlyList<double> Weights)
{
    /// <summary>The distribution families a data file may name.</summary>
    public static IReadOnlyList<string> Kinds { get; } =
        ["fixed", "exponential", "uniform", "triangular", "normal", "lognormal", "gamma", "erlang", "empirical"];

    /// <summary>A fixed value.</summary>
    public static DistributionSpec Fixed(double value) =>
        new("fixed", new Dictionary<string, double> { ["value"] = value }, [], []);

    /// <summary>The parameters each family requires.</summary>
    public static IReadOnlyList<string> RequiredParameters(string kind) => kind switch
    {
        "fixed" => ["value"],
        "exponential" => ["mean"],
        "uniform" => ["min", "max"],
        "triangular" => ["min", "mode", "max"],
        "normal" or "lognormal" or "gamma" => ["mean", "sd"],
        "erlang" => ["k", "mean"],
        _ => [],
    };

    /// <summary>The expected value.</summary>
    public double Mean => Create().Mean;

    /// <summary>Builds the sampler. Parameters must already have been validated.</summary>
    public Distribution Create()
    {
        double P(string name) => Parameters[name];
        return Kind switch
        {
            "fixed" => new Deterministic(P("value")),
            "exponential" => Exponential.WithMean(P("mean")),
            "uniform" => new Uniform(P("min"), P("max")),
            "triangular" => new Triangular(P("min"), P("mode"), P("max")),
            "normal" => new TruncatedNormal(P("mean"), P("sd")),
            "lognormal" => LogNormal.FromMeanAndStandardDeviation(P("mean"), P("sd")),
            "gamma" => new Gamma(P("mean") * P("mean") / (P("sd") * P("sd")), P("mean") / (P("sd") * P("sd"))),
            "erlang" => Gamma.Erlang((int)P("k"), P("k") / P("mean")),
            "empirical" => new Empirical(Values, Weights.Count == 0 ? null : Weights),
            _ => throw new InvalidOperationException($"Unknown distribution kind '{Kind}'."),
        };
    }

    /// <inheritdoc />
    public override string ToString() =>
        Kind == "fixed"
            ? Parameters["value"].ToString(CultureInfo.InvariantCulture)
            : $"{Kind}({string.Join(", ", Parameters.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={p.Value}")))})";
}
