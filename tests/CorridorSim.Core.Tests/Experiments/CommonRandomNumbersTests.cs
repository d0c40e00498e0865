using System.Globalization;
using CorridorSim.Input;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Corridor;
using CorridorSim.Model.Disruptions;
using CorridorSim.Model.Links;

namespace CorridorSim.Tests.Experiments;

/// <summary>
/// Paired scenario comparisons with common random numbers: replication i of every scenario gets
/// the same seed, and a change to one input moves only the draws it must.
/// </summary>
public sealed class CommonRandomNumbersTests
{
    private const string Sea = "caspian";
    private static readonly double[] CaspianStorms = [2.0, 1.5, 1.5, 1.0, 0.75, 0.3, 0.3, 0.3, 0.75, 1.0, 3.0, 3.0];

    [Fact]
    public void Doubling_a_sea_areas_storm_rate_keeps_every_storm_of_the_base_at_every_seed()
    {
        var calm = Load(CaspianStorms, westFeuShare: 0.5);
        var stormy = Load(CaspianStorms.Select(c => 2 * c).ToArray(), westFeuShare: 0.5);

        for (ulong seed = 1; seed <= 20; seed++)
        {
            var (calmStorms, calmClosed) = Storms(calm, seed);
            var (stormyStorms, stormyClosed) = Storms(stormy, seed);

            Assert.True(stormyClosed >= calmClosed, $"seed {seed}: {stormyClosed:F1} h closed with twice the storms, {calmClosed:F1} h without");
            Assert.Subset(stormyStorms.Select(s => s.Start).ToHashSet(), calmStorms.Select(s => s.Start).ToHashSet());
        }
    }

    [Fact]
    public void Changing_one_streams_feu_share_leaves_the_other_streams_arrivals_and_carriers_unchanged()
    {
        var before = Run(Load(CaspianStorms, westFeuShare: 0.5), seed: 7);
        var after = Run(Load(CaspianStorms, westFeuShare: 0.9), seed: 7);

        Assert.Equal(before.Created[1], after.Created[1]);
        Assert.NotEqual(before.Created[0].Count(c => c.Teu == 2), after.Created[0].Count(c => c.Teu == 2));
        Assert.Equal(before.Capacities, after.Capacities);
    }

    private static CorridorSim.Scenarios.Scenario Load(double[] seaStorms, double westFeuShare)
    {
        string storms = string.Join(", ", seaStorms.Select(c => c.ToString(CultureInfo.InvariantCulture)));
        string text = string.Create(CultureInfo.InvariantCulture, $$"""
            { "name": "crn", "years": 0.5, "warmUpDays": 30,
              "streams": [
                { "id": "west", "origin": "xian", "destination": "baku", "via": ["aktau"], "teuPerYear": 9000,
                  "containersPerShipment": 66, "feuShare": {{westFeuShare}}, "arrivals": "scheduled", "sources": ["S96"] },
                { "id": "kz", "origin": "almaty", "destination": "baku", "via": ["aktau"], "teuPerYear": 3000,
                  "feuShare": 0.6, "sources": ["S96"] } ],
              "overrides": { "seaAreas": { "{{Sea}}": { "weather": { "closuresPerMonth": [{{storms}}] } } } } }
            """);
        return ScenarioLoader.LoadFromText("crn.json", text).ValueOrThrow();
    }

    private static (IReadOnlyList<ClosureWindow> Storms, double ClosedHours) Storms(CorridorSim.Scenarios.Scenario scenario, ulong seed)
    {
        var model = new CorridorModel(scenario, seed);
        model.Run();
        var weather = model.Simulation.Components.OfType<SeasonalClosures>().Single(w => w.Id == $"weather:sea:{Sea}");
        return (weather.Storms, weather.ClosedHours(model.Simulation.Now));
    }

    private static (List<(double Hours, int Teu)>[] Created, Dictionary<string, int> Capacities) Run(CorridorSim.Scenarios.Scenario scenario, ulong seed)
    {
        var model = new CorridorModel(scenario, seed);
        var created = new List<(double Hours, int Teu)>[model.Sources.Count];
        for (int s = 0; s < model.Sources.Count; s++)
        {
            created[s] = [];
            model.Sources[s].Next = new Recorder(model, model.Sources[s].Next!, created[s]);
        }

        model.Run();
        var capacities = model.Simulation.Components.OfType<BatchCarrierService>().Select(c => (c.Id, c.Capacity))
            .Concat(model.Simulation.Components.OfType<VesselService>().Select(c => (c.Id, c.Capacity)))
            .ToDictionary(c => c.Id, c => c.Capacity);
        return (created, capacities);
    }

    /// <summary>Notes each new container's creation time and size, then hands it on.</summary>
    private sealed class Recorder(CorridorModel model, ICargoReceiver next, List<(double Hours, int Teu)> created) : ICargoReceiver
    {
        public bool TryAccept(int cargo)
        {
            created.Add((model.Simulation.Cargo.CreatedAt(cargo), CargoTag.Teu(model.Simulation.Cargo.Tag(cargo))));
            return next.TryAccept(cargo);
        }

        public void NotifyWhenRoom(IRoomListener sender) => next.NotifyWhenRoom(sender);
    }
}
