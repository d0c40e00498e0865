using CorridorSim.Randomness;

namespace CorridorSim.Tests.Randomness;

public sealed class RandomStreamTests
{
    [Fact]
    public void Xoshiro256StarStar_matches_the_reference_implementation()
    {
        // Reference outputs of xoshiro256** 1.0 (Blackman & Vigna) from state {1, 2, 3, 4}.
        var stream = RandomStream.FromState(1, 2, 3, 4);

        ulong[] outputs = [stream.NextUInt64(), stream.NextUInt64(), stream.NextUInt64(), stream.NextUInt64()];

        Assert.Equal([11520UL, 0UL, 1509978240UL, 1215971899390074240UL], outputs);
    }

    [Fact]
    public void SplitMix64_matches_the_reference_implementation()
    {
        // Vigna's splitmix64.c seeded with 0 yields 0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4, 0x06C45D188009454F.
        ulong state = 0;

        ulong[] outputs = [SplitMix64.Next(ref state), SplitMix64.Next(ref state), SplitMix64.Next(ref state)];

        Assert.Equal([0xE220A8397B1DCDAFUL, 0x6E789E6AA1B965F4UL, 0x06C45D188009454FUL], outputs);
    }

    [Theory]
    [InlineData("", 0xCBF29CE484222325UL)]
    [InlineData("a", 0xAF63DC4C8601EC8CUL)]
    [InlineData("foobar", 0x85944171F73967E8UL)]
    public void Stable_hash_is_64_bit_FNV_1a(string text, ulong expected)
    {
        Assert.Equal(expected, StableHash.Of(text));
    }

    [Fact]
    public void The_same_seed_and_id_give_the_same_numbers()
    {
        var a = new RandomStreamFactory(42).For("port");
        var b = new RandomStreamFactory(42).For("port");

        Assert.Equal(Enumerable.Range(0, 10).Select(_ => a.NextUInt64()), Enumerable.Range(0, 10).Select(_ => b.NextUInt64()));
    }

    [Fact]
    public void Different_ids_or_seeds_give_different_numbers()
    {
        ulong first = new RandomStreamFactory(42).For("port").NextUInt64();

        Assert.NotEqual(first, new RandomStreamFactory(42).For("berth").NextUInt64());
        Assert.NotEqual(first, new RandomStreamFactory(43).For("port").NextUInt64());
    }

    [Fact]
    public void A_purpose_gives_its_own_stream_for_the_same_seed_and_id()
    {
        var factory = new RandomStreamFactory(42);

        ulong gaps = factory.For("port", "arrival-gaps").NextUInt64();

        Assert.Equal(gaps, new RandomStreamFactory(42).For("port", "arrival-gaps").NextUInt64());
        Assert.NotEqual(gaps, factory.For("port", "container-sizes").NextUInt64());
        Assert.NotEqual(gaps, factory.For("berth", "arrival-gaps").NextUInt64());
        Assert.NotEqual(gaps, factory.For("port").NextUInt64());
        Assert.NotEqual(gaps, new RandomStreamFactory(43).For("port", "arrival-gaps").NextUInt64());
    }

    [Fact]
    public void Uniform_doubles_lie_in_the_unit_interval_and_average_one_half()
    {
        var stream = new RandomStream(7);
        const int n = 200_000;
        double sum = 0.0;
        for (int i = 0; i < n; i++)
        {
            double u = stream.NextDouble();
            double open = stream.NextOpenDouble();
            Assert.InRange(u, 0.0, Math.BitDecrement(1.0));
            Assert.True(open > 0.0 && open < 1.0);
            sum += u;
        }

        // Mean of U(0,1) has standard error sqrt(1/12 / n); allow 4.5 standard errors.
        Assert.InRange(sum / n, 0.5 - (4.5 * Math.Sqrt(1.0 / 12.0 / n)), 0.5 + (4.5 * Math.Sqrt(1.0 / 12.0 / n)));
    }

    [Fact]
    public void Bounded_integers_cover_the_range_evenly()
    {
        var stream = new RandomStream(9);
        var counts = new int[7];
        const int n = 70_000;
        for (int i = 0; i < n; i++)
        {
            counts[stream.NextInt(7)]++;
        }

        // Each count is Binomial(n, 1/7): standard deviation sqrt(n p (1-p)) ≈ 92; allow 4.5 of them.
        double sd = Math.Sqrt(n * (1.0 / 7.0) * (6.0 / 7.0));
        Assert.All(counts, c => Assert.InRange(c, (n / 7.0) - (4.5 * sd), (n / 7.0) + (4.5 * sd)));
    }
}
