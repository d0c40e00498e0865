using System.Globalization;
using CorridorSim.Model.Network;
using CorridorSim.Results;
using ScottPlot;

namespace CorridorSim.Charts;

/// <summary>
/// A flow map of a run or of replications: each link drawn as wide as the TEU it carried in a
/// year (both directions, the mean over the runs), coloured by how busy its capacity was where
/// the results say (a sequential scale with a colour bar; grey where there is no figure), links
/// that carried nothing thin and light, nodes marked by kind (filled with the scale's colour where
/// their handling capacity reports a utilisation) and labelled without collisions
/// (<see cref="Labels"/>), on the Natural Earth base map. The labels are placed for
/// <see cref="Width"/> × <see cref="Height"/> pixels, the size <see cref="Save"/> renders.
/// </summary>
public sealed class FlowMap
{
    private FlowMap(Plot plot, IReadOnlyList<LinkFlow> flows, LabelPlacement labels, int width, int height)
    {
        (Plot, Flows, Labels, Width, Height) = (plot, flows, labels, width, height);
    }

    /// <summary>The map's title; the subtitle under it says what it was drawn from, as on every chart.</summary>
    public const string Title = "TEU a year carried by each link, coloured by how busy it was";

    /// <summary>The plot, ready to render or change.</summary>
    public Plot Plot { get; }

    /// <summary>The flow on every link of the network, in the network's order.</summary>
    public IReadOnlyList<LinkFlow> Flows { get; }

    /// <summary>Where the node labels went, in pixels of a <see cref="Width"/> × <see cref="Height"/> image.</summary>
    public LabelPlacement Labels { get; }

    /// <summary>Image width in pixels.</summary>
    public int Width { get; }

    /// <summary>Image height in pixels.</summary>
    public int Height { get; }

    /// <summary>
    /// Draws the flows of <paramref name="runs"/> (one run, or the replications of one scenario)
    /// on <paramref name="network"/> (the scenario's), showing <paramref name="area"/> (every node
    /// by default) in an image <paramref name="width"/> pixels wide and, without a
    /// <paramref name="height"/>, as high as the area's proportions ask.
    /// </summary>
    public static FlowMap Create(TransportNetwork network, IReadOnlyList<RunResult> runs, MapArea? area = null, int width = 2400, int? height = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 400);
        ArgumentOutOfRangeException.ThrowIfLessThan(height ?? 300, 300, nameof(height));
        var flows = LinkFlow.Measure(network, runs);
        var view = area ?? MapArea.Around(network.Nodes.Select(n => (n.Longitude, n.Latitude)));
        int h = height ?? MapFile.Height(view, width, 470, 150);
        double xScale = MapFrame.XScale(view);
        var plot = MapFrame.WithBasemap(view);

        var byLink = flows.ToDictionary(f => f.LinkId, StringComparer.Ordinal);
        double maxTeu = flows.Max(f => f.TeuPerYear);
        float maxWidth = FlowStyle.MaxWidth(width);
        var drawn = new List<(Coordinates[] Points, float Width)>();
        Coordinates[] Points(NetworkLink link) =>
            [At(network.Node(link.From), xScale), .. link.Waypoints.Select(w => new Coordinates(w.Longitude * xScale, w.Latitude)), At(network.Node(link.To), xScale)];

        // Idle links first, then a dark edge under every flow, then the flows, widest first so
        // that narrower ones sharing a stretch stay visible on top.
        foreach (var link in network.Links.Where(l => byLink[l.Id].TeuPerYear <= 0))
        {
            Line(plot, Points(link), FlowStyle.NoFlowColor, FlowStyle.NoFlowWidth);
            drawn.Add((Points(link), FlowStyle.NoFlowWidth));
        }

        var carrying = network.Links.Where(l => byLink[l.Id].TeuPerYear > 0).OrderByDescending(l => byLink[l.Id].TeuPerYear).ToList();
        foreach (var link in carrying)
        {
            Line(plot, Points(link), FlowStyle.CasingColor, FlowStyle.Width(byLink[link.Id].TeuPerYear, maxTeu, maxWidth) + 2f);
        }

        foreach (var link in carrying)
        {
            float w = FlowStyle.Width(byLink[link.Id].TeuPerYear, maxTeu, maxWidth);
            Line(plot, Points(link), FlowStyle.Of(byLink[link.Id].Utilisation), w);
            drawn.Add((Points(link), w + 2f));
        }

        var nodeTeu = network.Nodes.ToDictionary(
            n => n.Id,
            n => network.Links.Where(l => l.From == n.Id || l.To == n.Id).Select(l => byLink[l.Id].TeuPerYear).DefaultIfEmpty(0).Max(),
            StringComparer.Ordinal);
        var nodeUtilisation = NodeUtilisation(network, runs);
        var markers = new List<(NetworkNode Node, float Radius)>();
        foreach (var node in network.Nodes.Where(n => view.Contains(n.Longitude, n.Latitude)))
        {
            var (shape, size) = Shape(node.Kind);
            var marker = plot.Add.Marker(At(node, xScale), shape, size);
            marker.MarkerStyle.FillColor = node.Kind switch
            {
                NodeKind.Origin => FlowStyle.InkColor,
                NodeKind.Junction => FlowStyle.NoFlowColor.Darken(0.3),
                _ => nodeUtilisation.TryGetValue(node.Id, out double u) ? FlowStyle.Of(u) : Colors.White,
            };
            marker.MarkerStyle.OutlineColor = nodeTeu[node.Id] > 0 ? FlowStyle.InkColor : FlowStyle.NoFlowColor.Darken(0.3);
            marker.MarkerStyle.OutlineWidth = node.Kind switch
            {
                NodeKind.Junction => 0f,
                NodeKind.Destination => 2.2f,
                _ => 1.2f,
            };
            markers.Add((node, (size / 2f) + 1f));
        }

        bool unmeasured = carrying.Any(l => byLink[l.Id].Utilisation is null);
        FlowLegend.Add(plot, maxTeu, maxWidth, unmeasured, idle: carrying.Count < network.Links.Count);
        plot.Axes.AddPanel(new HeadingPanel(Title, ChartStyle.Subtitle(runs), width));
        MapFrame.Apply(plot, view);
        plot.ShowLegend(Edge.Right);
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.OutlineColor = Colors.Transparent;

        // Render once at the final size to learn where every node falls in pixels, then place
        // the labels there.
        var labels = FlowLabels.Place(plot, width, h, markers, nodeTeu, drawn, xScale);
        return new FlowMap(plot, flows, labels, width, h);
    }

    /// <summary>
    /// Renders the map to <paramref name="path"/> (.png or .svg), atomically, <paramref name="scale"/>
    /// times as large as it was laid out: its text, lines and markers too, the labels where they
    /// were placed (a report's map is laid out at <see cref="ChartStyle.Width"/> ÷
    /// <see cref="ChartStyle.Scale"/> and saved at that scale, as the charts are).
    /// </summary>
    public void Save(string path, float scale = 1f)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1f);
        Plot.ScaleFactor = scale;
        try
        {
            MapFile.Save(Plot, path, (int)Math.Round(Width * scale), (int)Math.Round(Height * scale));
        }
        finally
        {
            Plot.ScaleFactor = 1f;
        }
    }

    private static Coordinates At(NetworkNode node, double xScale) => new(node.Longitude * xScale, node.Latitude);

    private static void Line(Plot plot, Coordinates[] points, Color color, float width)
    {
        var line = plot.Add.ScatterLine(points, color);
        (line.LineWidth, line.MarkerSize) = (width, 0);
        line.LineStyle.Rounded = true;
    }

    private static (MarkerShape Shape, float Size) Shape(NodeKind kind) => kind switch
    {
        NodeKind.Origin or NodeKind.Destination => (MarkerShape.FilledSquare, 12),
        NodeKind.Port => (MarkerShape.FilledCircle, 12),
        NodeKind.GaugeChange => (MarkerShape.FilledTriangleUp, 13),
        NodeKind.Border => (MarkerShape.FilledDiamond, 12),
        NodeKind.Terminal => (MarkerShape.FilledCircle, 9),
        _ => (MarkerShape.FilledCircle, 5),
    };

    /// <summary>The mean utilisation of each node's handling capacity (<c>node:&lt;id&gt;:capacity</c>), where the runs report one.</summary>
    private static Dictionary<string, double> NodeUtilisation(TransportNetwork network, IReadOnlyList<RunResult> runs)
    {
        var components = runs.Select(r => r.Components.DistinctBy(c => c.Id, StringComparer.Ordinal).ToDictionary(c => c.Id, StringComparer.Ordinal)).ToList();
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var node in network.Nodes)
        {
            if (LinkFlow.Mean(components.Select(c => LinkFlow.Value(c, $"node:{node.Id}:capacity", "utilisation"))) is double u)
            {
                result[node.Id] = u;
            }
        }

        return result;
    }
}
