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
        var height = new Option<int?>("--height")
        {
            Description = "Image height in pixels (at least 300). Default: the proportions of the area drawn.",
            HelpName = "n",
            CustomParser = result =>
            {
                string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int h) && h >= 300)
                {
                    return h;
                }

                result.AddError($"--height must be a whole number of at least 300, not '{text}'.");
                return null;
            },
        };
        var area = new Option<string?>("--area")
        {
            Description = "Draw only this rectangle: west,south,east,north in degrees, e.g. 22,37,62,48. Default: every node.",
            HelpName = "w,s,e,n",
        };
        area.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && MapArea.TryParse(result.Tokens[0].Value, out string? problem) is null)
            {
                result.AddError($"--area {problem}");
            }
        });
        var command = new Command("map", "Draw the network from its coordinates: links styled by mode, nodes by kind, labelled.") { file, width, height, area };
        command.SetAction(parseResult =>
        {
            var network = NetworkInput.Load(parseResult, networkOption);
            if (network is null)
            {
                return CorridorSimCommand.UserError;
            }

            string path = parseResult.GetValue(file)!;
            string? areaText = parseResult.GetValue(area);
            var view = areaText is null ? null : MapArea.TryParse(areaText, out _);
            int? h = parseResult.GetValue(height) is int given ? Math.Min(given, 20_000) : null;
            int w = (int)Math.Min(parseResult.GetValue(width), 20_000);
            return NetworkInput.WriteFile(parseResult, path, () => NetworkMap.Save(network, path, w, h, view), $"Wrote {path}.");
        });
        return command;
    }
}
