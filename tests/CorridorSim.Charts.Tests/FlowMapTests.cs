using CorridorSim.Charts;
using CorridorSim.Model.Network;

namespace CorridorSim.Tests;

public sealed class FlowMapTests(FlowMapFixture fixture) : IClassFixture<FlowMapFixture>
{
    private const string Casing = "#2B2B2B";

    [Fact]
    public void Every_link_that_carried_cargo_is_drawn_once_and_no_other()
    {
        var carrying = fixture.Run.Streams
            .SelectMany(s => s.Routes is { } routes ? routes.Where(r => r.DeliveredTeu > 0).SelectMany(r => r.Links) : s.DeliveredTeu > 0 ? s.RouteLinks : [])
            .ToHashSet(StringComparer.Ordinal);

        // Each line with flow has a dark, half-transparent edge under it: one per link.
        int edges = fixture.Lines().Count(l => l.Stroke == Casing && l.Translucent);

        Assert.True(carrying.Count > 20, $"only {carrying.Count} links carried cargo");
        Assert.Equal(carrying.Order(StringComparer.Ordinal), fixture.Map.Flows.Where(f => f.TeuPerYear > 0).Select(f => f.LinkId).Order(StringComparer.Ordinal));
        Assert.Equal(carrying.Count, edges);
    }

    [Fact]
    public void A_link_that_carries_more_is_drawn_wider()
    {
        // Every Chinese stream leaves along the first line; one stream of seven takes the second.
        double trunk = Teu("xian-lanzhou"), feeder = Teu("poti-constanta-feeder");

        double trunkWidth = WidthInSvg("xian-lanzhou"), feederWidth = WidthInSvg("poti-constanta-feeder");

        Assert.True(trunk > 3 * feeder, $"{trunk} against {feeder} TEU a year");
        Assert.True(trunkWidth > 3 * feederWidth, $"{trunkWidth} px against {feederWidth} px");
        // Proportional: the edge is the line and a pixel either side.
        Assert.True(Math.Abs(((trunkWidth - 2) / (feederWidth - 2)) - (trunk / feeder)) < 0.01 * trunk / feeder);
    }

    [Fact]
    public void No_two_node_labels_overlap_and_none_leaves_the_map()
    {
        var placed = fixture.Map.Labels.Placed;
        var drawn = fixture.Labels();
        var (left, top, right, bottom) = fixture.Map.Labels.Frame;

        Assert.True(placed.Count > 25, $"only {placed.Count} labels placed");
        Assert.Equal(placed.Count, drawn.Count);
        for (int i = 0; i < drawn.Count; i++)
        {
            Assert.True(drawn[i].Left >= left && drawn[i].Right <= right && drawn[i].Top >= top && drawn[i].Bottom <= bottom, $"{drawn[i].Text} leaves the map");
            for (int j = i + 1; j < drawn.Count; j++)
            {
                bool overlap = drawn[i].Left < drawn[j].Right && drawn[j].Left < drawn[i].Right && drawn[i].Top < drawn[j].Bottom && drawn[j].Top < drawn[i].Bottom;
                Assert.False(overlap, $"'{drawn[i].Text}' overlaps '{drawn[j].Text}'");
            }
        }

        // The placement says where each label went, and the SVG draws its background there.
        foreach (var label in placed)
        {
            Assert.Contains(drawn, d => d.Text == label.Text && Math.Abs(d.Left - label.Left) < 1 && Math.Abs(d.Top - label.Top) < 1
                && d.Right <= label.Right + 0.5 && d.Bottom <= label.Bottom + 0.5 && d.Right > label.Right - 5);
        }
    }

    [Fact]
    public void Origins_and_destinations_that_carried_cargo_are_labelled_first()
    {
        var network = fixture.Scenario.Network;
        var carrying = fixture.Map.Flows.Where(f => f.TeuPerYear > 0).Select(f => network.Link(f.LinkId)).ToList();
        var ends = network.Nodes
            .Where(n => n.Kind is NodeKind.Origin or NodeKind.Destination && carrying.Any(l => l.From == n.Id || l.To == n.Id))
            .Select(n => n.Id)
            .ToList();

        var firstPlaced = fixture.Map.Labels.Placed.Take(ends.Count).Select(p => p.NodeId);

        Assert.NotEmpty(ends);
        Assert.Equal(ends.Order(StringComparer.Ordinal), firstPlaced.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_heading_says_what_is_drawn_and_the_subtitle_names_the_scenario_and_the_seed()
    {
        Assert.Contains(FlowMap.Title, fixture.Svg, StringComparison.Ordinal);
        Assert.Contains("Baseline 2024&quot; · seed 2024, 1 replication · 0.2 simulated year(s)", fixture.Svg, StringComparison.Ordinal);
    }

    [Fact]
    public void The_flows_are_drawn_on_the_land_and_its_coastlines()
    {
        var coasts = fixture.Lines().Where(l => l.Stroke == "#9AA3AB").ToList();

        Assert.Contains("fill-rule=\"evenodd\"", fixture.Svg, StringComparison.Ordinal);
        Assert.True(fixture.Svg.IndexOf("fill=\"#E4E2DD\"", StringComparison.Ordinal) < fixture.Svg.IndexOf($"stroke=\"{Casing}\"", StringComparison.Ordinal));
        Assert.True(coasts.Sum(c => c.Points.Count) > 1_000, "too few coastline points");
    }

    [Fact]
    public void A_flow_map_is_refused_in_another_format()
    {
        Assert.Throws<ArgumentException>(() => NetworkMap.Save(fixture.Scenario.Network, [fixture.Run], "flows.jpg"));
    }

    private double Teu(string linkId) => fixture.Map.Flows.Single(f => f.LinkId == linkId).TeuPerYear;

    /// <summary>The width of the dark edge drawn under <paramref name="linkId"/>, found by its two ends' pixels.</summary>
    private double WidthInSvg(string linkId)
    {
        var network = fixture.Scenario.Network;
        var link = network.Link(linkId);
        double xScale = Math.Cos(MapArea.Around(network.Nodes.Select(n => (n.Longitude, n.Latitude))).MidLatitude * Math.PI / 180.0);
        var from = fixture.Map.Plot.GetPixel(new ScottPlot.Coordinates(network.Node(link.From).Longitude * xScale, network.Node(link.From).Latitude));
        var to = fixture.Map.Plot.GetPixel(new ScottPlot.Coordinates(network.Node(link.To).Longitude * xScale, network.Node(link.To).Latitude));
        static bool Near((double X, double Y) p, ScottPlot.Pixel q) => Math.Abs(p.X - q.X) < 1 && Math.Abs(p.Y - q.Y) < 1;

        return fixture.Lines().Single(l => l.Stroke == Casing && l.Translucent && Near(l.Points[0], from) && Near(l.Points[^1], to)).Width;
    }
}
