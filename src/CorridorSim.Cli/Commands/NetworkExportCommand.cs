using System.CommandLine;
using CorridorSim.Output;

namespace CorridorSim.Cli.Commands;

/// <summary><c>corridorsim network export --geojson FILE</c>: the network as GeoJSON for GIS tools.</summary>
public static class NetworkExportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Option<string?> networkOption)
    {
        var geojson = new Option<string>("--geojson") { Description = "GeoJSON file to write (nodes as points, links as lines, [lon, lat] order, every parameter as a property).", Required = true, HelpName = "file" };
        var command = new Command("export", "Export the network as GeoJSON.") { geojson };
        command.SetAction(parseResult =>
        {
            var network = NetworkInput.Load(parseResult, networkOption);
            if (network is null)
            {
                return CorridorSimCommand.UserError;
            }

            string path = parseResult.GetValue(geojson)!;
            return NetworkInput.WriteFile(parseResult, path, () => GeoJsonWriter.Write(network, path), $"Wrote {path}: {network.Nodes.Count} nodes, {network.Links.Count} links.");
        });
        return command;
    }
}
