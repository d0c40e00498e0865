using System.Text.RegularExpressions;
using CorridorSim.Charts;
using CorridorSim.Input;

namespace CorridorSim.Tests;

public sealed partial class BasemapTests
{
    // Two square countries side by side, 1° each, sharing arc 0; the land is their union with a
    // lake (arc 3) that no country uses. Quantized: a point is (10, 20) + 0.5 × the running sum.
    private const string TwoCountries = """
        {
          "type": "Topology",
          "transform": { "scale": [0.5, 0.5], "translate": [10, 20] },
          "objects": {
            "countries": { "type": "GeometryCollection", "geometries": [
              { "type": "Polygon", "arcs": [[0, 1]], "id": "1", "properties": { "name": "West" } },
              { "type": "MultiPolygon", "arcs": [[[-1, 2]]], "id": "2", "properties": { "name": "East" } }
            ] },
            "land": { "type": "GeometryCollection", "geometries": [
              { "type": "Polygon", "arcs": [[1, 2], [3]] }
            ] }
          },
          "arcs": [
            [[2, 0], [0, 2]],
            [[2, 2], [-2, 0], [0, -2], [2, 0]],
            [[2, 0], [2, 0], [0, 2], [-2, 0]],
            [[1, 1], [1, 0], [0, 1], [-1, -1]]
          ]
        }
        """;

    [Fact]
    public void An_arc_two_countries_share_is_a_border_and_an_arc_one_uses_is_a_coastline()
    {
        var basemap = Basemap.FromTopoJson(TwoCountries);

        var border = Assert.Single(basemap.Borders);
        Assert.Equal([(11.0, 20.0), (11.0, 21.0)], border);
        Assert.Equal(2, basemap.Coastlines.Count);
    }

    [Fact]
    public void Land_rings_follow_their_arcs_dequantized_and_reversed_where_the_reference_is_negative()
    {
        var basemap = Basemap.FromTopoJson(TwoCountries);

        var ring = Assert.Single(basemap.Land);
        Assert.Equal([(11.0, 21.0), (10.0, 21.0), (10.0, 20.0), (11.0, 20.0), (12.0, 20.0), (12.0, 21.0), (11.0, 21.0)], ring);
        var lake = Assert.Single(basemap.Water);
        Assert.Equal([(10.5, 20.5), (11.0, 20.5), (11.0, 21.0), (10.5, 20.5)], lake);
    }

    [Fact]
    public void The_built_in_base_map_covers_the_corridor_with_land_and_borders()
    {
        var basemap = Basemap.NaturalEarth;

        // The corridor's region: the Atlantic coast of Europe to the Pacific coast of China.
        bool InRegion((double Longitude, double Latitude) p) => p.Longitude is >= -12 and <= 140 && p.Latitude is >= 0 and <= 65;
        Assert.True(basemap.Land.Count(r => r.Any(InRegion)) > 300);
        Assert.True(basemap.Borders.Count(b => b.Any(InRegion)) > 150);
        Assert.Contains(basemap.Water, r => r.Any(InRegion));
    }

    [Fact]
    public void The_network_map_draws_the_land_under_the_network()
    {
        var network = NetworkLoader.LoadBuiltIn().ValueOrThrow();
        string path = Path.Combine(Path.GetTempPath(), $"corridorsim-map-{Guid.NewGuid():N}.svg");

        NetworkMap.Save(network, path, 1600);
        string svg = File.ReadAllText(path);
        File.Delete(path);

        // The land is one even-odd path, a closed figure per ring in view.
        var land = LandPath().Match(svg);
        Assert.True(land.Success, "no land path in the SVG");
        Assert.True(land.Groups["d"].Value.Count(c => c == 'M') > 100, "too few land rings");
        Assert.True(svg.IndexOf(land.Value, StringComparison.Ordinal) < svg.IndexOf("stroke=\"#8B2E16\"", StringComparison.Ordinal), "the land is drawn over the rail lines");
    }

    [GeneratedRegex("<path fill=\"#E4E2DD\"[^>]* d=\"(?<d>[^\"]*)\"")]
    private static partial Regex LandPath();
}
