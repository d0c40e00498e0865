using System.Text;

namespace CorridorSim.Randomness;

/// <summary>
/// A hash of a string that is the same on every machine, process and .NET version
/// (64-bit FNV-1a over the UTF-8 bytes). Unlike <see cref="string.GetHashCode()"/>, which is
/// randomised per process, it can key random streams reproducibly.
/// </summary>
public static class StableHash
{
    private const ulong OffsetBasis = 0xCBF29CE484222325UL;
    private const ulong Prime = 0x100000001B3UL;

    /// <summary>The 64-bit FNV-1a hash of the UTF-8 encoding of <paramref name="text"/>.</summary>
    public static ulong Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ulong hash = OffsetBasis;
        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * Prime;
        }

        return hash;
    }
}
