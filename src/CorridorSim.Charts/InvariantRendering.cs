using System.Globalization;

namespace CorridorSim.Charts;

/// <summary>
/// Renders with the invariant culture on the rendering thread, whatever the process's: ScottPlot
/// formats tick labels with the current culture, so a host in de-DE would draw "0,5" where the
/// files say 0.5, and a chart would differ from one process to another.
/// </summary>
internal static class InvariantRendering
{
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
}
