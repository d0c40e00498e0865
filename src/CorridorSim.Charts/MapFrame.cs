using System.Globalization;
using ScottPlot;

namespace CorridorSim.Charts;

/// <summary>The frame every map shares: its projection, the base map under it, axes in degrees and the view.</summary>
internal static class MapFrame
{
    /// <summary>The projection's x scale for <paramref name="view"/>: longitude is multiplied by the cosine of the mid-latitude.</summary>
    public static double XScale(MapArea view) => Math.Cos(view.MidLatitude * Math.PI / 180.0);

    /// <summary>A new plot in the house typeface with the base map drawn under whatever is added to it next.</summary>
    public static Plot WithBasemap(MapArea view)
    {
        var plot = new Plot();
        plot.Font.Set(ChartStyle.FontName);
        plot.Add.Plottable(new BasemapLayer(Basemap.NaturalEarth, XScale(view)));
        return plot;
    }

    /// <summary>
    /// Labels the axes in degrees (ticks unscaled back to longitude), crediting the base map, and
    /// shows <paramref name="view"/> with equal pixels per unit on both axes: the view widens in
    /// one direction to fit the image.
    /// </summary>
    public static void Apply(Plot plot, MapArea view)
    {
        double xScale = XScale(view);
        plot.XLabel(string.Create(CultureInfo.InvariantCulture, $"Longitude (° E; scaled by cos {view.MidLatitude:F0}° so distances keep their proportions) · base map: Natural Earth"));
        plot.YLabel("Latitude (° N)");
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = x => (x / xScale).ToString("F0", CultureInfo.InvariantCulture),
        };
        plot.Axes.SetLimits(view.West * xScale, view.East * xScale, view.South, view.North);
        plot.Axes.SquareUnits();
    }
}
