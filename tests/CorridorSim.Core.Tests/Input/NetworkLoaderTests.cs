using CorridorSim.Input;
using CorridorSim.Model.Network;
using CorridorSim.Output;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Input;

public sealed class NetworkLoaderTests
{
    [Fact]
    public void A_network_with_comments_trailing_commas_and_an_include_loads()
    {
        var network = TestNetworks.Small();

        Assert.Equal("test network", network.Name);
        Assert.Equal(6, network.Nodes.Count);
        Assert.Equal(7, network.Links.Count);
        Assert.Equal(NodeKind.Port, network.Node("port-east").Kind);
        Assert.Equal("part.json", network.Node("port-east").File);
        Assert.Equal(10.0, network.Defaults.ValueOfTimeUsdPerTeuHour);
    }

    [Fact]
    public void Parameters_and_distributions_are_read_as_written()
    {
        var network = TestNetworks.Small();
        var ferry = network.Link("caspian-ferry");

        Assert.Equal(TransportMode.Ferry, ferry.Mode);
        Assert.Equal(10.0, ferry.CrossingHours!.Mean);
        Assert.Equal(3, ferry.Fleet);
        Assert.Equal(10, ferry.Weather!.ClosuresPerMonth.Sum());
        Assert.Equal("lognormal", ferry.Weather.DurationHours.Kind);
        Assert.Equal(24.0, ferry.Weather.DurationHours.Mean, 9);
        Assert.Equal(2.0, network.Co2KgPerTeuKm(ferry));
        Assert.Equal(0.5, network.Co2KgPerTeuKm(network.Link("origin-north")));
        Assert.True(ferry.Bidirectional);
    }

    [Fact]
    public void Writing_a_loaded_network_and_loading_it_again_gives_the_same_network()
    {
        string once = NetworkJsonWriter.ToJson(TestNetworks.Small());

        var reloaded = NetworkLoader.LoadFromText("merged.json", new Dictionary<string, string> { ["merged.json"] = once });
        string twice = NetworkJsonWriter.ToJson(reloaded.ValueOrThrow());

        Assert.Equal(once, twice);
        Assert.Contains("\"dist\": \"lognormal\"", once, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_the_corridor_network_keeps_its_sea_areas_and_the_crossings_in_them()
    {
        var builtIn = NetworkLoader.LoadBuiltIn().ValueOrThrow();
        string once = NetworkJsonWriter.ToJson(builtIn);

        var reloaded = NetworkLoader.LoadFromText("merged.json", new Dictionary<string, string> { ["merged.json"] = once }).ValueOrThrow();

        Assert.Equal(once, NetworkJsonWriter.ToJson(reloaded));
        Assert.Equal(["caspian", "black-sea"], reloaded.SeaAreas.Select(a => a.Id));
        Assert.Equal(10, reloaded.Links.Count(l => l.SeaArea is not null));
        Assert.Equal(90.0, reloaded.Link("aktau-alat-feeder").ReturnMaxWaitHours);
    }

    [Fact]
    public void The_built_in_corridor_network_loads_without_errors()
    {
        var result = NetworkLoader.LoadBuiltIn();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.True(result.Value!.Nodes.Count >= 40, "at least 40 nodes");
        Assert.True(result.Value.Links.Count >= 45, "at least 45 links");
    }

    [Fact]
    public void The_files_in_data_load_like_the_built_in_copy()
    {
        var fromDisk = NetworkLoader.LoadFile(Path.Combine(RepositoryRoot.Path, "data", "network", "corridor.json")).ValueOrThrow();
        var builtIn = NetworkLoader.LoadBuiltIn().ValueOrThrow();

        Assert.Equal(NetworkJsonWriter.ToJson(builtIn), NetworkJsonWriter.ToJson(fromDisk));
    }

    [Fact]
    public void A_missing_file_is_reported_not_thrown()
    {
        var result = NetworkLoader.LoadFile("/no/such/network.json");

        var error = Assert.Single(result.Errors);
        Assert.Equal("/no/such/network.json", error.File);
        Assert.Contains("not found", error.Message, StringComparison.Ordinal);
    }
}
