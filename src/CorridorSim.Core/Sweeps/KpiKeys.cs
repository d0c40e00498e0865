using System.Collections.Frozen;

namespace CorridorSim.Sweeps;

/// <summary>
/// The KPI keys of a sweep's store in the order its log first names them, each with its place:
/// immutable, so that every run's <see cref="KpiValues"/> shares one, and replaced by a longer one
/// when a run brings keys not seen before (rarely: the first run names nearly all).
/// </summary>
internal sealed class KpiKeys
{
    private readonly string[] _keys;
    private readonly FrozenDictionary<string, int> _index;

    private KpiKeys(string[] keys)
    {
        _keys = keys;
        _index = keys.Select((k, i) => KeyValuePair.Create(k, i)).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>No keys yet.</summary>
    public static KpiKeys None { get; } = new([]);

    /// <summary>The keys, in order.</summary>
    public IReadOnlyList<string> Keys => _keys;

    /// <summary>How many there are.</summary>
    public int Count => _keys.Length;

    /// <summary>The place of <paramref name="key"/>, if it is one.</summary>
    public bool TryGetIndex(string key, out int index) => _index.TryGetValue(key, out index);

    /// <summary>These keys followed by <paramref name="added"/> (this when there are none).</summary>
    public KpiKeys With(IReadOnlyList<string> added) => added.Count == 0 ? this : new([.. _keys, .. added]);
}
