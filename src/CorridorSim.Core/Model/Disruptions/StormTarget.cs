using CorridorSim.Randomness;

namespace CorridorSim.Model.Disruptions;

/// <summary>
/// One component a <see cref="SeasonalClosures"/> process closes, with its chance of being closed
/// by a storm, its own uniform draws per band of candidates, and the closures it has had.
/// </summary>
internal sealed class StormTarget(string key, IClosable closable, double chance, RandomStream[] draws)
{
    private int _depth;
    private double _closedSince;
    private double _closedHours;

    public string Key { get; } = key;

    public long Closures { get; private set; }

    /// <summary>Whether the current candidate of <paramref name="band"/> would close this target; draws for every candidate when the chance is below 1.</summary>
    public bool Closes(int band) => draws.Length == 0 || draws[band].NextDouble() < chance;

    public double ClosedHours(double now) => _closedHours + (_depth > 0 ? now - _closedSince : 0.0);

    public void Close(double now)
    {
        if (_depth++ == 0)
        {
            _closedSince = now;
        }

        Closures++;
        closable.Close();
    }

    public void Open(double now)
    {
        if (--_depth == 0)
        {
            _closedHours += now - _closedSince;
        }

        closable.Open();
    }

    public void ResetStatistics(double now)
    {
        Closures = 0;
        _closedHours = 0.0;
        _closedSince = now;
    }
}
