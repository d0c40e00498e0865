using System.Text.Json.Nodes;
using System.Xml.Linq;
using CorridorSim.Charts;
using CorridorSim.Input;
using CorridorSim.Sweeps;

namespace CorridorSim.Tests;

/// <summary>A sweep's charts: the KPI against each factor, a heatmap over two, a tornado, and a Morris design's μ*–σ plot, each with its title, axes and one element per series.</summary>
public sealed class SweepChartsTests : IDisposable
{
    private static readonly CorridorSim.Scenarios.Scenario Base = ScenarioLoader.LoadBuiltIn("baseline-2024.json", years: 0.05).ValueOrThrow() with { WarmUpDays = 5 };

    private static readonly SweepFactor[] Factors =
    [
        new("feederFleet", "/overrides/links/aktau-alat-feeder/fleet", FactorDomain.List([JsonValue.Create(4), JsonValue.Create(8)])),
        new("demand", "/streams/china-azerbaijan/teuPerYear", FactorDomain.Range(15000, 30000, step: 7500, whole: true)),
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-sweep-charts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_grid_of_two_factors_draws_each_factor_a_heatmap_and_a_tornado_with_titles_and_series()
    {
        var spec = new SweepSpec("Toy grid", Base, Factors, new SweepDesign(DesignKind.Grid), 2);
        SweepRunner.Run(spec, Path.Combine(_folder, "grid"), cancellationToken: TestContext.Current.CancellationToken);
        var sweep = StoredSweep.Read(Path.Combine(_folder, "grid"));

        var names = SweepCharts.WriteAll(sweep, "total/transitMeanDays", _folder);

        Assert.Equal(["sweep-feederFleet", "sweep-demand", "sweep-heatmap", "sweep-tornado"], names);
        var demand = Texts("sweep-demand");
        Assert.Contains("Mean transit, all containers (days) against demand", demand);
        Assert.Contains("demand", demand);
        Assert.Contains("feederFleet 4", demand);
        Assert.Contains("feederFleet 8", demand);
        // A factor of a few whole values gets a tick at each and none between; thousands are grouped.
        var fleet = Texts("sweep-feederFleet");
        Assert.Contains("4", fleet);
        Assert.Contains("8", fleet);
        Assert.DoesNotContain("4.5", fleet);
        Assert.Contains("22,500", demand);
        var heatmap = Texts("sweep-heatmap");
        Assert.Equal(6, heatmap.Count(t => double.TryParse(t, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _) && t.Contains('.', StringComparison.Ordinal)));
        Assert.Contains(Texts("sweep-tornado"), t => t.StartsWith("demand (15,000–30,000)", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(_folder, "sweep-tornado.png")));
    }

    [Fact]
    public void A_morris_design_draws_its_mu_star_sigma_plot_with_every_factor_in_the_legend()
    {
        var spec = new SweepSpec("Toy Morris", Base, Factors, new SweepDesign(DesignKind.Morris, Trajectories: 2), 1);
        SweepRunner.Run(spec, Path.Combine(_folder, "morris"), cancellationToken: TestContext.Current.CancellationToken);
        var sweep = StoredSweep.Read(Path.Combine(_folder, "morris"));
        var effects = sweep.Screen("total/transitMeanDays");

        var names = SweepCharts.WriteAll(sweep, "total/transitMeanDays", _folder, effects);

        Assert.Contains("sweep-morris", names);
        Assert.DoesNotContain("sweep-tornado", names);
        var texts = Texts("sweep-morris");
        Assert.Contains("Morris screening of mean transit, all containers (days)", texts);
        Assert.Contains("μ* (per whole range of the factor)", texts);
        Assert.Contains("feederFleet", texts);
        Assert.Contains("demand", texts);
    }

    private List<string> Texts(string chart) =>
        [.. XDocument.Load(Path.Combine(_folder, chart + ".svg")).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim())];
}
