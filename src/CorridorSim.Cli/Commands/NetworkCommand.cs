using System.CommandLine;

namespace CorridorSim.Cli.Commands;

/// <summary><c>corridorsim network</c>: inspect the corridor network — tables, routes, GeoJSON, a map.</summary>
public static class NetworkCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Create()
    {
        var network = NetworkInput.CreateOption();
        return new Command("network", "Inspect the corridor network: list nodes and links, rank routes, export GeoJSON, draw a map.")
        {
            network,
            NetworkShowCommand.Create(network),
            NetworkRoutesCommand.Create(network),
            NetworkExportCommand.Create(network),
            NetworkMapCommand.Create(network),
        };
    }
}
