using CorridorSim.Sweeps;

namespace CorridorSim.Tests.Sweeps;

/// <summary>Morris screening recovers the known effects of test functions: a linear model's coefficients exactly, and the order of importance of Sobol's g-function.</summary>
public sealed class MorrisScreeningTests
{
    private static SweepFactor[] Factors(int k) => [.. Enumerable.Range(0, k).Select(i => new SweepFactor($"x{i}", $"/x{i}", FactorDomain.Range(0, 1)))];

    [Fact]
    public void A_linear_model_has_its_coefficients_as_mu_their_sizes_as_mu_star_and_no_spread()
    {
        double[] a = [3, -2, 0.5, 0];
        var factors = Factors(4);
        var points = SweepDesigns.Generate(factors, new SweepDesign(DesignKind.Morris, Trajectories: 12, Levels: 4, Seed: 5));

        var effects = MorrisScreening.Analyse(factors, points, i => points[i].Unit.Select((u, f) => a[f] * u).Sum());

        Assert.Equal(["x0", "x1", "x2", "x3"], effects.Select(e => e.Factor));
        foreach (var e in effects)
        {
            int f = int.Parse(e.Factor[1..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(a[f], e.Mu, 9);
            Assert.Equal(Math.Abs(a[f]), e.MuStar, 9);
            Assert.Equal(0.0, e.Sigma, 9);
            Assert.Equal(12, e.Effects);
            Assert.InRange(e.MuStar, e.MuStarLow - 1e-9, e.MuStarHigh + 1e-9);
        }
    }

    [Fact]
    public void Sobols_g_function_is_ranked_by_its_coefficients_and_its_non_linearity_shows_as_sigma()
    {
        // g(x) = Π (|4 x_i − 2| + a_i) / (1 + a_i): the smaller a_i, the more x_i matters; a_i = 99 barely matters.
        double[] a = [0, 1, 4.5, 9, 99];
        var factors = Factors(a.Length);
        var points = SweepDesigns.Generate(factors, new SweepDesign(DesignKind.Morris, Trajectories: 40, Levels: 6, Seed: 3));
        double G(IReadOnlyList<double> x) => x.Select((u, i) => (Math.Abs((4 * u) - 2) + a[i]) / (1 + a[i])).Aggregate(1.0, (p, v) => p * v);

        var effects = MorrisScreening.Analyse(factors, points, i => G(points[i].Unit), resamples: 2000, seed: 9);

        Assert.Equal(["x0", "x1", "x2", "x3", "x4"], effects.Select(e => e.Factor));
        Assert.True(effects[0].Sigma > 0.5, $"σ of x0 {effects[0].Sigma}: the g-function is not linear in it");
        Assert.True(effects[^1].MuStarHigh < effects[0].MuStarLow, "the least and the most important factor's intervals overlap");
        Assert.All(effects, e => Assert.InRange(e.MuStar, e.MuStarLow, e.MuStarHigh));
    }

    [Fact]
    public void A_design_that_is_not_morris_is_refused()
    {
        var factors = Factors(2);
        var grid = SweepDesigns.Generate(factors, new SweepDesign(DesignKind.Grid));

        Assert.Throws<ArgumentException>(() => MorrisScreening.Analyse(factors, grid, _ => 0));
    }
}
