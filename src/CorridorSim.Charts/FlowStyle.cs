using ScottPlot;

namespace CorridorSim.Charts;

/// <summary>How a flow map encodes its figures: line width for TEU, a sequential colour scale for utilisation.</summary>
internal static class FlowStyle
{
    /// <summary>Links that carried nothing.</summary>
    public static readonly Color NoFlowColor = Color.FromHex("#BDBDBD");

    /// <summary>Links that carried cargo where the results give no utilisation.</summary>
    public static readonly Color UnmeasuredColor = Color.FromHex("#A4AEB9");

    /// <summary>Outlines of markers, the width key's lines, origins.</summary>
    public static readonly Color InkColor = Color.FromHex("#333333");

    /// <summary>The thin dark edge under every line with flow, so the scale's pale end stands out from the land.</summary>
    public static readonly Color CasingColor = Color.FromHex("#2B2B2B").WithAlpha(0.5);

    private static readonly double[] NiceFactors = [5.0, 2.5, 2.0, 1.0];

    /// <summary>Width of a link that carried nothing, pixels.</summary>
    public const float NoFlowWidth = 1.0f;

    /// <summary>The narrowest line with flow, pixels, so small flows stay visible.</summary>
    public const float MinimumWidth = 1.6f;

    /// <summary>
    /// Utilisation 0–100 %: cmocean's "matter" (perceptually uniform, sequential, readable with
    /// colour-blindness), light yellow for idle to dark purple for full, without its palest tenth.
    /// </summary>
    public static IColormap Colormap { get; } = new Truncated(new ScottPlot.Colormaps.Matter(), 0.12, 1.0);

    /// <summary>The width of the busiest link, pixels, for an image <paramref name="imageWidth"/> wide.</summary>
    public static float MaxWidth(int imageWidth) => Math.Max(8f, 20f * imageWidth / 2400f);

    /// <summary>Line width for <paramref name="teu"/>, proportional to it (the busiest link <paramref name="maxWidth"/> wide), never under <see cref="MinimumWidth"/>.</summary>
    public static float Width(double teu, double maxTeu, float maxWidth) =>
        teu <= 0 || maxTeu <= 0 ? NoFlowWidth : Math.Max(MinimumWidth, (float)(maxWidth * teu / maxTeu));

    /// <summary>The colour of utilisation <paramref name="share"/> (0–1), or <see cref="UnmeasuredColor"/> when unknown.</summary>
    public static Color Of(double? share) => share is double u ? Colormap.GetColor(Math.Clamp(u, 0.0, 1.0)) : UnmeasuredColor;

    /// <summary>Three round TEU figures (1, 2, 2.5 or 5 × a power of ten) for the width legend, largest first, the largest not above <paramref name="maxTeu"/>.</summary>
    public static IReadOnlyList<double> References(double maxTeu)
    {
        double top = NiceAtMost(maxTeu);
        double middle = NiceAtMost(top / 2.5);
        return [top, middle, NiceAtMost(middle / 2.5)];
    }

    private static double NiceAtMost(double value)
    {
        if (value < 1)
        {
            return 1;
        }

        double power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return NiceFactors.Select(f => f * power).First(v => v <= value * (1 + 1e-12));
    }

    /// <summary>Part of another colour map: position p is <c>inner</c>'s <c>from + p × (to − from)</c>.</summary>
    private sealed class Truncated(IColormap inner, double from, double to) : IColormap
    {
        public string Name => inner.Name;

        public Color GetColor(double position) => inner.GetColor(from + (Math.Clamp(position, 0.0, 1.0) * (to - from)));
    }
}
