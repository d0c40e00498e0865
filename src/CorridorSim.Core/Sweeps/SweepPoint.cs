using System.Text.Json.Nodes;

namespace CorridorSim.Sweeps;

/// <summary>One point of a sweep design: its number, where it lies in the unit cube, the value each factor takes there and, in a Morris design, its trajectory and the factor its step changed.</summary>
/// <param name="Index">0-based number of the point in the design.</param>
/// <param name="Unit">Each factor's place in [0, 1].</param>
/// <param name="Values">Each factor's value, in the order of the factors.</param>
/// <param name="Trajectory">A Morris point's trajectory, else null.</param>
/// <param name="Changed">The factor a Morris step changed to reach this point (null at a trajectory's start and outside Morris).</param>
public sealed record SweepPoint(int Index, IReadOnlyList<double> Unit, IReadOnlyList<JsonNode?> Values, int? Trajectory = null, int? Changed = null);
