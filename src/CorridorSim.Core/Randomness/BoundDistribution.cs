using CorridorSim.Randomness.Distributions;

namespace CorridorSim.Randomness;

/// <summary>
/// A distribution bound to the random stream it draws from (one sub-stream of one component), so a
/// component holds each random quantity as one field and every purpose keeps its own stream.
/// </summary>
internal sealed class BoundDistribution(Distribution distribution, RandomStream stream)
{
    /// <summary>The next value.</summary>
    public double Sample() => distribution.Sample(stream);
}
