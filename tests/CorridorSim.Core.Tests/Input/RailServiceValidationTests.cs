using CorridorSim.Input;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Input;

/// <summary>What rail links need to run trains, and the rolling-stock pools they name, checked with a fix for each problem.</summary>
public sealed class RailServiceValidationTests
{
    [Fact]
    public void The_test_network_with_its_pool_and_reverse_dwell_loads()
    {
        var network = RailNetwork.Load().ValueOrThrow();

        var pool = network.Pool("ktz-containers");
        Assert.Equal((1520, 1, 10, 2, 20), (pool.GaugeMm, pool.TrainSets, pool.Platforms, pool.TeuPerPlatform, pool.TeuCapacity));
        Assert.Equal(["KZ"], pool.Countries);
        Assert.Equal(50.0, network.Node("port").ReverseDwellHours!.Mean);
    }

    [Fact]
    public void A_train_capacity_without_a_longest_wait_or_a_timetable_is_refused_with_the_fix()
    {
        var error = Single(RailNetwork.With("\"trainCapacityTeu\": 20, \"maxWaitHours\": 24, \"sources\": [\"S01\"] },\n    { \"id\": \"port-west\"", "\"trainCapacityTeu\": 20, \"sources\": [\"S01\"] },\n    { \"id\": \"port-west\""));

        Assert.Equal("rail.json", error.File);
        Assert.Equal("$.links[0].trainCapacityTeu", error.JsonPath);
        Assert.Contains("neither a longest wait nor a timetable", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"maxWaitHours\"", error.Fix, StringComparison.Ordinal);
        Assert.Contains("remove \"trainCapacityTeu\"", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_slots_on_a_rail_link_without_trains_are_refused()
    {
        var error = Single(RailNetwork.With("\"speedKmh\": 40, \"sources\"", "\"speedKmh\": 40, \"trainsPerDay\": 4, \"sources\""));

        Assert.Equal("$.links[3].trainsPerDay", error.JsonPath);
        Assert.Contains("trainCapacityTeu", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_naming_an_unknown_pool_gets_the_nearest_pool_id()
    {
        var error = Single(RailNetwork.With("\"maxWaitHours\": 24, \"trainsPerDay\": 2,", "\"maxWaitHours\": 24, \"trainsPerDay\": 2, \"rollingStock\": \"ktz-container\","));

        Assert.Equal("rail.json", error.File);
        Assert.Equal("$.links[2].rollingStock", error.JsonPath);
        Assert.Equal("unknown rolling-stock pool \"ktz-container\".", error.Message);
        Assert.Equal("did you mean \"ktz-containers\"?", error.Fix);
        Assert.True(error.Line > 0);
    }

    [Fact]
    public void A_pool_used_outside_its_gauge_area_is_refused()
    {
        var error = Single(RailNetwork.With("\"speedKmh\": 40, \"sources\"", "\"speedKmh\": 40, \"trainCapacityTeu\": 20, \"maxWaitHours\": 24, \"rollingStock\": \"ktz-containers\", \"sources\""));

        Assert.Equal("$.links[3].rollingStock", error.JsonPath);
        Assert.Contains("\"abroad\" (GE)", error.Message, StringComparison.Ordinal);
        Assert.Contains("1520 mm area", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pool_that_cannot_make_up_a_full_train_is_refused()
    {
        var error = Single(RailNetwork.With("\"count\": 10,", "\"count\": 9,")
            .Replace("\"maxWaitHours\": 24, \"trainsPerDay\": 2,", "\"maxWaitHours\": 24, \"trainsPerDay\": 2, \"rollingStock\": \"ktz-containers\",", StringComparison.Ordinal));

        Assert.Equal("$.links[2].rollingStock", error.JsonPath);
        Assert.Contains("needs 10 platforms, but pool \"ktz-containers\" has 9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rolling_stock_on_a_link_without_trains_is_refused()
    {
        var error = Single(RailNetwork.With("\"speedKmh\": 40, \"sources\"", "\"speedKmh\": 40, \"rollingStock\": \"ktz-containers\", \"sources\""));

        Assert.Equal("$.links[3].rollingStock", error.JsonPath);
        Assert.Contains("runs no trains", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pool_id_used_twice_and_a_mistyped_pool_property_are_reported()
    {
        string pool = "{ \"id\": \"ktz-containers\", \"name\": \"KZ stock\", \"operator\": \"KTZ\", \"gaugeMm\": 1520, \"countries\": [\"KZ\"], \"trainSets\": 1,";
        var errors = RailNetwork.Load(RailNetwork.With(pool, $"{pool} \"platforms\": {{ \"count\": 10, \"teuPerPlatform\": 2 }}, \"sources\": [\"S01\"] }},\n{pool} \"trainset\": 2,")).Errors;

        Assert.Contains(errors, e => e.JsonPath == "$.rollingStock[1].id" && e.Message.Contains("used twice", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.JsonPath == "$.rollingStock[1].trainset" && e.Fix == "did you mean \"trainSets\"?");
    }

    [Fact]
    public void A_scenario_overrides_a_pool_by_id_and_an_unknown_pool_gets_the_nearest_id()
    {
        using var folder = new ScenarioFolder();
        folder.Write("rail.json", RailNetwork.Text);
        const string Streams = "\"streams\": [ { \"id\": \"s\", \"origin\": \"north\", \"destination\": \"south\", \"teuPerYear\": 1000, \"sources\": [\"S01\"] } ]";

        var scenario = folder.Load($$"""{ "name": "short of engines", "network": "rail.json", {{Streams}}, "overrides": { "rollingStock": { "ktz-containers": { "trainSets": 5, "platforms": { "count": 50 } } } } }""");
        var errors = folder.Errors($$"""{ "name": "typo", "network": "rail.json", {{Streams}}, "overrides": { "rollingStock": { "ktz-container": { "trainSets": 5 } } } }""");

        Assert.Equal((5, 50, 2), (scenario.Network.Pool("ktz-containers").TrainSets, scenario.Network.Pool("ktz-containers").Platforms, scenario.Network.Pool("ktz-containers").TeuPerPlatform));
        var error = Assert.Single(errors);
        Assert.Equal("$.overrides.rollingStock.ktz-container", error.JsonPath);
        Assert.Equal("did you mean \"ktz-containers\"?", error.Fix);
    }

    private static InputError Single(string text)
    {
        var errors = RailNetwork.Load(text).Errors;
        Assert.True(errors.Count == 1, $"expected one error, got {errors.Count}:\n{string.Join("\n", errors)}");
        return errors[0];
    }
}
