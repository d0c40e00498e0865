namespace CorridorSim.Model.Disruptions;

/// <summary>
/// The nesting depth of closures on one component and the cumulative hours it has been closed,
/// so the part of a wait that overlapped a closure can be charged to disruption:
/// disruption = ClosedHours(end) − ClosedHours(start).
/// </summary>
internal struct ClosureState
{
    private int _depth;
    private double _closedSince;
    private double _closedHours;

    public readonly bool IsClosed => _depth > 0;

    public readonly double ClosedHours(double now) => _closedHours + (_depth > 0 ? now - _closedSince : 0.0);

    /// <summary>Returns true when this call closed an open component.</summary>
    public bool Close(double now)
    {
        if (_depth++ == 0)
        {
            _closedSince = now;
            return true;
        }

        return false;
    }

    /// <summary>Returns true when this call reopened the component.</summary>
    public bool Open(double now)
    {
        if (_depth == 0)
        {
            throw new InvalidOperationException("Open without a matching Close.");
        }

        if (--_depth == 0)
        {
            _closedHours += now - _closedSince;
            return true;
        }

        return false;
    }
}
