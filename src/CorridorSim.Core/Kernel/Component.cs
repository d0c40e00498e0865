using CorridorSim.Randomness;

namespace CorridorSim.Kernel;

/// <summary>
/// A state machine that reacts to its own scheduled events. Every building block of a model
/// (source, station, carrier service, delay, sink, closure process) is a component. A component
/// registers itself with its <see cref="Simulation"/> on construction and takes one random stream
/// per purpose from <see cref="StreamFor"/>, keyed by its <see cref="Id"/> and the purpose, so
/// adding a component never shifts another's streams and drawing more for one purpose never
/// shifts the draws of another.
/// </summary>
public abstract class Component
{
    /// <summary>Creates the component and registers it with <paramref name="simulation"/>.</summary>
    /// <param name="simulation">The simulation that owns the component.</param>
    /// <param name="id">Unique, stable id; it also seeds the component's random stream.</param>
    protected Component(Simulation simulation, string id)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Simulation = simulation;
        Id = id;
        Handle = simulation.Register(this);
    }

    /// <summary>The unique id within the simulation, e.g. a network node or link id.</summary>
    public string Id { get; }

    /// <summary>The simulation that owns this component.</summary>
    public Simulation Simulation { get; }

    /// <summary>
    /// This component's random stream for <paramref name="purpose"/> (e.g. "arrival-gaps",
    /// "service"), seeded from the run seed, <see cref="Id"/> and the purpose. Each call makes a
    /// new stream starting at the same point: call it once per purpose, in the constructor, and
    /// keep the stream (hot paths then allocate nothing).
    /// </summary>
    protected RandomStream StreamFor(string purpose) => Simulation.Streams.For(Id, purpose);

    /// <summary>Number of cargo units this component holds right now (for the conservation check).</summary>
    public abstract int CargoCount { get; }

    internal int Handle { get; }

    /// <summary>Reacts to an event this component scheduled for itself.</summary>
    /// <param name="kind">The component's own event code.</param>
    /// <param name="argument">The integer the event carries (a cargo id, a carrier index, a token).</param>
    protected internal abstract void OnEvent(int kind, int argument);

    /// <summary>Forgets statistics collected so far (end of warm-up); state is kept.</summary>
    protected internal virtual void ResetStatistics()
    {
    }

    /// <summary>Schedules an event for this component <paramref name="delayHours"/> hours from now.</summary>
    protected void Schedule(double delayHours, int kind, int argument = 0) =>
        Simulation.Schedule(Handle, delayHours, kind, argument);
}
