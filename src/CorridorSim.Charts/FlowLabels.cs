using CorridorSim.Model.Network;
using ScottPlot;

namespace CorridorSim.Charts;

/// <summary>Labels a flow map's nodes where <see cref="LabelPlacer"/> finds room, at the size the map will be drawn.</summary>
internal static class FlowLabels
{
    /// <summary>
    /// Adds a label for every node of <paramref name="markers"/> but idle junctions, renders the plot
    /// once at <paramref name="width"/> × <paramref name="height"/> to learn each label's size and
    /// each node's pixel, places the labels, moves each to its place (an offset in pixels from its
    /// node) and removes those left out.
    /// </summary>
    public static LabelPlacement Place(
        Plot plot,
        int width,
        int height,
        IReadOnlyList<(NetworkNode Node, float Radius)> markers,
        IReadOnlyDictionary<string, double> nodeTeu,
        IReadOnlyList<(Coordinates[] Points, float Width)> lines,
        double xScale)
    {
        var leaders = new LeaderLines();
        plot.Add.Plottable(leaders);

        // Most important first: kinds in order, busier before quieter, then by id for a stable order.
        var labelled = markers.Where(m => m.Node.Kind != NodeKind.Junction || nodeTeu[m.Node.Id] > 0)
            .OrderBy(m => nodeTeu[m.Node.Id] > 0 ? 0 : 1)
            .ThenBy(m => Rank(m.Node.Kind))
            .ThenByDescending(m => nodeTeu[m.Node.Id])
            .ThenBy(m => m.Node.Id, StringComparer.Ordinal)
            .ToList();
        var texts = labelled.Select(m => Text(plot, m.Node, xScale, nodeTeu[m.Node.Id] > 0)).ToList();

        InvariantRendering.Run(() => plot.RenderInMemory(width, height));

        var data = plot.LastRender.DataRect;
        var frame = ((double)data.Left, (double)data.Top, (double)data.Right, (double)data.Bottom);
        var anchors = texts.Select(t => plot.GetPixel(t.Location)).ToList();
        var requests = labelled.Select((m, i) =>
        {
            var rect = texts[i].LabelStyle.LastRenderPixelRect;
            return new LabelPlacer.Request(m.Node.Id, texts[i].LabelText, anchors[i].X, anchors[i].Y, m.Radius, rect.Width, rect.Height);
        }).ToList();
        var obstacles = markers.Select(m => plot.GetPixel(new Coordinates(m.Node.Longitude * xScale, m.Node.Latitude)))
            .Zip(markers, (p, m) => new LabelPlacer.Marker(p.X, p.Y, m.Radius)).ToList();
        var segments = new List<LabelPlacer.Segment>();
        foreach (var (points, lineWidth) in lines)
        {
            var pixels = points.Select(plot.GetPixel).ToList();
            for (int k = 1; k < pixels.Count; k++)
            {
                segments.Add(new LabelPlacer.Segment(pixels[k - 1].X, pixels[k - 1].Y, pixels[k].X, pixels[k].Y, lineWidth));
            }
        }

        var placement = LabelPlacer.Place(requests, frame, segments, obstacles);
        var byNode = placement.Placed.ToDictionary(p => p.NodeId, StringComparer.Ordinal);
        for (int i = 0; i < texts.Count; i++)
        {
            if (!byNode.TryGetValue(labelled[i].Node.Id, out var box))
            {
                plot.Remove(texts[i]);
                continue;
            }

            // The label was drawn with its box at rect; shift it so the box lands where placed.
            var rect = texts[i].LabelStyle.LastRenderPixelRect;
            texts[i].OffsetX = (float)box.Left - rect.Left;
            texts[i].OffsetY = (float)box.Top - rect.Top;
            if (box.Leader)
            {
                var (x, y) = LabelPlacer.LeaderEnd(box, anchors[i].X, anchors[i].Y);
                leaders.Add(texts[i].Location, x - anchors[i].X, y - anchors[i].Y);
            }
        }

        return placement;
    }

    private static ScottPlot.Plottables.Text Text(Plot plot, NetworkNode node, double xScale, bool carries)
    {
        bool end = node.Kind is NodeKind.Origin or NodeKind.Destination;
        var text = plot.Add.Text(NetworkMap.ShortName(node.Name), node.Longitude * xScale, node.Latitude);
        text.LabelFontName = ChartStyle.FontName;
        text.LabelFontSize = end ? 15 : node.Kind == NodeKind.Junction ? 12 : 13;
        text.LabelBold = end;
        text.LabelFontColor = carries ? Color.FromHex("#1A1A1A") : Color.FromHex("#6E6E6E");
        text.LabelBackgroundColor = Colors.White.WithAlpha(0.72);
        text.LabelPadding = 2;
        text.LabelAlignment = Alignment.UpperLeft;
        return text;
    }

    private static int Rank(NodeKind kind) => kind switch
    {
        NodeKind.Origin or NodeKind.Destination => 0,
        NodeKind.Port => 1,
        NodeKind.Border => 2,
        NodeKind.GaugeChange => 3,
        NodeKind.Terminal => 4,
        _ => 5,
    };
}
