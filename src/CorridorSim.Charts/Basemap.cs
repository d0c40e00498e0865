using System.Text.Json;

namespace CorridorSim.Charts;

/// <summary>
/// What a map is drawn on: land, inland water, coastlines and country borders as
/// longitude–latitude lines in decimal degrees. <see cref="NaturalEarth"/> is the built-in one
/// (Natural Earth 1:50m, public domain, as TopoJSON from world-atlas 2.0.2; see
/// <c>data/basemap/README.md</c>).
/// </summary>
public sealed class Basemap
{
    private const string ResourceName = "CorridorSim.Charts.Data.countries-50m.json";

    private static readonly Lazy<Basemap> BuiltIn = new(() =>
    {
        using var stream = typeof(Basemap).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the Charts assembly.");
        using var reader = new StreamReader(stream);
        return FromTopoJson(reader.ReadToEnd());
    });

    private Basemap(
        IReadOnlyList<IReadOnlyList<(double Longitude, double Latitude)>> land,
        IReadOnlyList<IReadOnlyList<(double Longitude, double Latitude)>> water,
        IReadOnlyList<IReadOnlyList<(double Longitude, double Latitude)>> coastlines,
        IReadOnlyList<IReadOnlyList<(double Longitude, double Latitude)>> borders)
    {
        (Land, Water, Coastlines, Borders) = (land, water, coastlines, borders);
    }

    /// <summary>The built-in base map: Natural Earth 1:50m countries, the whole world; decoded once, on first use.</summary>
    public static Basemap NaturalEarth => BuiltIn.Value;

    /// <summary>Outer rings of the land, closed (the last point repeats the first).</summary>
    public IReadOnlyList<IReadOnlyList<(double Longitude, double Latitude)>> Land { get; }

    /// <summary>Holes in the land (inland seas and lakes the data leaves out of the land), closed rings.</summary>
    public IReadOnlyList<IReadOnlyList<(double Longitude, double Latitude)>> Water { get; }

    /// <summary>Coastlines: the arcs that only one country uses, as open lines.</summary>
    public IReadOnlyList<IReadOnlyList<(double Longitude, double Latitude)>> Coastlines { get; }

    /// <summary>Land borders: the arcs that two countries share, as open lines.</summary>
    public IReadOnlyList<IReadOnlyList<(double Longitude, double Latitude)>> Borders { get; }

    /// <summary>
    /// Decodes a TopoJSON topology in longitude–latitude: land from the polygons of the object
    /// <paramref name="landObject"/>, coastlines and borders from the arcs of the object
    /// <paramref name="countriesObject"/> by how many of its geometries use each (one: a
    /// coastline; two: a border). Without a land object, land is the countries' polygons.
    /// </summary>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    /// <exception cref="KeyNotFoundException">The topology lacks the arcs or the countries object.</exception>
    public static Basemap FromTopoJson(string json, string countriesObject = "countries", string landObject = "land")
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        var topology = document.RootElement;
        var arcs = TopoJson.Arcs(topology);
        var countries = TopoJson.Polygons(topology, countriesObject);
        bool hasLand = topology.GetProperty("objects").TryGetProperty(landObject, out _);
        var landPolygons = hasLand ? TopoJson.Polygons(topology, landObject).SelectMany(g => g) : countries.SelectMany(g => g);

        var land = new List<IReadOnlyList<(double, double)>>();
        var water = new List<IReadOnlyList<(double, double)>>();
        foreach (var polygon in landPolygons)
        {
            for (int r = 0; r < polygon.Length; r++)
            {
                (r == 0 ? land : water).Add(TopoJson.Ring(arcs, polygon[r]));
            }
        }

        // How many countries use each arc: once on the coast, twice along a border.
        var users = new int[arcs.Count];
        var lastUser = Enumerable.Repeat(-1, arcs.Count).ToArray();
        for (int g = 0; g < countries.Count; g++)
        {
            foreach (int reference in countries[g].SelectMany(p => p).SelectMany(ring => ring))
            {
                int arc = reference >= 0 ? reference : ~reference;
                if (lastUser[arc] != g)
                {
                    (lastUser[arc], users[arc]) = (g, users[arc] + 1);
                }
            }
        }

        var coastlines = Enumerable.Range(0, arcs.Count).Where(a => users[a] == 1).Select(a => (IReadOnlyList<(double, double)>)arcs[a]).ToList();
        var borders = Enumerable.Range(0, arcs.Count).Where(a => users[a] == 2).Select(a => (IReadOnlyList<(double, double)>)arcs[a]).ToList();
        return new Basemap(land, water, coastlines, borders);
    }
}
