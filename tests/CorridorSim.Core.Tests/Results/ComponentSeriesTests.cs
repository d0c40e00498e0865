using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Kernel;
using CorridorSim.Results;

namespace CorridorSim.Tests.Results;

/// <summary>The weekly series of the capacity-limited components, and the names they are shown by.</summary>
public sealed class ComponentSeriesTests : IClassFixture<ComponentSeriesTests.HalfYear>
{
    private readonly RunResult _run;

    public ComponentSeriesTests(HalfYear fixture) => _run = fixture.Run;

    [Theory]
    [InlineData("node:alat:capacity", "utilisation")]
    [InlineData("node:aktau:capacity", "utilisation")]
    [InlineData("link:aktau-alat-feeder", "fleetUtilisation")]
    [InlineData("link:xian-lanzhou:f", "fleetUtilisation")]
    public void The_weeks_utilisation_weighted_by_week_length_adds_up_to_the_runs(string id, string measure)
    {
        var series = _run.ComponentSeries.Single(s => s.Id == id);
        double measured = _run.Info.Years * SimCalendar.HoursPerYear;
        double[] lengths = [.. Enumerable.Range(0, series.Utilisation.Count).Select(w => Math.Min(SimCalendar.HoursPerWeek, measured - (w * SimCalendar.HoursPerWeek)))];

        double weighted = series.Utilisation.Select((u, w) => u * lengths[w]).Sum() / lengths.Sum();

        Assert.Equal(_run.Weeks, series.Utilisation.Count);
        Assert.All(series.Utilisation, u => Assert.InRange(u, 0.0, 1.0 + 1e-9));
        Assert.Equal(_run.Components.Single(c => c.Id == id).Measures.Single(m => m.Name == measure).Value, weighted, 3);
    }

    [Fact]
    public void A_train_service_with_line_slots_counts_by_the_busier_of_its_fleet_and_its_slots()
    {
        var service = _run.Components.Where(c => c.Measures.Any(m => m.Name == "slotUtilisation")).First();
        var series = _run.ComponentSeries.Single(s => s.Id == service.Id);
        double slots = service.Measures.Single(m => m.Name == "slotUtilisation").Value;

        Assert.True(series.Utilisation.Average() >= slots - 0.02, $"{service.Id}: weekly mean {series.Utilisation.Average():0.000} below its slot utilisation {slots:0.000}");
    }

    [Fact]
    public void An_origin_has_a_backlog_but_no_utilisation()
    {
        var origin = _run.ComponentSeries.First(s => s.Id.StartsWith("demand:", StringComparison.Ordinal));

        Assert.All(origin.Utilisation, u => Assert.True(double.IsNaN(u)));
        Assert.Equal(_run.Weeks, origin.Backlog.Count);
    }

    [Theory]
    [InlineData("node:alat:yard", "Alat – Baku International Sea Trade Port, yard")]
    [InlineData("node:aktau:capacity", "Aktau port, handling")]
    [InlineData("node:dostyk:dwell", "Dostyk station, clearance")]
    [InlineData("link:aktau-alat-feeder", "Aktau – Alat container feeders")]
    [InlineData("link:poti-burgas-feeder:f", "Poti – Burgas container feeder, westbound")]
    [InlineData("link:poti-burgas-feeder:r", "Poti – Burgas container feeder, eastbound")]
    [InlineData("rollingStock:ktz-containers", "KTZ container trains")]
    [InlineData("weather:sea:caspian", "Caspian Sea, storms")]
    public void Every_component_is_named_as_a_reader_takes_it(string id, string name)
    {
        Assert.Equal(name, _run.Components.Single(c => c.Id == id).Name);
    }

    [Fact]
    public void Names_survive_the_summary_file()
    {
        var read = RunResultJson.Read(RunResultJson.Write(_run));

        Assert.Equal(_run.Components.Select(c => c.Name), read.Components.Select(c => c.Name));
        Assert.Equal(_run.ComponentSeries.SelectMany(s => s.Utilisation).Select(u => double.IsNaN(u) ? u : Math.Round(u, 4)), read.ComponentSeries.SelectMany(s => s.Utilisation));
    }

    /// <summary>Half a year of the 2024 baseline, run once for the class.</summary>
    public sealed class HalfYear
    {
        public RunResult Run { get; } = ScenarioRunner.Run(ScenarioLoader.LoadBuiltIn("baseline-2024.json", years: 0.5).ValueOrThrow());
    }
}
