using CorridorSim.Charts;
using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Results;

namespace CorridorSim.Tests;

/// <summary>The run charts carry their title, subtitle, axis labels with units and one element per series.</summary>
public sealed class RunChartsTests : IClassFixture<RunChartsTests.TwoReplications>, IDisposable
{
    private readonly TwoReplications _runs;
    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-charts-").FullName;

    public RunChartsTests(TwoReplications runs) => _runs = runs;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("throughput", "TEU delivered per month, by stream", "TEU delivered per month")]
    [InlineData("throughput-weekly", "TEU delivered per week, all streams", "TEU delivered per week")]
    [InlineData("transit-times", "Transit time per stream, origin to destination", "Transit time (days)")]
    [InlineData("time-breakdown", "Where the transit time goes, per stream", "Mean days per container")]
    [InlineData("utilisation", UtilisationChart.Title, "Capacity in use (%)")]
    [InlineData("queues", QueueChart.Title, "Containers waiting")]
    [InlineData("time-distance", TimeDistanceChart.Title, "Distance along the route (km)")]
    [InlineData("cost-distance", CostDistanceChart.Title, "USD per TEU")]
    public void Each_chart_has_its_title_the_runs_it_shows_and_an_axis_with_units(string name, string title, string axis)
    {
        var texts = Texts(name, _runs.Runs);

        Assert.Contains(title, texts);
        Assert.Contains(texts, t => t.StartsWith("Scenario \"Baseline 2024\" · seeds 2024–2025, 2 replications · 0.2 simulated year(s) after 60 days of warm-up", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith(axis, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("throughput")]
    [InlineData("transit-times")]
    [InlineData("time-breakdown")]
    public void Each_stream_appears_once_by_its_display_name(string name)
    {
        var texts = Texts(name, _runs.Runs);

        foreach (var stream in _runs.Runs[0].Streams)
        {
            Assert.NotEqual(stream.Id, stream.Name);
            Assert.Single(texts, t => t == stream.Name || t.StartsWith(stream.Name + " (", StringComparison.Ordinal));
            Assert.DoesNotContain(texts, t => t.Contains(stream.Id, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_breakdown_names_every_time_category_once()
    {
        var texts = Texts("time-breakdown", _runs.Runs);

        foreach (string category in new[] { "moving", "handling", "border", "gauge change", "consolidation", "queueing", "rolling stock", "disruption" })
        {
            Assert.Single(texts, t => t == category);
        }
    }

    [Fact]
    public void A_replicated_chart_shows_its_confidence_interval_and_a_single_run_does_not()
    {
        Assert.Contains("95 % confidence interval of the weekly total", Texts("throughput-weekly", _runs.Runs));
        Assert.DoesNotContain(Texts("throughput-weekly", [_runs.Runs[0]]), t => t.Contains("confidence", StringComparison.Ordinal));
    }

    [Fact]
    public void The_queue_and_utilisation_panels_show_the_busiest_first_by_name_and_mark_the_saturated_ones()
    {
        var overloaded = ScenarioLoader.LoadFromText("overloaded.json", "{ \"extends\": \"baseline-2024.json\", \"name\": \"overloaded\", \"years\": 0.5, \"demandScale\": 4 }").ValueOrThrow();
        var runs = CorridorSim.Experiments.Experiment.Replicate(overloaded, new ExperimentOptions { Replications = 1 }, cancellationToken: TestContext.Current.CancellationToken).Runs;

        var queues = QueueChart.Busiest(runs);
        var busy = UtilisationChart.Busiest(runs);
        var queueTexts = Texts("queues", runs);
        var busyTexts = Texts("utilisation", runs);

        Assert.InRange(queues.Count, 1, QueueChart.Shown);
        Assert.Equal(queues.Select(b => b.MeanQueue).OrderByDescending(q => q), queues.Select(b => b.MeanQueue));
        Assert.Equal(busy.Select(b => b.MeanUtilisation).OrderByDescending(q => q), busy.Select(b => b.MeanUtilisation));
        Assert.All(queues, b => Assert.DoesNotContain(':', b.Name));
        // Each panel is titled by the component's name, then its mean: in the order drawn.
        Assert.Equal(queues.Select(b => b.Name), queueTexts.Where(t => queues.Any(b => b.Name == t)));
        Assert.Equal(busy.Select(b => b.Name), busyTexts.Where(t => busy.Any(b => b.Name == t)));
        Assert.Contains(queues, b => b.Saturated);
        Assert.Equal(queues.Count(b => b.Saturated), queueTexts.Count(t => t.EndsWith("saturated (a bottleneck)", StringComparison.Ordinal)));
        Assert.Equal(busy.Count(b => b.Saturated), busyTexts.Count(t => t.EndsWith("saturated (a bottleneck)", StringComparison.Ordinal)));
        Assert.Equal(queues.Count, queueTexts.Count(t => t.Contains(" on average", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_time_distance_curve_ends_at_the_route_length_and_never_goes_back_in_time_or_distance()
    {
        var run = _runs.Runs[0];
        for (int s = 0; s < run.Streams.Count; s++)
        {
            var curve = TimeDistanceChart.Curve(run, s);
            Assert.NotNull(curve);
            Assert.Equal(run.Streams[s].RouteKm, curve[^1].Km, 6);
            Assert.All(Enumerable.Range(1, curve.Count - 1), i => Assert.True(curve[i].Km >= curve[i - 1].Km && curve[i].Days >= curve[i - 1].Days));
        }
    }

    [Fact]
    public void A_cost_distance_curve_ends_at_the_routes_length_and_cost_and_only_rises()
    {
        foreach (var stream in _runs.Runs[0].Streams.Where(s => s.Routes is null))
        {
            var curve = CostDistanceChart.Curve(stream);
            Assert.NotNull(curve);
            Assert.Equal(stream.RouteKm, curve[^1].Km, 6);
            Assert.Equal(stream.CostUsdPerTeu, curve[^1].Usd, 6);
            Assert.All(Enumerable.Range(1, curve.Count - 1), i => Assert.True(curve[i].Km >= curve[i - 1].Km && curve[i].Usd >= curve[i - 1].Usd));
        }
    }

    [Theory]
    [InlineData("time-distance")]
    [InlineData("cost-distance")]
    public void Each_route_has_a_panel_titled_by_its_stream_on_shared_scales(string name)
    {
        var texts = Texts(name, _runs.Runs);

        foreach (var stream in _runs.Runs[0].Streams)
        {
            Assert.Single(texts, t => t == stream.Name);
        }

        // Shared scales: every panel has the same distance ticks (dollars stay below 6,000).
        var kmTicks = texts.Where(t => t is "6,000" or "8,000").GroupBy(t => t).Select(g => g.Count()).Distinct().ToList();
        Assert.Equal([_runs.Runs[0].Streams.Count], kmTicks);
    }

    [Fact]
    public void The_longest_waits_are_named_by_place_beside_their_steps()
    {
        var texts = Texts("time-distance", _runs.Runs);

        var labels = texts.Where(t => t.EndsWith(" d", StringComparison.Ordinal) && t.Contains(": ", StringComparison.Ordinal)).ToList();
        Assert.InRange(labels.Count, 1, _runs.Runs[0].Streams.Count * 2);
        Assert.Contains(labels, l => l.StartsWith("Aktau port: ", StringComparison.Ordinal) || l.StartsWith("Poti port: ", StringComparison.Ordinal));
        Assert.DoesNotContain(labels, l => l.Contains(" – ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0.0, "Jan Y1")]
    [InlineData(60.0, "Apr Y1")]
    public void The_weekly_chart_labels_calendar_months_from_the_end_of_the_warm_up(double warmUpDays, string firstMonth)
    {
        // 60 days of warm-up end on 2 March, so April is the first whole month; with none, the period starts on 1 January.
        string text = "{ \"extends\": \"baseline-2024.json\", \"name\": \"cold\", \"years\": 0.3, \"warmUpDays\": " + warmUpDays.ToString(System.Globalization.CultureInfo.InvariantCulture) + " }";
        var scenario = ScenarioLoader.LoadFromText("cold.json", text).ValueOrThrow();
        var runs = CorridorSim.Experiments.Experiment.Replicate(scenario, new ExperimentOptions { Replications = 1 }, cancellationToken: TestContext.Current.CancellationToken).Runs;

        var months = Texts("throughput-weekly", runs).Where(t => t.EndsWith(" Y1", StringComparison.Ordinal)).ToList();

        Assert.Equal(firstMonth, months[0]);
        Assert.Equal(months.Count, months.Distinct().Count());
    }

    private string Svg(string name, IReadOnlyList<RunResult> runs)
    {
        string path = Path.Combine(_folder, $"{name}-{Guid.NewGuid():N}");
        RunCharts.Create(name, runs).Save(path);
        return File.ReadAllText(path + ".svg");
    }

    /// <summary>The text of every label in the chart's SVG.</summary>
    private List<string> Texts(string name, IReadOnlyList<RunResult> runs) =>
        [.. System.Xml.Linq.XDocument.Parse(Svg(name, runs)).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim())];

    /// <summary>Two replications of a fifth of a year of the baseline, run once for the class.</summary>
    public sealed class TwoReplications
    {
        public TwoReplications()
        {
            Scenario = ScenarioLoader.LoadBuiltIn("baseline-2024.json", years: 0.2).ValueOrThrow();
            Experiment = CorridorSim.Experiments.Experiment.Replicate(Scenario, new ExperimentOptions { Replications = 2 });
        }

        public Scenarios.Scenario Scenario { get; }

        public ExperimentResult Experiment { get; }

        public IReadOnlyList<RunResult> Runs => Experiment.Runs;
    }
}
