using CorridorSim.Kernel;
using CorridorSim.Model.Nodes;
using CorridorSim.Randomness.Distributions;
using CorridorSim.Reference;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Validation;

public sealed class DeterminismTests
{
    private const double Hours = 20_000.0;

    [Fact]
    public void The_same_seed_gives_bit_identical_results()
    {
        var first = Run(new SampleNetwork(42));
        var second = Run(new SampleNetwork(42));

        Assert.Equal(first.Events, second.Events);
        Assert.Equal(Bits(first.Fingerprint), Bits(second.Fingerprint));
    }

    [Fact]
    public void A_different_seed_gives_different_results()
    {
        var first = Run(new SampleNetwork(42));
        var second = Run(new SampleNetwork(43));

        Assert.NotEqual(Bits(first.Fingerprint), Bits(second.Fingerprint));
    }

    [Fact]
    public void Adding_an_unrelated_component_leaves_other_components_streams_unchanged()
    {
        var alone = new SampleNetwork(42);
        var shared = new SampleNetwork(42);
        var otherSource = new Source(shared.Simulation, "elsewhere-origin", new Exponential(3.0));
        otherSource.Next = new Station(shared.Simulation, "elsewhere-terminal", 1, new Exponential(4.0))
        {
            Next = new Sink(shared.Simulation, "elsewhere-destination"),
        };

        var a = Run(alone);
        var b = Run(shared);

        Assert.True(b.Events > a.Events, "the unrelated chain should add events");
        Assert.Equal(Bits(a.Fingerprint), Bits(b.Fingerprint));
    }

    [Fact]
    public void Reference_models_repeat_exactly_for_a_seed()
    {
        var first = ReferenceModels.BatchFerry(5, 50_000);
        var second = ReferenceModels.BatchFerry(5, 50_000);

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_corridor_scenario_run_twice_with_one_seed_gives_the_same_storms_and_figures()
    {
        var scenario = CorridorSim.Input.ScenarioLoader.LoadBuiltIn().ValueOrThrow() with { Years = 0.25 };
        var first = new CorridorSim.Model.Corridor.CorridorModel(scenario, 11);
        var second = new CorridorSim.Model.Corridor.CorridorModel(scenario, 11);

        first.Run();
        second.Run();

        Assert.Equal(first.Simulation.EventsExecuted, second.Simulation.EventsExecuted);
        Assert.Equal(Storms(first), Storms(second));
        Assert.Equal(
            CorridorSim.Results.RunResultJson.Write(CorridorSim.Experiments.ScenarioRunner.Run(scenario, 11, cancellationToken: TestContext.Current.CancellationToken)),
            CorridorSim.Results.RunResultJson.Write(CorridorSim.Experiments.ScenarioRunner.Run(scenario, 11, cancellationToken: TestContext.Current.CancellationToken)));
    }

    private static CorridorSim.Model.Disruptions.ClosureWindow[] Storms(CorridorSim.Model.Corridor.CorridorModel model) =>
        [.. model.Simulation.Components.OfType<CorridorSim.Model.Disruptions.SeasonalClosures>().SelectMany(w => w.Storms)];

    private static (long Events, double[] Fingerprint) Run(SampleNetwork net)
    {
        net.Simulation.Run(new SimTime(Hours));
        net.Simulation.CheckCargoConservation();
        return (net.Simulation.EventsExecuted, net.Fingerprint());
    }

    private static long[] Bits(double[] values) => values.Select(BitConverter.DoubleToInt64Bits).ToArray();
}
