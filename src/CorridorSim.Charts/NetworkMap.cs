using CorridorSim.Model.Network;
using CorridorSim.Output;
using CorridorSim.Results;
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

    /// <summary>
    /// Renders <paramref name="network"/> to <paramref name="path"/> (.png or .svg), optionally
    /// zoomed to <paramref name="area"/>; without a <paramref name="height"/> the image takes the
    /// area's proportions.
    /// </summary>
    public static void Save(TransportNetwork network, string path, int width = 2400, int? height = null, MapArea? area = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        MapFile.CheckedExtension(path);
        var view = area ?? MapArea.Around(network.Nodes.Select(n => (n.Longitude, n.Latitude)));
        MapFile.Save(Create(network, area), path, width, height ?? MapFile.Height(view, width, 260, 140));
    }

    /// <summary>
    /// The flow map of <paramref name="runs"/> on <paramref name="network"/> (<see cref="FlowMap"/>):
    /// links as wide as the TEU they carried a year, coloured by utilisation; its labels are
    /// placed for an image <paramref name="width"/> × <paramref name="height"/> pixels.
    /// </summary>
    public static Plot Flows(TransportNetwork network, IReadOnlyList<RunResult> runs, MapArea? area = null, int width = 2400, int? height = null) =>
        FlowMap.Create(network, runs, area, width, height).Plot;

    /// <summary>Renders the flow map of <paramref name="runs"/> (<see cref="FlowMap"/>) to <paramref name="path"/> (.png or .svg), atomically.</summary>
    public static void Save(TransportNetwork network, IReadOnlyList<RunResult> runs, string path, int width = 2400, int? height = null, MapArea? area = null)
    {
        MapFile.CheckedExtension(path);
        FlowMap.Create(network, runs, area, width, height).Save(path);
    }

    /// <summary>Builds the plot without saving it; <paramref name="area"/> limits the view (all nodes by default).</summary>
    public static Plot Create(TransportNetwork network, MapArea? area = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        var view = area ?? MapArea.Around(network.Nodes.Select(n => (n.Longitude, n.Latitude)));
        double xScale = MapFrame.XScale(view);
        var plot = MapFrame.WithBasemap(view);
        var legendDone = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in network.Links.OrderBy(l => l.Mode))
        {
            var from = network.Node(link.From);
            var to = network.Node(link.To);
            var points = new List<Coordinates> { new(from.Longitude * xScale, from.Latitude) };
            points.AddRange(link.Waypoints.Select(w => new Coordinates(w.Longitude * xScale, w.Latitude)));
            points.Add(new Coordinates(to.Longitude * xScale, to.Latitude));
            var (color, width, pattern) = Style(link.Mode);
            double unit = view.Width * xScale / 400.0;
            var line = plot.Add.ScatterLine(pattern switch
            {
                Pattern.Dashed => Dashes.Along(points, 3 * unit, 2 * unit),
                Pattern.Dotted => Dashes.Along(points, 0.6 * unit, 1.2 * unit),
                _ => points.ToArray(),
            });
            (line.Color, line.LineWidth, line.MarkerSize) = (color, width, 0);
            string legend = ModeLegend(link.Mode);
            if (legendDone.Add(legend))
            {
                line.LegendText = legend;
            }
        }

        // Label boxes in plot units, assuming about 2,100 pixels across the data area.
        var placed = new List<(double X0, double Y0, double X1, double Y1)>();
        double unitsPerPixel = view.Width * xScale / 2100.0;
        foreach (var node in network.Nodes.OrderBy(n => LabelPriority(n.Kind)))
        {
            var at = new Coordinates(node.Longitude * xScale, node.Latitude);
            var (shape, size, color) = Marker(node.Kind);
            var marker = plot.Add.Marker(at, shape, size, color);
            string legend = KindLegend(node.Kind);
            if (legendDone.Add(legend))
            {
                marker.LegendText = legend;
            }

            // Greedy decluttering: the most important places are labelled first; a label that
            // would sit on top of one already placed is left out.
            string text = ShortName(node.Name);
            var box = (X0: at.X, Y0: at.Y, X1: at.X + ((text.Length * 8.0 + 10) * unitsPerPixel), Y1: at.Y + (20 * unitsPerPixel));
            bool crowded = placed.Any(p => p.X0 < box.X1 && box.X0 < p.X1 && p.Y0 < box.Y1 && box.Y0 < p.Y1);
            if (node.Kind != NodeKind.Junction && !crowded && view.Contains(node.Longitude, node.Latitude))
            {
                placed.Add(box);
                var label = plot.Add.Text(text, at.X, at.Y);
                label.LabelFontName = ChartStyle.FontName;
                label.LabelFontSize = node.Kind is NodeKind.Origin or NodeKind.Destination ? 16 : 13;
                label.LabelBold = node.Kind is NodeKind.Origin or NodeKind.Destination;
                label.LabelFontColor = Colors.Black.WithAlpha(0.9);
                label.LabelBackgroundColor = Colors.White.WithAlpha(0.6);
                label.LabelAlignment = Alignment.LowerLeft;
                label.OffsetX = 6;
                label.OffsetY = -5;
            }
        }

        plot.Title(area is null
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{network.Name}: {network.Nodes.Count} nodes, {network.Links.Count} links")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{network.Name}: {view.West:0.#}–{view.East:0.#}° E, {view.South:0.#}–{view.North:0.#}° N"));
        MapFrame.Apply(plot, view);
        plot.ShowLegend(Edge.Right);
        return plot;
    }

    /// <summary>A short label: the name without a parenthetical, and before any " – " when still long.</summary>
    public static string ShortName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        int paren = name.IndexOf(" (", StringComparison.Ordinal);
        string shortName = paren > 0 ? name[..paren] : name;
        int dash = shortName.IndexOf(" – ", StringComparison.Ordinal);
        return shortName.Length > 22 && dash > 0 ? shortName[..dash] : shortName;
    }

    private static int LabelPriority(NodeKind kind) => kind switch
    {
        NodeKind.Origin or NodeKind.Destination => 0,
        NodeKind.Port => 1,
        NodeKind.GaugeChange => 2,
        NodeKind.Border => 3,
        NodeKind.Terminal => 4,
        _ => 5,
    };

    private enum Pattern
    {
        Solid,
        Dashed,
        Dotted,
    }

    private static (Color Color, float Width, Pattern Pattern) Style(TransportMode mode) => mode switch
    {
        TransportMode.Rail => (Color.FromHex("#8B2E16"), 2.5f, Pattern.Solid),
        TransportMode.Ferry => (Color.FromHex("#1565C0"), 2.5f, Pattern.Dashed),
        TransportMode.Sea => (Color.FromHex("#00838F"), 2.5f, Pattern.Dotted),
        _ => (Color.FromHex("#757575"), 1.5f, Pattern.Solid),
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
        TransportMode.Ferry => "ferry (dashed)",
        TransportMode.Sea => "sea (dotted)",
        _ => "road",
    };

    private static string KindLegend(NodeKind kind) => GeoJsonWriter.KindName(kind).Replace('_', ' ');
}
