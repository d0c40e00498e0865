namespace CorridorSim.Statistics;

/// <summary>
/// Time-average of a piecewise-constant quantity (queue length, busy servers, carriers at sea):
/// the integral of the value over time divided by the elapsed time since the last reset.
/// Call <see cref="Update"/> at every change, with the simulation time in hours.
/// </summary>
public sealed class TimeWeighted
{
    private double _area;
    private double _lastTime;
    private double _startTime;

    /// <summary>Creates the accumulator with <paramref name="initialValue"/> at time <paramref name="startTime"/>.</summary>
    public TimeWeighted(double startTime = 0.0, double initialValue = 0.0)
    {
        _startTime = startTime;
        _lastTime = startTime;
        Current = initialValue;
        Max = initialValue;
    }

    /// <summary>The value now.</summary>
    public double Current { get; private set; }

    /// <summary>The largest value since the last reset.</summary>
    public double Max { get; private set; }

    /// <summary>Records that the value changed to <paramref name="value"/> at time <paramref name="now"/>.</summary>
    public void Update(double now, double value)
    {
        _area += Current * (now - _lastTime);
        _lastTime = now;
        Current = value;
        if (value > Max)
        {
            Max = value;
        }
    }

    /// <summary>The time-average from the last reset until <paramref name="now"/> (the current value if no time passed).</summary>
    public double Mean(double now)
    {
        double elapsed = now - _startTime;
        return elapsed > 0.0 ? (_area + (Current * (now - _lastTime))) / elapsed : Current;
    }

    /// <summary>Starts a new averaging period at <paramref name="now"/>, keeping the current value.</summary>
    public void Reset(double now)
    {
        _area = 0.0;
        _startTime = now;
        _lastTime = now;
        Max = Current;
    }
}
