using CorridorSim.Charts;

namespace CorridorSim.Tests;

/// <summary>The sources a report cites are read from data/SOURCES.md: published ones from its table, estimates from their sections.</summary>
public sealed class SourceListTests
{
    private const string Markdown = """
        ## Published sources

        | id | title | publisher | date | URL |
        |---|---|---|---|---|
        | S07 | Ferry timetable | Port authority | 3 Mar 2025 | https://example.org/timetable |

        ## Estimates

        ### EST-DWELL

        Two days at the port (e.g. a weekend wait). The figure is the midpoint of the range
        the sources give.

        ### EST-NEXT
        """;

    [Fact]
    public void A_published_source_is_its_title_publisher_date_and_address()
    {
        var list = SourceList.Parse(Markdown);

        Assert.Equal("Ferry timetable — Port authority, 3 Mar 2025", list.Describe("S07"));
        Assert.Equal("https://example.org/timetable", list.Address("S07"));
    }

    [Fact]
    public void An_estimate_is_the_first_sentence_of_its_section_and_has_no_address()
    {
        var list = SourceList.Parse(Markdown);

        Assert.Equal("Two days at the port (e.g. a weekend wait).", list.Describe("EST-DWELL"));
        Assert.Null(list.Address("EST-DWELL"));
        Assert.Null(list.Describe("S99"));
    }

    [Fact]
    public void The_built_in_list_holds_every_source_the_network_cites()
    {
        var network = Input.NetworkLoader.LoadBuiltIn().ValueOrThrow();
        var cited = network.Nodes.SelectMany(n => n.Sources).Concat(network.Links.SelectMany(l => l.Sources)).Distinct();

        Assert.All(cited, id => Assert.NotNull(SourceList.BuiltIn.Describe(id)));
    }
}
