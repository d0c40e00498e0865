using CorridorSim.Kernel;
using CorridorSim.Randomness;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Statistics;

namespace CorridorSim.Model.Disruptions;

/// <summary>
/// Closes a component at random (storms, breakdowns): an alternating renewal process of open
/// spells and closed spells, each length drawn from its own distribution. With an exponential
/// open spell of mean 1/r the closures start as a Poisson process of rate r while open.
/// </summary>
public sealed class RandomClosures : Component
{
    private const int Begin = 0;
    private const int End = 1;

    private readonly IClosable _target;
    private readonly Distribution _openSpell;
    private readonly Distribution _closedSpell;
    private readonly RandomStream _openStream;
    private readonly RandomStream _closedStream;

    /// <summary>Starts the process in the open state at the current time.</summary>
    /// <param name="simulation">The owning simulation.</param>
    /// <param name="id">Unique component id.</param>
    /// <param name="target">The component to close.</param>
    /// <param name="openSpell">Hours from the end of one closure to the start of the next.</param>
    /// <param name="closedSpell">Hours a closure lasts.</param>
    public RandomClosures(Simulation simulation, string id, IClosable target, Distribution openSpell, Distribution closedSpell)
        : base(simulation, id)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(openSpell);
        ArgumentNullException.ThrowIfNull(closedSpell);
        _target = target;
        _openSpell = openSpell;
        _closedSpell = closedSpell;
        _openStream = StreamFor("open-spells");
        _closedStream = StreamFor("closed-spells");
        Schedule(Math.Max(0.0, _openSpell.Sample(_openStream)), Begin);
    }

    /// <summary>Lengths in hours of the closures that started since the last statistics reset.</summary>
    public Tally Closures { get; } = new();

    /// <inheritdoc />
    public override int CargoCount => 0;

    /// <inheritdoc />
    protected internal override void OnEvent(int kind, int argument)
    {
        if (kind == Begin)
        {
            double hours = Math.Max(0.0, _closedSpell.Sample(_closedStream));
            _target.Close();
            Closures.Add(hours);
            Schedule(hours, End);
        }
        else
        {
            _target.Open();
            Schedule(Math.Max(0.0, _openSpell.Sample(_openStream)), Begin);
        }
    }

    /// <inheritdoc />
    protected internal override void ResetStatistics() => Closures.Reset();
}
