using CorridorSim.Experiments;
using CorridorSim.Output;

namespace CorridorSim.Tests.Output;

public sealed class ComparisonFilesTests
{
    [Theory]
    [InlineData("Baseline 2024", "Baseline 2024")]
    [InlineData("TEU/year", "TEU/year")]
    [InlineData("Port doubled, March shutdown", "\"Port doubled, March shutdown\"")]
    [InlineData("the \"what if\"", "\"the \"\"what if\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("", "")]
    public void A_text_field_is_quoted_only_when_it_holds_a_comma_a_quote_or_a_line_break(string text, string written)
    {
        var difference = new KpiDifference(text, "total", "transitMeanDays", "days", 2, 14.25, 13.5, -0.75, 0.125, 0.5);

        string csv = ComparisonFiles.Csv(new ComparisonResult([], [difference], 0.95));

        string header = "scenario,component,measure,unit,n,baseMean,whatIfMean,difference,halfWidth,relativeDifference,significant,unpairedHalfWidth,varianceReduction,onlyIn\n";
        Assert.Equal($"{header}{written},total,transitMeanDays,days,2,14.25,13.5,-0.75,0.125,-0.0526,yes,0.5,,\n", csv);
    }
}
