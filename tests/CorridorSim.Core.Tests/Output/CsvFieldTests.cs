using CorridorSim.Output;

namespace CorridorSim.Tests.Output;

public sealed class CsvFieldTests
{
    [Theory]
    [InlineData("stream:china-azerbaijan", "stream:china-azerbaijan")]
    [InlineData("TEU/year", "TEU/year")]
    [InlineData("Aktau, doubled", "\"Aktau, doubled\"")]
    [InlineData("the \"what if\"", "\"the \"\"what if\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    public void A_field_is_quoted_only_when_it_holds_a_comma_a_quote_or_a_line_break(string text, string written)
    {
        Assert.Equal(written, CsvField.Escape(text));
    }
}
