using System.CommandLine;
using System.CommandLine.Help;

namespace CorridorSim.Cli;

/// <summary>
/// The usage examples of every command, kept in one table by command path and shown as the
/// "Examples:" section at the end of that command's <c>--help</c>. A test checks that every
/// command has at least one and that each parses.
/// </summary>
public static class CommandExamples
{
    /// <summary>The name examples start with, and the first word of every command path.</summary>
    public const string ToolName = "corridorsim";

    /// <summary>
    /// Examples by command path (<c>"corridorsim network routes"</c>): whole command lines, words
    /// separated by single spaces, no quoting, paths relative to the repository root. Node ids are
    /// written as ORIGIN and DESTINATION, since place names live only in data/ and scenarios/.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ByPath { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [ToolName] =
        [
            "corridorsim run",
            "corridorsim network show",
            "corridorsim bench --models M3",
        ],
        ["corridorsim run"] =
        [
            "corridorsim run",
            "corridorsim run scenarios/growth-2030.json --years 2 --out out/growth",
            "corridorsim run scenarios/baseline-2024.json --seed 7 --shipments",
            "corridorsim run --replications 20",
            "corridorsim run --precision 0.02 --max-replications 200 --json",
        ],
        ["corridorsim compare"] =
        [
            "corridorsim compare scenarios/baseline-2024.json scenarios/my-what-if.json",
            "corridorsim compare scenarios/my-what-if.json --replications 30 --out out/what-if",
            "corridorsim compare scenarios/baseline-2024.json scenarios/my-what-if.json scenarios/growth-2030.json --years 0.5 --json",
        ],
        ["corridorsim capacity"] =
        [
            "corridorsim capacity",
            "corridorsim capacity scenarios/growth-2030.json --factors 0.5,1,1.5,2 --replications 5",
        ],
        ["corridorsim invest"] =
        [
            "corridorsim invest scenarios/sweeps/corridor-investments.json",
            "corridorsim invest scenarios/sweeps/corridor-investments.json --replications 20 --out out/invest",
            "corridorsim invest scenarios/sweeps/corridor-investments.json --indifference throughputGainTeuPerYearPerMillionUsd=5 --max-replications 200",
        ],
        ["corridorsim sweep"] =
        [
            "corridorsim sweep scenarios/sweeps/feeder-fleet-demand.json",
            "corridorsim sweep scenarios/sweeps/feeder-fleet-demand.json --out out/sweep --parallel 2",
            "corridorsim sweep scenarios/sweeps/feeder-fleet-demand.json --out out/sweep-shard-0 --shard 0/4",
        ],
        ["corridorsim merge"] =
        [
            "corridorsim merge out/sweep-shard-0 out/sweep-shard-1 out/sweep-shard-2 out/sweep-shard-3 --out out/sweep",
            "corridorsim merge out/sweep-shard-0 out/sweep-shard-1 --out out/sweep --kpi total/transitP95Days",
        ],
        ["corridorsim report"] =
        [
            "corridorsim report out/baseline-2024",
            "corridorsim report out/what-if",
            "corridorsim report out/capacity-baseline-2024",
            "corridorsim report out/sweep-feeder-fleet-demand",
            "corridorsim report out/sweep-shard-0 --kpi total/transitP95Days",
        ],
        ["corridorsim validate"] =
        [
            "corridorsim validate scenarios/my-what-if.json",
            "corridorsim validate scenarios/baseline-2024.json data/network/corridor.json --json",
        ],
        ["corridorsim bench"] =
        [
            "corridorsim bench",
            "corridorsim bench --models M3 --containers 200000 --repeat 5 --json",
            "corridorsim bench --no-scenarios --seed 7",
            "corridorsim bench --models M1 --no-experiments",
            "corridorsim bench --models M1 --no-scenarios --no-experiments --sweep-runs 1000",
        ],
        ["corridorsim network"] =
        [
            "corridorsim network show",
            "corridorsim network show --network my-network.json",
        ],
        ["corridorsim network show"] =
        [
            "corridorsim network show",
            "corridorsim network show --network my-network.json",
        ],
        ["corridorsim network routes"] =
        [
            "corridorsim network routes --from ORIGIN --to DESTINATION",
            "corridorsim network routes --from ORIGIN --to DESTINATION -k 3 --by cost --json",
        ],
        ["corridorsim network export"] =
        [
            "corridorsim network export --geojson corridor.geojson",
        ],
        ["corridorsim network map"] =
        [
            "corridorsim network map corridor.png",
            "corridorsim network map region.svg --area 22,37,62,48 --width 1600",
        ],
    };

    /// <summary>Adds the Examples section to the help of <paramref name="root"/> and of every command below it.</summary>
    public static void AddTo(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var examples = new Dictionary<Command, IReadOnlyList<string>>();
        foreach (var (path, command) in Commands(root))
        {
            if (ByPath.TryGetValue(path, out var lines))
            {
                examples[command] = lines;
            }
        }

        // The help option is recursive, so its one action writes the help of every subcommand.
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new ExamplesHelpAction((HelpAction)help.Action!, examples);
    }

    /// <summary><paramref name="root"/> and every command below it, each with its path (<c>"corridorsim network map"</c>).</summary>
    public static IEnumerable<(string Path, Command Command)> Commands(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return Below(ToolName, root);

        static IEnumerable<(string, Command)> Below(string path, Command command)
        {
            yield return (path, command);
            foreach (var sub in command.Subcommands)
            {
                foreach (var item in Below($"{path} {sub.Name}", sub))
                {
                    yield return item;
                }
            }
        }
    }
}
