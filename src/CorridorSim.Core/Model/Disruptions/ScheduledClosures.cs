using CorridorSim.Kernel;

namespace CorridorSim.Model.Disruptions;

/// <summary>
/// Closes a component during fixed windows (maintenance, announced border shutdowns).
/// Windows may overlap one another and closures from other sources; closures nest.
/// </summary>
public sealed class ScheduledClosures : Component
{
    private const int Begin = 0;
    private const int End = 1;

    private readonly IClosable _target;

    /// <summary>Schedules every window in <paramref name="windows"/> on <paramref name="target"/>.</summary>
    public ScheduledClosures(Simulation simulation, string id, IClosable target, IReadOnlyList<ClosureWindow> windows)
        : base(simulation, id)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(windows);
        _target = target;
        foreach (var window in windows)
        {
            if (!(window.Start >= simulation.NowHours) || !(window.End > window.Start) || double.IsInfinity(window.End))
            {
                throw new ArgumentException($"Closure window {window} must start now or later and end after it starts.", nameof(windows));
            }

            Schedule(window.Start - simulation.NowHours, Begin);
            Schedule(window.End - simulation.NowHours, End);
        }

        Windows = windows;
    }

    /// <summary>The closure windows.</summary>
    public IReadOnlyList<ClosureWindow> Windows { get; }

    /// <inheritdoc />
    public override int CargoCount => 0;

    /// <inheritdoc />
    protected internal override void OnEvent(int kind, int argument)
    {
        if (kind == Begin)
        {
            _target.Close();
        }
        else
        {
            _target.Open();
        }
    }
}
