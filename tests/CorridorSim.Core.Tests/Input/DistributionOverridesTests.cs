using CorridorSim.Model.Network;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Input;

/// <summary>An override that gives a distribution of another kind replaces the old one whole instead of merging into it.</summary>
public sealed class DistributionOverridesTests : IDisposable
{
    private const string Streams = """ "streams": [ { "id": "a", "origin": "xian", "destination": "baku", "teuPerYear": 1000, "sources": ["S96"] } ] """;

    private readonly ScenarioFolder _scenarios = new();

    public void Dispose() => _scenarios.Dispose();

    [Fact]
    public void A_lognormal_dwell_becomes_triangular_without_nulling_its_mean_and_sd()
    {
        var scenario = _scenarios.Load($$"""
            { "name": "x", {{Streams}},
              "overrides": { "nodes": { "alat": { "dwellHours": { "dist": "triangular", "min": 10, "mode": 20, "max": 40 } } } } }
            """);

        Assert.Equal(Triangular(10, 20, 40), Describe(scenario.Network.Node("alat").DwellHours!));
    }

    [Fact]
    public void A_distribution_of_the_same_kind_still_merges_into_the_old_one()
    {
        var scenario = _scenarios.Load($$"""
            { "name": "x", {{Streams}}, "overrides": { "nodes": { "alat": { "dwellHours": { "dist": "lognormal", "sd": 5 } } } } }
            """);

        Assert.Equal("lognormal mean=12.4 sd=5", Describe(scenario.Network.Node("alat").DwellHours!));
    }

    [Fact]
    public void A_nested_distribution_is_replaced_and_the_object_around_it_still_merges()
    {
        var scenario = _scenarios.Load($$"""
            { "name": "x", {{Streams}},
              "overrides": { "seaAreas": { "black-sea": { "weather": { "durationHours": { "dist": "lognormal", "mean": 30, "sd": 10 } } } } } }
            """);

        var weather = scenario.Network.WeatherOf(scenario.Network.Link("poti-varna-ferry"))!;
        Assert.Equal("lognormal mean=30 sd=10", Describe(weather.DurationHours));
        Assert.Equal(0.5, weather.ClosuresPerMonth[0]);
    }

    [Fact]
    public void Down_a_chain_a_childs_distribution_of_another_kind_replaces_the_inherited_override()
    {
        _scenarios.Write("lognormal.json", $$"""{ "name": "p", {{Streams}}, "overrides": { "nodes": { "alat": { "dwellHours": { "dist": "lognormal", "mean": 60, "sd": 20 } } } } }""");
        _scenarios.Write("tweaked.json", $$"""{ "name": "p", {{Streams}}, "overrides": { "nodes": { "alat": { "dwellHours": { "mean": 60 } } } } }""");
        const string child = """{ "extends": "{0}", "overrides": { "nodes": { "alat": { "dwellHours": { "dist": "triangular", "min": 10, "mode": 20, "max": 40 } } } } }""";

        var overKind = _scenarios.Load(child.Replace("{0}", "lognormal.json", StringComparison.Ordinal));
        var overTweak = _scenarios.Load(child.Replace("{0}", "tweaked.json", StringComparison.Ordinal));

        Assert.Equal(Triangular(10, 20, 40), Describe(overKind.Network.Node("alat").DwellHours!));
        Assert.Equal(Triangular(10, 20, 40), Describe(overTweak.Network.Node("alat").DwellHours!));
    }

    private static string Triangular(double min, double mode, double max) =>
        FormattableString.Invariant($"triangular max={max} min={min} mode={mode}");

    private static string Describe(DistributionSpec d) =>
        $"{d.Kind} {string.Join(" ", d.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => FormattableString.Invariant($"{p.Key}={p.Value}")))}";
}
