using System.Globalization;
using ScottPlot;

namespace CorridorSim.Charts;

/// <summary>The keys of a flow map: a colour bar for utilisation, and a legend of line widths and node kinds.</summary>
internal static class FlowLegend
{
    /// <summary>
    /// Adds the colour bar and the legend's items: reference widths when anything moved, the keys
    /// to lines without a utilisation figure (<paramref name="unmeasured"/>) and to links that
    /// carried nothing (<paramref name="idle"/>) when the map has them, and the node kinds.
    /// </summary>
    public static void Add(Plot plot, double maxTeu, float maxWidth, bool unmeasured, bool idle)
    {
        var bar = plot.Add.ColorBar(new UtilisationAxis(), Edge.Right);
        bar.Label = "Utilisation (%)";
        bar.LabelStyle.FontSize = 13;

        var items = plot.Legend.ManualItems;
        foreach (double teu in maxTeu > 0 ? FlowStyle.References(maxTeu).Distinct() : [])
        {
            items.Add(LineItem(teu.ToString("N0", CultureInfo.InvariantCulture) + " TEU a year", FlowStyle.InkColor, FlowStyle.Width(teu, maxTeu, maxWidth)));
        }

        if (unmeasured)
        {
            items.Add(LineItem("flow, no utilisation figure", FlowStyle.UnmeasuredColor, 4f));
        }

        if (idle)
        {
            items.Add(LineItem("no flow", FlowStyle.NoFlowColor, FlowStyle.NoFlowWidth));
        }

        items.Add(MarkerItem("origin", MarkerShape.FilledSquare, FlowStyle.InkColor, 1.2f));
        items.Add(MarkerItem("destination", MarkerShape.FilledSquare, Colors.White, 2f));
        items.Add(MarkerItem("port", MarkerShape.FilledCircle, Colors.White, 1.2f));
        items.Add(MarkerItem("gauge change", MarkerShape.FilledTriangleUp, Colors.White, 1.2f));
        items.Add(MarkerItem("border crossing", MarkerShape.FilledDiamond, Colors.White, 1.2f));
        items.Add(MarkerItem("terminal", MarkerShape.FilledCircle, Colors.White, 1.2f));
        plot.Legend.SymbolWidth = Math.Max(30, maxWidth * 2);
    }

    private static LegendItem LineItem(string text, Color color, float width) => new()
    {
        LabelText = text,
        LineColor = color,
        LineWidth = width,
        MarkerShape = MarkerShape.None,
    };

    private static LegendItem MarkerItem(string text, MarkerShape shape, Color fill, float outline) => new()
    {
        LabelText = text,
        LineWidth = 0,
        MarkerStyle = new MarkerStyle(shape, 11, fill) { OutlineColor = FlowStyle.InkColor, OutlineWidth = outline },
    };

    /// <summary>The colour bar's source: utilisation from 0 to 100 % on the flow map's scale.</summary>
    private sealed class UtilisationAxis : IHasColorAxis
    {
        public IColormap Colormap => FlowStyle.Colormap;

        public ScottPlot.Range GetRange() => new(0, 100);
    }
}
