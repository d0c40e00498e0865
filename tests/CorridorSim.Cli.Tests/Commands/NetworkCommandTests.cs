using System.Text.Json;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Commands;

public sealed class NetworkCommandTests
{
    [Fact]
    public void Show_lists_the_built_in_network_by_country_and_kind()
    {
        var (code, output, error) = CliRunner.Run("network", "show");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Nodes by country and kind", output, StringComparison.Ordinal);
        Assert.Contains("Links by mode: rail", output, StringComparison.Ordinal);
        Assert.Contains("xian", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Routes_from_xian_to_sofia_list_middle_corridor_variants_and_each_comparator()
    {
        var (code, output, _) = CliRunner.Run("network", "routes", "--from", "xian", "--to", "sofia", "-k", "5", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var routes = json.RootElement.GetProperty("routes").EnumerateArray().ToList();
        var best = json.RootElement.GetProperty("bestPerCorridor").EnumerateArray().ToList();
        Assert.Equal(5, routes.Count);
        Assert.Contains(routes, r => r.GetProperty("corridor").GetString() == "middle");
        var corridors = best.Select(r => r.GetProperty("corridor").GetString()).ToList();
        Assert.Contains("middle", corridors);
        Assert.Contains("northern", corridors);
        Assert.Contains("suez", corridors);
        Assert.All(routes, r => Assert.InRange(r.GetProperty("distanceKm").GetDouble(), 6_000, 25_000));
    }

    [Theory]
    [InlineData("time")]
    [InlineData("cost")]
    [InlineData("distance")]
    public void Routes_can_be_ranked_by_time_cost_or_distance(string by)
    {
        var (code, output, _) = CliRunner.Run("network", "routes", "--from", "xian", "--to", "sofia", "-k", "3", "--by", by);

        Assert.Equal(0, code);
        Assert.Contains($"ranked by {by}", output, StringComparison.Ordinal);
        Assert.Contains("Best route of each corridor", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_node_gets_a_suggestion_and_exit_code_2()
    {
        var (code, _, error) = CliRunner.Run("network", "routes", "--from", "xain", "--to", "sofia");

        Assert.Equal(2, code);
        Assert.Contains("unknown node \"xain\"", error, StringComparison.Ordinal);
        Assert.Contains("did you mean \"xian\"", error, StringComparison.Ordinal);
        Assert.Contains("error: command line: --from: unknown node \"xain\".", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_network_file_reports_every_problem_with_file_and_line_and_exit_code_2()
    {
        string folder = Directory.CreateTempSubdirectory("corridorsim-").FullName;
        string path = Path.Combine(folder, "net.json");
        File.WriteAllText(path, """
            {
              "nodes": [
                { "id": "a", "name": "A", "country": "KZ", "kind": "origni", "lat": 43, "lon": 77, "sources": ["S01"] },
                { "id": "b", "name": "B", "country": "BG", "kind": "destination", "lat": 42.7, "lon": 23.3, "sources": ["S01"] },
              ],
              "links": [
                { "id": "a-b", "from": "a", "to": "bb", "mode": "rail", "distanceKm": 5000, "speedKmh": 40, "sources": ["S01"] },
              ],
            }
            """);

        var (code, output, error) = CliRunner.Run("network", "show", "--network", path);
        Directory.Delete(folder, recursive: true);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"{path}:3: $.nodes[0].kind: unknown kind \"origni\". Fix: did you mean \"origin\"?", error, StringComparison.Ordinal);
        Assert.Contains($"{path}:7: $.links[0].to: unknown node id \"bb\". Fix: did you mean \"b\"?", error, StringComparison.Ordinal);
        Assert.Contains("2 problems found; nothing was done.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_writes_GeoJSON_that_reads_back()
    {
        string path = Path.Combine(Path.GetTempPath(), $"corridorsim-{Guid.NewGuid():N}.geojson");

        var (code, output, _) = CliRunner.Run("network", "export", "--geojson", path);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        File.Delete(path);

        Assert.Equal(0, code);
        Assert.StartsWith("Wrote ", output, StringComparison.Ordinal);
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        Assert.True(json.RootElement.GetProperty("features").GetArrayLength() >= 85);
    }

    [Fact]
    public void Map_writes_a_png()
    {
        string path = Path.Combine(Path.GetTempPath(), $"corridorsim-{Guid.NewGuid():N}.png");

        var (code, _, _) = CliRunner.Run("network", "map", path, "--width", "1200", "--height", "700");
        byte[] header = File.ReadAllBytes(path)[..4];
        File.Delete(path);

        Assert.Equal(0, code);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], header);
    }

    [Fact]
    public void Map_refuses_an_unknown_image_format()
    {
        var (code, _, error) = CliRunner.Run("network", "map", "network.jpg");

        Assert.Equal(2, code);
        Assert.Contains(".png or .svg", error, StringComparison.Ordinal);
    }
}
