using System.Text.Json;

namespace CorridorSim.Charts;

/// <summary>
/// Reads a TopoJSON topology (https://github.com/topojson/topojson-specification): its arcs,
/// delta-encoded and quantized when the topology has a transform, and the polygons of its
/// objects as lists of arc references.
/// </summary>
internal static class TopoJson
{
    /// <summary>
    /// Every arc of <paramref name="topology"/> as longitude–latitude points. With a transform a
    /// point is translate + scale × (the sum of the integer deltas up to it); without one the
    /// positions are absolute.
    /// </summary>
    public static IReadOnlyList<(double Longitude, double Latitude)[]> Arcs(JsonElement topology)
    {
        var (sx, sy, tx, ty, quantized) = (1.0, 1.0, 0.0, 0.0, false);
        if (topology.TryGetProperty("transform", out var transform))
        {
            var scale = transform.GetProperty("scale");
            var translate = transform.GetProperty("translate");
            (sx, sy, tx, ty, quantized) = (scale[0].GetDouble(), scale[1].GetDouble(), translate[0].GetDouble(), translate[1].GetDouble(), true);
        }

        var arcs = new List<(double, double)[]>();
        foreach (var arc in topology.GetProperty("arcs").EnumerateArray())
        {
            var points = new (double, double)[arc.GetArrayLength()];
            long x = 0, y = 0;
            int i = 0;
            foreach (var position in arc.EnumerateArray())
            {
                if (quantized)
                {
                    x += position[0].GetInt64();
                    y += position[1].GetInt64();
                    points[i++] = ((x * sx) + tx, (y * sy) + ty);
                }
                else
                {
                    points[i++] = (position[0].GetDouble(), position[1].GetDouble());
                }
            }

            arcs.Add(points);
        }

        return arcs;
    }

    /// <summary>
    /// The polygons of every geometry of the collection <paramref name="name"/>: per geometry, its
    /// polygons (one for a Polygon, several for a MultiPolygon), each a list of rings (the first
    /// outer, the rest holes), each a list of arc references (~i for arc i reversed). Geometries
    /// other than polygons contribute none.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<int[][]>> Polygons(JsonElement topology, string name)
    {
        var geometries = new List<IReadOnlyList<int[][]>>();
        var collection = topology.GetProperty("objects").GetProperty(name);
        IEnumerable<JsonElement> members = collection.GetProperty("type").GetString() == "GeometryCollection"
            ? collection.GetProperty("geometries").EnumerateArray()
            : [collection];
        foreach (var geometry in members)
        {
            string? type = geometry.GetProperty("type").GetString();
            var polygons = new List<int[][]>();
            if (type == "Polygon")
            {
                polygons.Add(Rings(geometry.GetProperty("arcs")));
            }
            else if (type == "MultiPolygon")
            {
                polygons.AddRange(geometry.GetProperty("arcs").EnumerateArray().Select(Rings));
            }

            geometries.Add(polygons);
        }

        return geometries;
    }

    /// <summary>The points of a ring made of <paramref name="references"/>, each arc's first point dropped after the first arc (it repeats the previous arc's last).</summary>
    public static (double Longitude, double Latitude)[] Ring(IReadOnlyList<(double Longitude, double Latitude)[]> arcs, IReadOnlyList<int> references)
    {
        var points = new List<(double, double)>();
        foreach (int reference in references)
        {
            var arc = arcs[reference >= 0 ? reference : ~reference];
            int start = points.Count == 0 ? 0 : 1;
            for (int k = start; k < arc.Length; k++)
            {
                points.Add(reference >= 0 ? arc[k] : arc[arc.Length - 1 - k]);
            }
        }

        return [.. points];
    }

    private static int[][] Rings(JsonElement polygon) =>
        [.. polygon.EnumerateArray().Select(ring => ring.EnumerateArray().Select(a => a.GetInt32()).ToArray())];
}
