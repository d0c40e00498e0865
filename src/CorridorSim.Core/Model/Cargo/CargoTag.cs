namespace CorridorSim.Model.Cargo;

/// <summary>
/// How corridor models pack a container's demand stream and size into its integer tag. For a
/// stream with several routes the stream index is the lane of the route its shipment takes
/// (<see cref="Corridor.RouteLanes"/>); components that tell streams apart then tell lanes apart.
/// </summary>
public static class CargoTag
{
    /// <summary>The tag of a container of <paramref name="stream"/>, 40-ft when <paramref name="feu"/>.</summary>
    public static int Of(int stream, bool feu) => (stream << 1) | (feu ? 1 : 0);

    /// <summary>The demand stream (or lane) index in <paramref name="tag"/>.</summary>
    public static int Stream(int tag) => tag >> 1;

    /// <summary>The container's size in TEU: 2 for a 40-ft box, 1 for a 20-ft box.</summary>
    public static int Teu(int tag) => (tag & 1) + 1;
}
