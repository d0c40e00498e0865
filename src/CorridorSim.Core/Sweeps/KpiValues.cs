using System.Collections;

namespace CorridorSim.Sweeps;

/// <summary>
/// A stored run's KPIs: one number per key of the store's <see cref="KpiKeys"/> up to the last it
/// has (NaN where it measured nothing), without a dictionary or key strings of its own, so that a
/// store holding many runs holds little more than their numbers.
/// </summary>
internal sealed class KpiValues : IReadOnlyDictionary<string, double>
{
    private readonly KpiKeys _keys;
    private readonly double[] _values;

    /// <summary>The values of the first <c>values.Length</c> of <paramref name="keys"/>.</summary>
    public KpiValues(KpiKeys keys, double[] values)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(values.Length, keys.Count);
        (_keys, _values) = (keys, values);
    }

    public int Count => _values.Length;

    public IEnumerable<string> Keys => _keys.Keys.Take(_values.Length);

    public IEnumerable<double> Values => _values;

    public double this[string key] => TryGetValue(key, out double value) ? value : throw new KeyNotFoundException($"The run has no KPI '{key}'.");

    public bool ContainsKey(string key) => _keys.TryGetIndex(key, out int at) && at < _values.Length;

    public bool TryGetValue(string key, out double value)
    {
        if (_keys.TryGetIndex(key, out int at) && at < _values.Length)
        {
            value = _values[at];
            return true;
        }

        value = double.NaN;
        return false;
    }

    public IEnumerator<KeyValuePair<string, double>> GetEnumerator()
    {
        for (int i = 0; i < _values.Length; i++)
        {
            yield return KeyValuePair.Create(_keys.Keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
