using System.Text.Json.Nodes;
using CorridorSim.Sweeps;

namespace CorridorSim.Tests.Sweeps;

/// <summary>A factor's values: levels for a grid, and a value for each place in [0, 1].</summary>
public sealed class FactorDomainTests
{
    [Fact]
    public void A_range_with_a_step_has_its_levels_up_to_the_maximum_without_binary_noise()
    {
        var levels = FactorDomain.Range(0.1, 0.5, step: 0.1).Levels().Select(v => v!.ToJsonString());

        Assert.Equal(["0.1", "0.2", "0.3", "0.4", "0.5"], levels);
    }

    [Fact]
    public void A_list_gives_each_value_an_equal_share_of_the_unit_interval()
    {
        var domain = FactorDomain.List([JsonValue.Create("a"), JsonValue.Create("b"), JsonValue.Create("c"), JsonValue.Create("d")]);

        Assert.Equal(["\"a\"", "\"a\"", "\"b\"", "\"c\"", "\"d\"", "\"d\""], new[] { 0.0, 0.24, 0.25, 0.6, 0.75, 1.0 }.Select(u => domain.At(u)!.ToJsonString()));
    }

    [Fact]
    public void Whole_numbers_are_rounded_and_a_stepped_range_snaps_to_its_nearest_level()
    {
        Assert.Equal("3", FactorDomain.Uniform(1, 5, whole: true).At(0.5)!.ToJsonString());
        Assert.Equal("200", FactorDomain.Range(100, 400, step: 100).At(0.4)!.ToJsonString());
        Assert.Equal("1.75", FactorDomain.Uniform(1, 2).At(0.75)!.ToJsonString());
    }
}
