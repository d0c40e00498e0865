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

    [Theory]
    [InlineData("Kuryk Port", "kuryk")]
    [InlineData("Poti Burgas feeder", "poti-burgas-feeder")]
    [InlineData("Aktau Alat ferry", "aktau-alat-ferry")]
    public void A_display_name_typed_for_an_id_gets_the_id(string typed, string expected)
    {
        Assert.Equal(expected, DidYouMean.Suggest(typed, ["kuryk", "aktau", "aktau-alat-feeder", "aktau-alat-ferry", "poti-burgas-feeder", "poti"]));
    }

    [Fact]
    public void Something_unlike_every_candidate_gets_no_suggestion()
    {
        Assert.Null(DidYouMean.Suggest("budapest", ["port", "aktau", "sofia"]));
    }
}
