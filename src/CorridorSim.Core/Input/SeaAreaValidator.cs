using CorridorSim.Model.Network;

namespace CorridorSim.Input;

/// <summary>Checks the sea areas of a network and the links that name them: unique ids, and every link's <c>seaArea</c> known.</summary>
internal static class SeaAreaValidator
{
    public static void Validate(List<SeaArea> seaAreas, List<NetworkLink> links, List<InputFile> files, List<InputError> errors)
    {
        var byFile = files.ToDictionary(f => f.DisplayName, StringComparer.Ordinal);
        var ids = new Dictionary<string, SeaArea>(StringComparer.Ordinal);
        foreach (var area in seaAreas)
        {
            if (!ids.TryAdd(area.Id, area))
            {
                Report(area.File, $"{area.JsonPath}.id", $"sea area id \"{area.Id}\" is used twice (first in {ids[area.Id].File}).", "give each sea area its own id, or put all its crossings under one.");
            }
        }

        foreach (var link in links.Where(l => l.SeaArea is not null && !ids.ContainsKey(l.SeaArea)))
        {
            string fix = ids.Count == 0
                ? "add the area to \"seaAreas\" in a network file ({ \"id\", \"name\", \"weather\", \"sources\" }), or remove \"seaArea\"."
                : DidYouMean.Hint(link.SeaArea!, ids.Keys.ToList(), "sea area ids");
            Report(link.File, $"{link.JsonPath}.seaArea", $"unknown sea area \"{link.SeaArea}\".", fix);
        }

        void Report(string? file, string jsonPath, string message, string fix)
        {
            if (file is not null && byFile.TryGetValue(file, out var input))
            {
                input.Error(jsonPath, message, fix);
            }
            else
            {
                errors.Add(new InputError(file ?? "network", jsonPath, message, fix));
            }
        }
    }
}
