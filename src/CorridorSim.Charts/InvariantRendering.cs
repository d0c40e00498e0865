using System.Globalization;
using System.Text.RegularExpressions;

namespace CorridorSim.Charts;

/// <summary>
/// Renders with the invariant culture on the rendering thread, whatever the process's: ScottPlot
/// formats tick labels with the current culture, so a host in de-DE would draw "0,5" where the
/// files say 0.5, and a chart would differ from one process to another.
/// </summary>
internal static partial class InvariantRendering
{
    /// <summary>
    /// Saves <paramref name="plot"/> as SVG to <paramref name="path"/>, its clip-path ids (hexadecimal) numbered
    /// from 1 in the file: the renderer numbers them across the whole process, so the same chart
    /// drawn after others would otherwise differ in its bytes.
    /// </summary>
    public static void SaveSvg(ScottPlot.Plot plot, string path, int width, int height)
    {
        Run(() => plot.SaveSvg(path, width, height));
        RenumberClips(path);
    }

    /// <summary>Numbers the clip-path ids of the SVG file at <paramref name="path"/> from 1, in place.</summary>
    public static void RenumberClips(string path)
    {
        string svg = File.ReadAllText(path);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        string renumbered = ClipId().Replace(svg, m =>
        {
            if (!numbers.TryGetValue(m.Groups[1].Value, out int n))
            {
                n = numbers.Count + 1;
                numbers[m.Groups[1].Value] = n;
            }

            return string.Create(CultureInfo.InvariantCulture, $"cl_{n}");
        });
        File.WriteAllText(path, renumbered);
    }

    /// <summary>Runs <paramref name="render"/> with the invariant culture, then restores the thread's.</summary>
    public static void Run(Action render)
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            render();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    [GeneratedRegex(@"\bcl_([0-9a-f]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClipId();
}
