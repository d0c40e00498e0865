using System.Text.Json.Nodes;
using CorridorSim.Sweeps;

namespace CorridorSim.Tests.Sweeps;

/// <summary>Grid, Latin hypercube and Morris designs give the points their definitions say, reproducibly from a seed.</summary>
public sealed class SweepDesignsTests
{
    private static readonly SweepFactor Fleet = new("fleet", "/overrides/links/feeder/fleet", FactorDomain.List([JsonValue.Create(2), JsonValue.Create(3)]));
    private static readonly SweepFactor Demand = new("demand", "/streams/s/teuPerYear", FactorDomain.Range(1000, 3000, step: 1000));
    private static readonly SweepFactor Capacity = new("capacity", "/overrides/nodes/port/capacityTeuPerDay", FactorDomain.Range(100, 400, step: 100, whole: true));
    private static readonly SweepFactor Storms = new("storms", "/overrides/seaAreas/sea/weather/stormsPerMonth", FactorDomain.Uniform(0.5, 2.0));

    [Fact]
    public void A_grid_holds_every_combination_of_levels_once_with_the_last_factor_changing_fastest()
    {
        var points = SweepDesigns.Generate([Fleet, Demand, Capacity], new SweepDesign(DesignKind.Grid));

        Assert.Equal(2 * 3 * 4, points.Count);
        Assert.Equal(points.Count, points.Select(p => string.Join(",", p.Values.Select(v => v!.ToJsonString()))).Distinct().Count());
        Assert.Equal(["2", "1000", "100"], points[0].Values.Select(v => v!.ToJsonString()));
        Assert.Equal(["2", "1000", "200"], points[1].Values.Select(v => v!.ToJsonString()));
        Assert.Equal(["3", "3000", "400"], points[^1].Values.Select(v => v!.ToJsonString()));
        Assert.Equal(Enumerable.Range(0, points.Count), points.Select(p => p.Index));
    }

    [Fact]
    public void A_grid_refuses_a_distribution_which_has_no_levels()
    {
        var e = Assert.Throws<ArgumentException>(() => SweepDesigns.Generate([Fleet, Storms], new SweepDesign(DesignKind.Grid)));

        Assert.Contains("'storms'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(37)]
    public void A_latin_hypercube_samples_each_stratum_of_each_factor_exactly_once(int n)
    {
        var points = SweepDesigns.Generate([Demand, Capacity, Storms, Fleet], new SweepDesign(DesignKind.LatinHypercube, Points: n, Seed: 7));

        Assert.Equal(n, points.Count);
        for (int f = 0; f < 4; f++)
        {
            var strata = points.Select(p => (int)Math.Floor(p.Unit[f] * n)).Order().ToList();
            Assert.Equal(Enumerable.Range(0, n), strata);
        }
    }

    [Fact]
    public void A_latin_hypercube_is_the_same_from_the_same_seed_and_differs_from_another()
    {
        var design = new SweepDesign(DesignKind.LatinHypercube, Points: 12, Seed: 3);

        var a = SweepDesigns.Generate([Demand, Storms], design);
        var b = SweepDesigns.Generate([Demand, Storms], design);
        var c = SweepDesigns.Generate([Demand, Storms], design with { Seed = 4 });

        Assert.Equal(a.SelectMany(p => p.Unit), b.SelectMany(p => p.Unit));
        Assert.NotEqual(a.SelectMany(p => p.Unit), c.SelectMany(p => p.Unit));
    }

    [Fact]
    public void The_maximin_hypercube_spreads_its_points_wider_than_a_single_random_one()
    {
        // Over 20 seeds: keeping the best of 50 candidates never does worse than the first candidate alone, and on average clearly better.
        double single = 0, best = 0;
        for (ulong seed = 1; seed <= 20; seed++)
        {
            var one = SweepDesigns.Generate([Demand, Storms, Capacity], new SweepDesign(DesignKind.LatinHypercube, Points: 15, Candidates: 1, Seed: seed));
            var many = SweepDesigns.Generate([Demand, Storms, Capacity], new SweepDesign(DesignKind.LatinHypercube, Points: 15, Candidates: 50, Seed: seed));
            double d1 = SweepDesigns.MinimumDistance([.. one.Select(p => p.Unit)]);
            double d50 = SweepDesigns.MinimumDistance([.. many.Select(p => p.Unit)]);
            Assert.True(d50 >= d1, $"seed {seed}: {d50} < {d1}");
            (single, best) = (single + d1, best + d50);
        }

        Assert.True(best > 1.3 * single, $"mean minimum distance {best / 20:0.000} against {single / 20:0.000}");
    }

    [Theory]
    [InlineData(4)]
    [InlineData(6)]
    public void Each_morris_step_moves_one_factor_by_delta_and_each_trajectory_moves_every_factor_once(int levels)
    {
        const int r = 8;
        SweepFactor[] factors = [Demand, Capacity, Storms, Fleet, Demand with { Name = "demand2" }];
        var points = SweepDesigns.Generate(factors, new SweepDesign(DesignKind.Morris, Trajectories: r, Levels: levels, Seed: 11));
        double delta = levels / (2.0 * (levels - 1));

        Assert.Equal(r * (factors.Length + 1), points.Count);
        foreach (var trajectory in points.GroupBy(p => p.Trajectory))
        {
            var steps = trajectory.ToList();
            Assert.Equal(factors.Length + 1, steps.Count);
            Assert.Null(steps[0].Changed);
            Assert.Equal(Enumerable.Range(0, factors.Length), steps.Skip(1).Select(p => p.Changed!.Value).Order());
            for (int s = 1; s < steps.Count; s++)
            {
                int changed = steps[s].Changed!.Value;
                for (int f = 0; f < factors.Length; f++)
                {
                    double move = steps[s].Unit[f] - steps[s - 1].Unit[f];
                    Assert.Equal(f == changed ? delta : 0.0, Math.Abs(move), 12);
                }
            }

            // Every point lies on the grid of levels.
            Assert.All(steps.SelectMany(p => p.Unit), u => Assert.Equal(Math.Round(u * (levels - 1)), u * (levels - 1), 9));
        }
    }

    [Fact]
    public void A_morris_design_refuses_an_odd_number_of_levels()
    {
        Assert.Throws<ArgumentException>(() => SweepDesigns.Generate([Demand], new SweepDesign(DesignKind.Morris, Levels: 5)));
    }
}
