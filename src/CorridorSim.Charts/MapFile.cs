using CorridorSim.Output;

namespace CorridorSim.Charts;

/// <summary>Writes a map as PNG or SVG by its extension, atomically and with the invariant culture.</summary>
internal static class MapFile
{
    /// <summary>Throws when <paramref name="path"/> does not end in one of <see cref="NetworkMap.Formats"/>.</summary>
    public static string CheckedExtension(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (!NetworkMap.Formats.Contains(extension))
        {
            throw new ArgumentException($"A map is saved as .png or .svg, not '{extension}'.", nameof(path));
        }

        return extension;
    }

    /// <summary>Renders <paramref name="plot"/> at <paramref name="width"/> × <paramref name="height"/> pixels to <paramref name="path"/>.</summary>
    public static void Save(ScottPlot.Plot plot, string path, int width, int height)
    {
        string extension = CheckedExtension(path);
        AtomicFile.Write(path, temp =>
        {
            if (extension == ".png")
            {
                InvariantRendering.Run(() => plot.SavePng(temp, width, height));
            }
            else
            {
                InvariantRendering.SaveSvg(plot, temp, width, height);
            }
        });
    }

    /// <summary>
    /// The height that gives <paramref name="view"/> its proportions in an image
    /// <paramref name="width"/> wide of which <paramref name="margins"/> pixels across and
    /// <paramref name="furniture"/> down go to axes, title and legend.
    /// </summary>
    public static int Height(MapArea view, int width, int margins, int furniture)
    {
        double aspect = view.Height / (view.Width * Math.Cos(view.MidLatitude * Math.PI / 180.0));
        return Math.Clamp((int)((width - margins) * aspect) + furniture, 500, 3000);
    }
}
