using CorridorSim.Charts;
using CorridorSim.Experiments;
using CorridorSim.Input;

namespace CorridorSim.Tests;

/// <summary>The comparison chart shows each headline KPI's paired change, one labelled row each, under its title and axis.</summary>
public sealed class ComparisonChartsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-comparison-chart-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Each_headline_change_of_the_what_if_is_one_labelled_row()
    {
        var base_ = ScenarioLoader.LoadBuiltIn("baseline-2024.json", years: 0.3).ValueOrThrow();
        var storms = ScenarioLoader.LoadBuiltIn("caspian-storm-winter.json", years: 0.3).ValueOrThrow();
        var comparison = Experiment.Compare([base_, storms], new ExperimentOptions { Replications = 3 }, cancellationToken: TestContext.Current.CancellationToken);

        ComparisonCharts.WriteAll(comparison, _folder);
        var svg = System.Xml.Linq.XDocument.Load(Path.Combine(_folder, "difference-2.svg"));
        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();

        Assert.Contains("What \"Caspian storm winter\" changes", texts);
        Assert.Contains(texts, t => t.StartsWith("Change from the base (%)", StringComparison.Ordinal));
        var rows = texts.Where(t => t.EndsWith(", TEU a year delivered", StringComparison.Ordinal) || t.EndsWith(", mean transit", StringComparison.Ordinal) || t.EndsWith(", 95th-percentile transit", StringComparison.Ordinal)).ToList();
        int headline = comparison.Differences.Count(d => d.Scenario == "Caspian storm winter" && d.OnlyIn is null && double.IsFinite(d.RelativeDifference)
            && (d.Component == "total" || d.Component.StartsWith("stream:", StringComparison.Ordinal)) && d.Measure is "deliveredTeuPerYear" or "transitMeanDays" or "transitP95Days");
        Assert.Equal(headline, rows.Count);
        Assert.Contains("All containers, mean transit", rows);
        Assert.True(File.Exists(Path.Combine(_folder, "difference-2.png")));
    }

    [Fact]
    public void The_change_axis_spans_the_intervals_with_zero_in_view_rather_than_mirroring_them()
    {
        var base_ = ScenarioLoader.LoadBuiltIn("baseline-2024.json", years: 0.3).ValueOrThrow();
        var storms = ScenarioLoader.LoadBuiltIn("caspian-storm-winter.json", years: 0.3).ValueOrThrow();
        var comparison = Experiment.Compare([base_, storms], new ExperimentOptions { Replications = 3 }, cancellationToken: TestContext.Current.CancellationToken);
        var changes = comparison.Differences.Where(d => d.Scenario == "Caspian storm winter" && d.OnlyIn is null && double.IsFinite(d.RelativeDifference)
            && (d.Component == "total" || d.Component.StartsWith("stream:", StringComparison.Ordinal)) && d.Measure is "deliveredTeuPerYear" or "transitMeanDays" or "transitP95Days").ToList();
        double low = Math.Min(0, changes.Min(d => 100 * (d.RelativeDifference - (d.HalfWidth / Math.Abs(d.BaseMean)))));
        double high = Math.Max(0, changes.Max(d => 100 * (d.RelativeDifference + (d.HalfWidth / Math.Abs(d.BaseMean)))));

        var limits = ComparisonCharts.Differences(comparison, "Caspian storm winter").Axes.GetLimits();

        Assert.InRange(limits.Left, low - (0.1 * (high - low)) - 0.5, low);
        Assert.InRange(limits.Right, high, high + (0.1 * (high - low)) + 0.5);
    }
}
