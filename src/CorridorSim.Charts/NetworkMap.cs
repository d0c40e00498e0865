using CorridorSim.Model.Network;
using CorridorSim.Output;
using ScottPlot;

namespace CorridorSim.Charts;

/// <summary>
/// A static map of a network drawn from its coordinates: links styled by mode (rail solid,
/// ferry dashed, sea dotted, road thin grey), nodes marked by kind and labelled. Longitude is
/// scaled by the cosine of the mean latitude so distances look right in the middle of the map.
/// Saved as PNG or SVG by file extension, atomically.
/// </summary>
public static class NetworkMap
{
    /// <summary>File extensions the map can be saved as.</summary>
    public static IReadOnlyList<string> Formats { get; } = [".png", ".svg"];

    /// <summary>Renders <paramref name="network"/> to <paramref name="path"/> (.png or .svg).</summary>
    public static void Save(TransportNetwork network, string path, int width = 2400, int height = 1300)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(path);
        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (!Formats.Contains(extension))
        {
            throw new ArgumentException($"A map is saved as .png or .svg, not '{extension}'.", nameof(path));
        }

        var plot = Create(network);
        AtomicFile.Write(path, temp =>
        {
            if (extension == ".png")
            {
                plot.SavePng(temp, width, height);
            }
            else
            {
                plot.SaveSvg(temp, width, height);
            }
        });
    }

    /// <summary>Builds the plot without saving it.</summary>
    public static Plot Create(TransportNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        double meanLatitude = network.Nodes.Average(n => n.Latitude);
        double xScale = Math.Cos(meanLatitude * Math.PI / 180.0);
        double X(NetworkNode n) => n.Longitude * xScale;

        var plot = new Plot();
        var legendDone = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in network.Links.OrderBy(l => l.Mode))
        {
            var from = network.Node(link.From);
            var to = network.Node(link.To);
            var line = plot.Add.Line(X(from), from.Latitude, X(to), to.Latitude);
            (line.Color, line.LineWidth, line.LinePattern) = Style(link.Mode);
            string legend = ModeLegend(link.Mode);
            if (legendDone.Add(legend))
            {
                line.LegendText = legend;
            }
        }

        foreach (var node in network.Nodes.OrderBy(n => n.Kind == NodeKind.Junction ? 0 : 1))
        {
            var (shape, size, color) = Marker(node.Kind);
            var marker = plot.Add.Marker(X(node), node.Latitude, shape, size, color);
            string legend = KindLegend(node.Kind);
            if (legendDone.Add(legend))
            {
                marker.LegendText = legend;
            }

            if (node.Kind != NodeKind.Junction)
            {
                var label = plot.Add.Text(node.Name, X(node), node.Latitude);
                label.LabelFontSize = node.Kind is NodeKind.Origin or NodeKind.Destination ? 15 : 12;
                label.LabelBold = node.Kind is NodeKind.Origin or NodeKind.Destination;
                label.LabelFontColor = Colors.Black.WithAlpha(0.85);
                label.LabelAlignment = Alignment.LowerLeft;
                label.OffsetX = 5;
                label.OffsetY = -4;
            }
        }

        plot.Title($"{network.Name}: {network.Nodes.Count} nodes, {network.Links.Count} links");
        plot.XLabel($"Longitude (° E, scaled by cos {meanLatitude:F0}° for true proportions)");
        plot.YLabel("Latitude (° N)");
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = x => (x / xScale).ToString("F0", System.Globalization.CultureInfo.InvariantCulture),
        };
        plot.ShowLegend(Alignment.LowerLeft);
        plot.Axes.SquareUnits();
        return plot;
    }

    private static (Color Color, float Width, LinePattern Pattern) Style(TransportMode mode) => mode switch
    {
        TransportMode.Rail => (Color.FromHex("#8B2E16"), 2.5f, LinePattern.Solid),
        TransportMode.Ferry => (Color.FromHex("#1565C0"), 2.5f, LinePattern.Dashed),
        TransportMode.Sea => (Color.FromHex("#00838F"), 2.0f, LinePattern.Dotted),
        _ => (Color.FromHex("#757575"), 1.5f, LinePattern.Solid),
    };

    private static (MarkerShape Shape, float Size, Color Color) Marker(NodeKind kind) => kind switch
    {
        NodeKind.Origin => (MarkerShape.FilledSquare, 13, Color.FromHex("#C62828")),
        NodeKind.Destination => (MarkerShape.FilledSquare, 13, Color.FromHex("#2E7D32")),
        NodeKind.Port => (MarkerShape.FilledCircle, 11, Color.FromHex("#1565C0")),
        NodeKind.Border => (MarkerShape.FilledDiamond, 11, Color.FromHex("#6A1B9A")),
        NodeKind.GaugeChange => (MarkerShape.FilledTriangleUp, 12, Color.FromHex("#EF6C00")),
        NodeKind.Terminal => (MarkerShape.FilledCircle, 9, Color.FromHex("#424242")),
        _ => (MarkerShape.FilledCircle, 5, Color.FromHex("#9E9E9E")),
    };

    private static string ModeLegend(TransportMode mode) => mode switch
    {
        TransportMode.Rail => "rail",
        TransportMode.Ferry => "ferry",
        TransportMode.Sea => "sea",
        _ => "road",
    };

    private static string KindLegend(NodeKind kind) => GeoJsonWriter.KindName(kind).Replace('_', ' ');
}
