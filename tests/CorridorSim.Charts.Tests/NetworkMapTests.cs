using CorridorSim.Charts;
using CorridorSim.Input;

namespace CorridorSim.Tests;

public sealed class NetworkMapTests
{
    private const string Network = """
        {
          "name": "two ports",
          "nodes": [
            { "id": "east", "name": "East", "country": "KZ", "kind": "origin", "lat": 43.6, "lon": 51.2, "sources": ["S01"] },
            { "id": "west", "name": "West", "country": "AZ", "kind": "destination", "lat": 40.0, "lon": 49.4, "sources": ["S01"] },
          ],
          "links": [
            { "id": "ferry", "from": "east", "to": "west", "mode": "ferry", "distanceKm": 450, "crossingHours": 22, "sources": ["S01"] },
          ],
        }
        """;

    [Theory]
    [InlineData(".png")]
    [InlineData(".svg")]
    public void A_map_is_written_in_the_format_its_extension_names(string extension)
    {
        var network = NetworkLoader.LoadFromText("n.json", new Dictionary<string, string> { ["n.json"] = Network }).ValueOrThrow();
        string path = Path.Combine(Path.GetTempPath(), $"corridorsim-map-{Guid.NewGuid():N}{extension}");

        NetworkMap.Save(network, path, 800, 500);
        byte[] bytes = File.ReadAllBytes(path);
        File.Delete(path);

        if (extension == ".png")
        {
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        }
        else
        {
            string svg = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.Contains("<svg", svg, StringComparison.Ordinal);
            Assert.Contains("East", svg, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_ferry_is_dashed_in_SVG_too()
    {
        // SVG cannot carry a line pattern, so the dashes must be separate pieces of the path:
        // a ferry of 450 km drawn as one unbroken stroke would have a single move-to.
        var network = NetworkLoader.LoadFromText("n.json", new Dictionary<string, string> { ["n.json"] = Network }).ValueOrThrow();
        string path = Path.Combine(Path.GetTempPath(), $"corridorsim-map-{Guid.NewGuid():N}.svg");

        NetworkMap.Save(network, path, 800, 500);
        string svg = File.ReadAllText(path);
        File.Delete(path);

        var ferry = System.Text.RegularExpressions.Regex.Match(svg, "stroke=\"#1565C0\"[^>]* d=\"([^\"]*)\"");
        Assert.True(ferry.Success, "no ferry line in the SVG");
        Assert.True(ferry.Groups[1].Value.Count(c => c == 'M') > 10, ferry.Groups[1].Value);
    }

    [Fact]
    public void Another_extension_is_refused()
    {
        var network = NetworkLoader.LoadFromText("n.json", new Dictionary<string, string> { ["n.json"] = Network }).ValueOrThrow();

        Assert.Throws<ArgumentException>(() => NetworkMap.Save(network, "map.jpg"));
    }
}
