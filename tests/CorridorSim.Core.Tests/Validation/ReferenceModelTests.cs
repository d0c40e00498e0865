using CorridorSim.Reference;
using CorridorSim.Statistics;

namespace CorridorSim.Tests.Validation;

public sealed class ReferenceModelTests
{
    [Theory]
    [InlineData("M1")]
    [InlineData("M2")]
    [InlineData("M3")]
    public void Each_benchmark_model_agrees_with_its_theory_at_a_smaller_size(string name)
    {
        var result = ReferenceModels.Run(name, 1, 200_000);

        Assert.True(result.AgreesWithTheory, $"{name}: {result.MeanSojournHours} vs {result.AnalyticMeanSojournHours}");
        Assert.InRange(result.Containers, 200_000, 200_049);
    }

    [Fact]
    public void The_tandem_models_theory_is_Jacksons_sum_of_station_sojourns()
    {
        // M1: 5 / (1 − 0.9) = 50 h. M2: Erlang C(3, 2.7) = 0.8171, Wq = C / (3 − 2.7) = 2.7235 h,
        // W = 5 (Wq + 1) = 18.618 h.
        double m2 = 5 * (QueueingTheory.ErlangC(3, 2.7, 1.0) / 0.3 + 1.0);

        Assert.Equal(50.0, ReferenceModels.TandemMM1(1, 1_000).AnalyticMeanSojournHours, 9);
        Assert.Equal(m2, ReferenceModels.TandemMM3(1, 1_000).AnalyticMeanSojournHours, 9);
        Assert.Equal(18.618, m2, 3);
    }

    [Fact]
    public void M1_counts_one_event_per_arrival_and_one_per_service_completion()
    {
        var result = ReferenceModels.TandemMM1(3, 10_000);

        // 10,000 departures need 50,000 completions; arrivals still in the system add a few more.
        Assert.InRange(result.Events, 60_000, 60_000 + 1_000);
    }
}
