using CorridorSim.Statistics;

namespace CorridorSim.Tests.Statistics;

public sealed class TimeWeightedTests
{
    [Fact]
    public void The_mean_weights_each_value_by_how_long_it_lasted()
    {
        var average = new TimeWeighted(0.0, 0.0);

        average.Update(2.0, 4.0);
        average.Update(5.0, 1.0);

        // 0 for 2 h, 4 for 3 h, 1 for 5 h: (0 + 12 + 5) / 10.
        Assert.Equal(1.7, average.Mean(10.0), 12);
        Assert.Equal(4.0, average.Max);
    }

    [Fact]
    public void Reset_starts_a_new_averaging_period_from_the_current_value()
    {
        var average = new TimeWeighted(0.0, 10.0);
        average.Update(5.0, 2.0);

        average.Reset(5.0);

        Assert.Equal(2.0, average.Mean(9.0), 12);
        Assert.Equal(2.0, average.Max);
    }
}
