namespace CorridorSim.Model.Cargo;

/// <summary>A unit waiting inside a component, with the component's cumulative closed hours when it began waiting.</summary>
internal readonly record struct HeldCargo(int Cargo, double Since, double ClosedHoursAtStart);
