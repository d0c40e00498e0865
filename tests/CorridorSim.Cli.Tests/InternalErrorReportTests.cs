using CorridorSim.Cli;
using CorridorSim.Experiments;

namespace CorridorSim.Tests;

/// <summary>A fault of the program is reported in a few lines a user can act on, never as a bare stack trace.</summary>
public sealed class InternalErrorReportTests
{
    private static readonly RunFailedException Failure = Thrown();

    [Fact]
    public void An_internal_error_gives_one_summary_line_the_scenario_and_seed_to_reproduce_it_and_no_trace()
    {
        using var error = new StringWriter();

        InternalErrorReport.Write(error, new AggregateException(Failure), ["run", "my what-if.json", "-n", "10"], verbose: false);

        string[] lines = error.ToString().TrimEnd().Split(Environment.NewLine);
        Assert.Equal("internal error: InvalidOperationException: the queue went negative", lines[0]);
        Assert.Equal("  in the run of scenario \"What if\" (my what-if.json) with seed 2031; to reproduce it alone: corridorsim run \"my what-if.json\" --seed 2031 --replications 1", lines[1]);
        Assert.Equal("  command: corridorsim run \"my what-if.json\" -n 10", lines[2]);
        Assert.Contains("add --verbose for the details", lines[3], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void With_verbose_the_report_ends_with_the_full_trace()
    {
        using var error = new StringWriter();

        InternalErrorReport.Write(error, Failure, ["run", "x.json", "--verbose"], verbose: true);

        Assert.Contains("  command: corridorsim run x.json\n", error.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("   at ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(nameof(Thrown), error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_line_offers_verbose_on_every_command()
    {
        var (code, output, _) = TestSupport.CliRunner.Run("run", "--help");

        Assert.Equal(0, code);
        Assert.Contains("--verbose", output, StringComparison.Ordinal);
    }

    private static RunFailedException Thrown()
    {
        try
        {
            throw new InvalidOperationException("the queue went negative\nsecond line");
        }
        catch (InvalidOperationException e)
        {
            return new RunFailedException("What if", "my what-if.json", 2031, e);
        }
    }
}
