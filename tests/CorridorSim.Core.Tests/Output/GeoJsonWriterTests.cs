using System.Text.Json;
using CorridorSim.Output;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Output;

public sealed class GeoJsonWriterTests
{
    [Fact]
    public void Written_GeoJSON_reads_back_with_every_node_and_link_in_lon_lat_order()
    {
        var network = TestNetworks.Small();
        string path = Path.Combine(Path.GetTempPath(), $"corridorsim-{Guid.NewGuid():N}.geojson");

        GeoJsonWriter.Write(network, path);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        File.Delete(path);

        var root = json.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var features = root.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(network.Nodes.Count + network.Links.Count, features.Count);
        foreach (var node in network.Nodes)
        {
            var feature = features.Single(f => f.GetProperty("properties").GetProperty("id").GetString() == node.Id && f.GetProperty("geometry").GetProperty("type").GetString() == "Point");
            var coordinates = feature.GetProperty("geometry").GetProperty("coordinates");
            Assert.Equal(node.Longitude, coordinates[0].GetDouble());
            Assert.Equal(node.Latitude, coordinates[1].GetDouble());
            Assert.Equal(node.Name, feature.GetProperty("properties").GetProperty("name").GetString());
        }

        var ferry = features.Single(f => f.GetProperty("properties").GetProperty("id").GetString() == "caspian-ferry").GetProperty("properties");
        Assert.Equal("ferry", ferry.GetProperty("mode").GetString());
        Assert.Equal(120.0, ferry.GetProperty("distanceKm").GetDouble());
        Assert.Equal(3, ferry.GetProperty("fleet").GetInt32());
        Assert.Equal("S03", ferry.GetProperty("sources")[0].GetString());
        var line = features.Single(f => f.GetProperty("properties").GetProperty("id").GetString() == "caspian-ferry").GetProperty("geometry");
        Assert.Equal("LineString", line.GetProperty("type").GetString());
        Assert.Equal(51.2, line.GetProperty("coordinates")[0][0].GetDouble());
        Assert.Equal(40.0, line.GetProperty("coordinates")[1][1].GetDouble());
    }
}
