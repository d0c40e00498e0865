using System.CommandLine;
using System.Globalization;
using CorridorSim.Model.Network;
using CorridorSim.Output;

namespace CorridorSim.Cli.Commands;

/// <summary><c>corridorsim network show</c>: the network as tables, by country and kind.</summary>
public static class NetworkShowCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Option<string?> networkOption)
    {
        var command = new Command("show", "List the network's nodes and links, grouped by country and kind, with a summary count.");
        command.SetAction(parseResult =>
        {
            var network = NetworkInput.Load(parseResult, networkOption);
            if (network is null)
            {
                return CorridorSimCommand.UserError;
            }

            Write(parseResult.InvocationConfiguration.Output, network);
            return CorridorSimCommand.Success;
        });
        return command;
    }

    /// <summary>Writes the tables.</summary>
    public static void Write(TextWriter output, TransportNetwork network)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(network);
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine($"{network.Name}: {network.Nodes.Count} nodes, {network.Links.Count} links");
        if (network.Description is not null)
        {
            output.WriteLine(network.Description);
        }

        var kinds = Enum.GetValues<NodeKind>();
        output.WriteLine();
        output.WriteLine("Nodes by country and kind");
        output.WriteLine("country " + string.Concat(kinds.Select(k => GeoJsonWriter.KindName(k).PadLeft(13))) + "        total");
        foreach (var country in network.Nodes.GroupBy(n => n.Country).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(country.Key.PadRight(8) + string.Concat(kinds.Select(k => country.Count(n => n.Kind == k).ToString(inv).PadLeft(13))) + country.Count().ToString(inv).PadLeft(13));
        }

        output.WriteLine();
        output.WriteLine("Links by mode: " + string.Join(", ", network.Links.GroupBy(l => l.Mode).OrderBy(g => g.Key).Select(g => string.Create(inv, $"{g.Key.ToString().ToLowerInvariant()} {g.Count()} ({g.Sum(l => l.DistanceKm):N0} km)"))));

        output.WriteLine();
        output.WriteLine(string.Format(inv, "{0,-24} {1,-36} {2,-3} {3,-12} {4,9} {5,9}  {6}", "node", "name", "cc", "kind", "lat", "lon", "expected h"));
        foreach (var node in network.Nodes.OrderBy(n => n.Country, StringComparer.Ordinal).ThenBy(n => n.Kind).ThenBy(n => n.Id, StringComparer.Ordinal))
        {
            output.WriteLine(string.Format(inv, "{0,-24} {1,-36} {2,-3} {3,-12} {4,9:F3} {5,9:F3}  {6:F1}", node.Id, Truncate(node.Name, 36), node.Country, GeoJsonWriter.KindName(node.Kind), node.Latitude, node.Longitude, node.ExpectedHours));
        }

        output.WriteLine();
        output.WriteLine(string.Format(inv, "{0,-32} {1,-22} {2,-22} {3,-6} {4,9} {5,10} {6,9} {7,-9}", "link", "from", "to", "mode", "km", "expected h", "USD/TEU", "corridor"));
        foreach (var link in network.Links.OrderBy(l => l.Corridor, StringComparer.Ordinal).ThenBy(l => l.Mode).ThenBy(l => l.Id, StringComparer.Ordinal))
        {
            output.WriteLine(string.Format(inv, "{0,-32} {1,-22} {2,-22} {3,-6} {4,9:N0} {5,10:F1} {6,9:N0} {7,-9}", link.Id, link.From, link.Bidirectional ? link.To : link.To + " (one-way)", link.Mode.ToString().ToLowerInvariant(), link.DistanceKm, link.ExpectedHours, link.MoneyUsdPerTeu, link.Corridor ?? "-"));
        }
    }

    private static string Truncate(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
