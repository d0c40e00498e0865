using System.Globalization;
using CorridorSim.Results;
using ScottPlot;

namespace CorridorSim.Charts;

/// <summary>
/// Small multiples of the streams' routes on shared scales, one panel per stream: a curve of
/// something accumulated along the route (days, dollars) against kilometres, the largest steps
/// at nodes labelled with the node's name.
/// </summary>
internal static class RoutePanels
{
    /// <summary>Panels per row.</summary>
    public const int Columns = 3;

    /// <summary>Steps labelled in each panel, largest first.</summary>
    public const int LabelledSteps = 2;

    /// <summary>One stream's panel: its title, its mean curve with an optional band, and its steps (km, bottom, top, node index).</summary>
    public sealed record Route(string Title, IReadOnlyList<(double Km, double Value)> Curve, IReadOnlyList<double>? Lower, IReadOnlyList<double>? Upper, IReadOnlyList<(double Km, double From, double To, string Node)> Steps);

    /// <summary>The chart: a panel per route of <paramref name="routes"/>, on scales shared by all, each of the largest steps labelled "node: " and its size as <paramref name="stepLabel"/> writes it.</summary>
    public static ChartFigure Create(string title, string subtitle, IReadOnlyList<Route> routes, string xLabel, string yLabel, Func<double, string> stepLabel, string empty)
    {
        double kmTop = routes.SelectMany(r => r.Curve).Select(p => p.Km).DefaultIfEmpty(1.0).Max() * 1.03;
        double valueTop = routes.SelectMany(r => r.Upper ?? r.Curve.Select(p => p.Value).ToList()).Concat(routes.SelectMany(r => r.Curve.Select(p => p.Value))).Where(double.IsFinite).DefaultIfEmpty(1.0).Max() * 1.12;
        var panels = new List<Plot>();
        for (int i = 0; i < routes.Count; i++)
        {
            var route = routes[i];
            var plot = ChartStyle.Panel(route.Title, yLabel, highlighted: false);
            plot.XLabel(xLabel, ChartStyle.PanelTickFontSize);
            plot.Axes.Bottom.Label.Bold = false;
            var color = ChartStyle.Series(0);
            double[] x = [.. route.Curve.Select(p => p.Km)];
            if (route.Lower is not null && route.Upper is not null)
            {
                var band = plot.Add.FillY(x, [.. route.Upper], [.. route.Lower]);
                band.FillColor = color.WithAlpha(0.2);
                band.LineWidth = 0;
            }

            var line = plot.Add.ScatterLine(x, [.. route.Curve.Select(p => p.Value)], color);
            line.LineWidth = 2.5f;
            // Estimated in data units from a panel's usual size: labels go left of the step, or
            // right of it where the left has no room, and are left out rather than overlap.
            double kmPerPixel = kmTop * ChartStyle.Scale / DataWidthPixels, valuePerPixel = valueTop * ChartStyle.Scale / DataHeightPixels;
            var placed = new List<(double Left, double Right, double Bottom, double Top)>();
            foreach (var step in route.Steps.Where(s => s.To - s.From > valueTop * 0.02).OrderByDescending(s => s.To - s.From).Take(LabelledSteps))
            {
                string label = Place(step.Node) + ": " + stepLabel(step.To - step.From);
                double width = ((label.Length * CharacterPixels) + 6) * kmPerPixel, half = 9 * valuePerPixel, y = (step.From + step.To) / 2.0;
                (double Left, double Right, double Bottom, double Top) left = (step.Km - width, step.Km, y - half, y + half), right = (step.Km, step.Km + width, y - half, y + half);
                bool Fits((double Left, double Right, double Bottom, double Top) box) =>
                    box.Left >= 0 && box.Right <= kmTop && box.Top <= valueTop && !placed.Any(p => p.Left < box.Right && box.Left < p.Right && p.Bottom < box.Top && box.Bottom < p.Top);
                bool onLeft = Fits(left);
                if (!onLeft && !Fits(right))
                {
                    continue;
                }

                placed.Add(onLeft ? left : right);
                var text = plot.Add.Text(label, step.Km, y);
                text.LabelFontSize = ChartStyle.PanelTickFontSize;
                text.LabelFontColor = Color.FromHex(ChartStyle.TotalHex);
                text.LabelAlignment = onLeft ? Alignment.MiddleRight : Alignment.MiddleLeft;
                text.OffsetX = onLeft ? -6 : 6;
            }

            // A sliver left of zero, so that a wait at the origin shows as a step, not as the axis.
            plot.Axes.SetLimits(-0.015 * kmTop, kmTop, 0, valueTop);
            panels.Add(plot);
        }

        if (panels.Count == 0)
        {
            var plot = ChartStyle.Panel(empty, yLabel, highlighted: false);
            plot.XLabel(xLabel, ChartStyle.PanelTickFontSize);
            plot.Axes.SetLimits(0, 1, 0, 1);
            panels.Add(plot);
        }

        return ChartFigure.Grid(title, subtitle, panels, panels.Count == 1 ? 1 : Columns);
    }

    /// <summary>A panel's usual data area, in pixels, and the width of a label's character: enough to keep labels apart.</summary>
    private const double DataWidthPixels = 440, DataHeightPixels = 160, CharacterPixels = 7.8;

    /// <summary>A node's name as a step's label gives it: "North port – city terminal" is "North port".</summary>
    public static string Place(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        int dash = name.IndexOf(" – ", StringComparison.Ordinal);
        return dash > 0 ? name[..dash] : name;
    }

    /// <summary>Node <paramref name="k"/> of <paramref name="stream"/>'s route by name, by id in a result saved without names.</summary>
    public static string NodeName(StreamResult stream, int k) => k < stream.RouteNames.Count ? stream.RouteNames[k] : stream.Route[k];

    /// <summary>Formats <paramref name="text"/> with the invariant culture.</summary>
    public static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
