using System.CommandLine;
using CorridorSim.Charts;

namespace CorridorSim.Cli.Commands;

/// <summary><c>corridorsim network map FILE</c>: a static map of the network (PNG or SVG).</summary>
public static class NetworkMapCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Option<string?> networkOption)
    {
        var file = new Argument<string>("file") { Description = "Image to write: .png or .svg." };
        file.Validators.Add(result =>
        {
            string value = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (!NetworkMap.Formats.Contains(Path.GetExtension(value).ToLowerInvariant()))
            {
                result.AddError($"the map file must end in .png or .svg, not '{value}'.");
            }
        });
        var width = Options.WholeNumber("--width", "Image width in pixels.", 2400, 400);
        var height = Options.WholeNumber("--height", "Image height in pixels.", 1300, 300);
        var command = new Command("map", "Draw the network from its coordinates: links styled by mode, nodes by kind, labelled.") { file, width, height };
        command.SetAction(parseResult =>
        {
            var network = NetworkInput.Load(parseResult, networkOption);
            if (network is null)
            {
                return CorridorSimCommand.UserError;
            }

            string path = parseResult.GetValue(file)!;
            try
            {
                NetworkMap.Save(network, path, (int)Math.Min(parseResult.GetValue(width), 20_000), (int)Math.Min(parseResult.GetValue(height), 20_000));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"error: cannot write {path}: {e.Message}");
                return CorridorSimCommand.UserError;
            }

            parseResult.InvocationConfiguration.Output.WriteLine($"Wrote {path}.");
            return CorridorSimCommand.Success;
        });
        return command;
    }
}
