namespace CorridorSim.Input;

/// <summary>What an input file is, told by its content (see <see cref="InputValidator"/>).</summary>
public enum InputKind
{
    /// <summary>A scenario: it gives <c>streams</c> or <c>extends</c>.</summary>
    Scenario,

    /// <summary>A network (a root file or a part): it gives <c>nodes</c>, <c>links</c> or <c>include</c>.</summary>
    Network,
}
