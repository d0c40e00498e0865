namespace CorridorSim.Experiments;

/// <summary>How far an experiment is: runs finished out of the runs planned so far (a precision target may add more).</summary>
/// <param name="Completed">Runs finished.</param>
/// <param name="Planned">Runs planned so far.</param>
public readonly record struct ExperimentProgress(int Completed, int Planned);
