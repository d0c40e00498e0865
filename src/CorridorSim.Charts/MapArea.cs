using System.Globalization;

namespace CorridorSim.Charts;

/// <summary>A longitude–latitude rectangle to draw, in decimal degrees.</summary>
/// <param name="West">Western edge, ° E.</param>
/// <param name="South">Southern edge, ° N.</param>
/// <param name="East">Eastern edge, ° E.</param>
/// <param name="North">Northern edge, ° N.</param>
public sealed record MapArea(double West, double South, double East, double North)
{
    /// <summary>Width in degrees of longitude.</summary>
    public double Width => East - West;

    /// <summary>Height in degrees of latitude.</summary>
    public double Height => North - South;

    /// <summary>The latitude halfway between the edges.</summary>
    public double MidLatitude => (South + North) / 2.0;

    /// <summary>Whether the point lies inside.</summary>
    public bool Contains(double longitude, double latitude) =>
        longitude >= West && longitude <= East && latitude >= South && latitude <= North;

    /// <summary>The smallest area around <paramref name="points"/>, with a margin of 4 % (10 % on the east, for labels).</summary>
    public static MapArea Around(IEnumerable<(double Longitude, double Latitude)> points)
    {
        var list = points.ToList();
        double west = list.Min(p => p.Longitude), east = list.Max(p => p.Longitude);
        double south = list.Min(p => p.Latitude), north = list.Max(p => p.Latitude);
        double mx = Math.Max(0.5, 0.04 * (east - west)), my = Math.Max(0.5, 0.04 * (north - south));
        return new MapArea(west - mx, south - my, east + (2.5 * mx), north + my);
    }

    /// <summary>
    /// Parses "west,south,east,north" in decimal degrees; null with a message when the text is not
    /// four numbers with west &lt; east and south &lt; north inside the valid ranges.
    /// </summary>
    public static MapArea? TryParse(string text, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(',');
        var values = new double[4];
        if (parts.Length != 4 || !parts.Select((p, i) => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i])).All(ok => ok))
        {
            problem = $"'{text}' is not four numbers west,south,east,north, e.g. 26,38,56,46.";
            return null;
        }

        var area = new MapArea(values[0], values[1], values[2], values[3]);
        if (!(area.West < area.East && area.South < area.North && area.West >= -180 && area.East <= 180 && area.South >= -90 && area.North <= 90))
        {
            problem = $"'{text}' must have west < east and south < north, longitudes within ±180 and latitudes within ±90.";
            return null;
        }

        problem = null;
        return area;
    }
}
