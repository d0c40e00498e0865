using CorridorSim.Input;

namespace CorridorSim.Tests.Input;

public sealed class DidYouMeanTests
{
    [Theory]
    [InlineData("prot", "port")]
    [InlineData("aktua", "aktau")]
    [InlineData("Sofia", "sofia")]
    [InlineData("distanceKM", "distanceKm")]
    [InlineData("xi-an", "xian")]
    public void Near_misses_get_the_intended_name(string typed, string expected)
    {
        Assert.Equal(expected, DidYouMean.Suggest(typed, ["port", "aktau", "sofia", "distanceKm", "xian", "varna"]));
    }

    [Fact]
    public void Something_unlike_every_candidate_gets_no_suggestion()
    {
        Assert.Null(DidYouMean.Suggest("budapest", ["port", "aktau", "sofia"]));
    }
}
